/// Builds a `PDFFont` from a font dictionary (ISO 32000-1, 9.5–9.10): the simple fonts
/// (Type 1, TrueType, Type 3) through their encoding and `/Differences`, Type 0 fonts through
/// their encoding CMap, and both through `/ToUnicode` when there is one, which wins.
enum PDFFontLoader {
    static func load(_ dictionary: PDFDictionary, document: PDFDocument) -> PDFFont {
        var font = PDFFont()
        let baseFont = document.resolve(dictionary["BaseFont"]).name ?? ""
        if let stream = document.resolve(dictionary["ToUnicode"]).stream {
            font.toUnicode = PDFCMapParser.parse(PDFStreamDecoder.decode(stream, document: document).bytes)
        }
        var descriptor = document.resolveDictionary(dictionary["FontDescriptor"])
        if document.resolve(dictionary["Subtype"]).name == "Type0" {
            let descendant = document.resolve(dictionary["DescendantFonts"]).array?.first.flatMap { document.resolveDictionary($0) }
            descriptor = descendant.flatMap { document.resolveDictionary($0["FontDescriptor"]) }
            loadComposite(&font, encoding: document.resolve(dictionary["Encoding"]), descendant: descendant, document: document)
        } else {
            loadSimple(&font, dictionary, baseFont: baseFont, descriptor: descriptor, document: document)
        }
        font.isBold = isBold(baseFont, descriptor: descriptor, document: document)
        font.isItalic = isItalic(baseFont, descriptor: descriptor, document: document)
        font.family = family(baseFont)
        return font
    }

    /// Italic by the name (`-Italic`, `-Oblique`) or by the descriptor's angle or flag.
    static func isItalic(_ baseFont: String, descriptor: PDFDictionary?, document: PDFDocument) -> Bool {
        let name = baseFont.lowercased()
        if name.contains("italic") || name.contains("oblique") { return true }
        guard let descriptor else { return false }
        if let angle = document.resolve(descriptor["ItalicAngle"]).number, angle != 0 { return true }
        return (document.resolve(descriptor["Flags"]).integer ?? 0) & (1 << 6) != 0
    }

    static func family(_ baseFont: String) -> String {
        let name = baseFont.split(separator: "+", maxSplits: 1).last.map(String.init) ?? baseFont
        return String(name.prefix { $0 != "-" && $0 != "," })
    }

    /// Bold by the name (`Arial-BoldMT`, `Lato-Black`, `OpenSans-Semibold`) or by the weight
    /// or force-bold flag the descriptor gives.
    static func isBold(_ baseFont: String, descriptor: PDFDictionary?, document: PDFDocument) -> Bool {
        let name = (baseFont.split(separator: "+", maxSplits: 1).last.map(String.init) ?? baseFont).lowercased()
        if ["bold", "black", "heavy", "semibold", "demi"].contains(where: { name.contains($0) }) { return true }
        guard let descriptor else { return false }
        if let weight = document.resolve(descriptor["FontWeight"]).number, weight >= 600 { return true }
        let flags = document.resolve(descriptor["Flags"]).integer ?? 0
        return flags & (1 << 18) != 0
    }

    private static func loadComposite(_ font: inout PDFFont, encoding: PDFObject, descendant: PDFDictionary?, document: PDFDocument) {
        var cmap = PDFCMap.identity
        if let name = encoding.name, name.contains("UCS2") || name.contains("UTF16") {
            font.codesAreUnicode = true
        } else if let stream = encoding.stream {
            cmap = PDFCMapParser.parse(PDFStreamDecoder.decode(stream, document: document).bytes)
            if cmap.codeSpaces.isEmpty { cmap.codeSpaces = PDFCMap.identity.codeSpaces }
        }
        font.codes = .cmap(cmap)
        if let descendant {
            font.cidWidths = PDFCIDWidthsReader.read(descendant, document: document)
        }
    }

    private static func loadSimple(_ font: inout PDFFont, _ dictionary: PDFDictionary, baseFont: String,
                                   descriptor: PDFDictionary?, document: PDFDocument) {
        let subtype = document.resolve(dictionary["Subtype"]).name
        font.simpleText = PDFSimpleEncoding.texts(dictionary["Encoding"], subtype: subtype, baseFont: baseFont, document: document)
        if subtype == "Type3" {
            let matrix = (document.resolve(dictionary["FontMatrix"]).array ?? []).compactMap { document.resolve($0).number }
            if matrix.count == 6, matrix[0] != 0, abs(matrix[0]) < 1, matrix[3] != 0, abs(matrix[3]) < 1 {
                font.widthScale = abs(matrix[0])
                font.sizeScale = abs(matrix[3]) * 1000
            }
        }
        let missing = descriptor.flatMap { document.resolve($0["MissingWidth"]).number }.flatMap { $0 > 0 ? $0 : nil }
        let standard = PDFStandardFonts.widths(forBaseFont: baseFont)
        for code in 0..<256 {
            if let missing {
                font.simpleWidths[code] = missing
            } else if let standard, let text = font.simpleText[code], let character = text.first {
                font.simpleWidths[code] = standard(character)
            }
        }
        guard let widths = document.resolve(dictionary["Widths"]).array else { return }
        let first = document.resolve(dictionary["FirstChar"]).integer ?? 0
        for (offset, width) in widths.enumerated() {
            let code = first + offset
            guard code >= 0, code < 256, let value = document.resolve(width).number, value >= 0 else { continue }
            font.simpleWidths[code] = value
        }
    }
}
