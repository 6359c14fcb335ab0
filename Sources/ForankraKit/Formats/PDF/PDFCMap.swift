/// A CMap (Adobe technical note 5014, and 5411 for ToUnicode): how a font's bytes split into
/// codes (`codespacerange`), what text each code stands for (`bfchar`, `bfrange`), and, in an
/// encoding CMap, which glyph (CID) it draws (`cidchar`, `cidrange`).
struct PDFCMap {
    struct CodeSpace {
        var length: Int
        var low: UInt32
        var high: UInt32
    }

    struct TextRange {
        var low: UInt32
        var high: UInt32
        /// The text of `low` as UTF-16; each later code adds one to its last unit.
        var first: [UInt16]
    }

    struct CIDRange {
        var low: UInt32
        var high: UInt32
        var firstCID: Int
    }

    var codeSpaces: [CodeSpace] = []
    var text: [UInt32: String] = [:]
    var textRanges: [TextRange] = []
    var cids: [UInt32: Int] = [:]
    var cidRanges: [CIDRange] = []

    /// Identity-H and Identity-V: two-byte codes that are their own CIDs.
    static let identity = PDFCMap(codeSpaces: [CodeSpace(length: 2, low: 0, high: 0xFFFF)])

    func text(for code: UInt32) -> String? {
        if let known = text[code] { return known }
        for range in textRanges where code >= range.low && code <= range.high {
            var units = range.first
            guard let last = units.last else { return nil }
            units[units.count - 1] = last &+ UInt16(truncatingIfNeeded: code - range.low)
            return String(decoding: units, as: UTF16.self)
        }
        return nil
    }

    /// The glyph a code draws; the code itself when the CMap maps no CIDs (Identity).
    func cid(for code: UInt32) -> Int {
        if cids.isEmpty && cidRanges.isEmpty { return Int(code) }
        if let known = cids[code] { return known }
        for range in cidRanges where code >= range.low && code <= range.high {
            return range.firstCID + Int(code - range.low)
        }
        return 0
    }

    /// The next code in `bytes` from `index` and its length: the shortest run of bytes that
    /// falls in a code space; with no code space that fits, as many bytes as the first
    /// code space has (two when none is declared), so the text keeps its pace.
    func nextCode(in bytes: [UInt8], at index: Int) -> (code: UInt32, length: Int) {
        var value: UInt32 = 0
        for length in 1...4 where index + length <= bytes.count {
            value = value << 8 | UInt32(bytes[index + length - 1])
            if codeSpaces.contains(where: { $0.length == length && value >= $0.low && value <= $0.high }) {
                return (value, length)
            }
        }
        let length = min(codeSpaces.first?.length ?? 2, bytes.count - index)
        var code: UInt32 = 0
        for offset in 0..<max(length, 1) where index + offset < bytes.count { code = code << 8 | UInt32(bytes[index + offset]) }
        return (code, max(length, 1))
    }
}
