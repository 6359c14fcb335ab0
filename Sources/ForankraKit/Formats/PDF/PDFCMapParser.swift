/// Reads a CMap's PostScript-like text with the PDF lexer, keeping only the sections a text
/// reader needs. Ranges of up to `expandLimit` codes are written out code by code, so the
/// common lookup is one dictionary access; longer ranges stay ranges.
enum PDFCMapParser {
    private static let expandLimit = 256
    private static let maximumEntries = 200_000

    static func parse(_ bytes: [UInt8]) -> PDFCMap {
        var cmap = PDFCMap()
        var lexer = PDFLexer(bytes)
        var entries = 0
        while entries < maximumEntries {
            let token = lexer.next()
            guard case .keyword(let word) = token else {
                if token == .end { break }
                continue
            }
            switch word {
            case "begincodespacerange":
                while let (low, high, length) = codePair(&lexer, until: "endcodespacerange") {
                    cmap.codeSpaces.append(PDFCMap.CodeSpace(length: length, low: low, high: high))
                }
            case "beginbfchar":
                while case .string(let source) = lexer.next(), entries < maximumEntries {
                    let target = lexer.next()
                    if let text = text(of: target) { cmap.text[code(source)] = text }
                    entries += 1
                }
            case "beginbfrange":
                while let (low, high, _) = codePair(&lexer, until: "endbfrange"), entries < maximumEntries {
                    entries += addTextRange(low, high, target: &lexer, to: &cmap)
                }
            case "begincidchar":
                while case .string(let source) = lexer.next(), case .integer(let cid) = lexer.next() {
                    cmap.cids[code(source)] = cid
                    entries += 1
                }
            case "begincidrange":
                while let (low, high, _) = codePair(&lexer, until: "endcidrange"), case .integer(let cid) = lexer.next() {
                    cmap.cidRanges.append(PDFCMap.CIDRange(low: low, high: high, firstCID: cid))
                    entries += 1
                }
            default:
                continue
            }
        }
        return cmap
    }

    /// Two codes `<low> <high>`, with the byte length of `low`; nil at `end` or anything else.
    private static func codePair(_ lexer: inout PDFLexer, until end: String) -> (UInt32, UInt32, Int)? {
        guard case .string(let low) = lexer.next(), case .string(let high) = lexer.next(), !low.isEmpty, low.count <= 4 else { return nil }
        let first = code(low), last = code(high)
        return first <= last ? (first, last, low.count) : (first, first, low.count)
    }

    private static func addTextRange(_ low: UInt32, _ high: UInt32, target lexer: inout PDFLexer, to cmap: inout PDFCMap) -> Int {
        switch lexer.next() {
        case .string(let bytes):
            let units = utf16(bytes)
            guard !units.isEmpty else { return 1 }
            if high - low < UInt32(expandLimit) {
                for code in low...high {
                    var shifted = units
                    shifted[shifted.count - 1] = units[units.count - 1] &+ UInt16(truncatingIfNeeded: code - low)
                    cmap.text[code] = String(decoding: shifted, as: UTF16.self)
                }
                return Int(high - low) + 1
            }
            cmap.textRanges.append(PDFCMap.TextRange(low: low, high: high, first: units))
            return 1
        case .arrayStart:
            // `<low> <high> [<text> <text> …]`: one text for each code in turn.
            var code = low
            while case .string(let bytes) = lexer.next() {
                if code <= high { cmap.text[code] = String(decoding: utf16(bytes), as: UTF16.self) }
                code &+= 1
            }
            return Int(code &- low)
        default:
            return 1
        }
    }

    /// A bfchar target: UTF-16BE bytes, or (in some writers' CMaps) a glyph name.
    private static func text(of token: PDFLexer.Token) -> String? {
        switch token {
        case .string(let bytes): return String(decoding: utf16(bytes), as: UTF16.self)
        case .name(let name): return PDFGlyphName.text(name)
        default: return nil
        }
    }

    static func code(_ bytes: [UInt8]) -> UInt32 {
        bytes.suffix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func utf16(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            + (bytes.count % 2 == 1 ? [UInt16(bytes[bytes.count - 1])] : [])
    }
}
