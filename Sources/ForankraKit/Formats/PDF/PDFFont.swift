/// A font as the text reader needs it: how its string bytes split into codes, the text each
/// code stands for, how far each glyph advances, and whether it is bold. Built once per font
/// by `PDFFontLoader`.
struct PDFFont {
    enum Codes {
        /// A simple font: one byte, one code (ISO 32000-1, 9.6).
        case singleByte
        /// A Type 0 font: codes as its encoding CMap splits them (9.7).
        case cmap(PDFCMap)
    }

    var codes: Codes = .singleByte
    /// Text of each single-byte code from `/Encoding` and its `/Differences`.
    var simpleText: [String?] = Array(repeating: nil, count: 256)
    var toUnicode: PDFCMap?
    /// When a Type 0 font's encoding is a Unicode CMap (`UniGB-UCS2-H`), codes are UTF-16.
    var codesAreUnicode = false
    /// Advance of each single-byte code, in glyph space (thousandths of the size).
    var simpleWidths: [Double] = Array(repeating: PDFStandardFonts.averageWidth, count: 256)
    var cidWidths = PDFCIDWidths()
    /// Glyph space to text space: 1/1000, except for Type 3 fonts, which give their own matrix.
    var widthScale = 0.001
    /// How much larger the glyphs are drawn than the size `Tf` gives: 1, except for a Type 3
    /// font whose matrix is not the usual thousandth.
    var sizeScale = 1.0
    var isBold = false
    var isItalic = false
    /// The typeface without its subset tag and style (`ABCDEF+Arial-BoldMT` is `Arial`): a
    /// heading set in another face than the body text is a sign of a heading.
    var family = ""

    /// One glyph of a string: its code, its text (nil when the font does not say), its
    /// advance in text space for a size of 1, and whether word spacing applies to it (the
    /// single-byte code 32).
    struct Glyph {
        var text: String?
        var advance: Double
        var isWordSpace: Bool
    }

    /// Calls `body` with each glyph of `bytes`, in order.
    func forEachGlyph(in bytes: [UInt8], _ body: (Glyph) -> Void) {
        switch codes {
        case .singleByte:
            for byte in bytes {
                let text = toUnicode?.text(for: UInt32(byte)) ?? simpleText[Int(byte)]
                body(Glyph(text: text, advance: simpleWidths[Int(byte)] * widthScale, isWordSpace: byte == 32))
            }
        case .cmap(let cmap):
            var index = 0
            while index < bytes.count {
                let (code, length) = cmap.nextCode(in: bytes, at: index)
                index += length
                let width = cidWidths.width(of: cmap.cid(for: code))
                body(Glyph(text: text(forCompositeCode: code), advance: width * widthScale, isWordSpace: length == 1 && code == 32))
            }
        }
    }

    private func text(forCompositeCode code: UInt32) -> String? {
        if let mapped = toUnicode?.text(for: code) { return mapped }
        if codesAreUnicode, let scalar = Unicode.Scalar(code) { return String(Character(scalar)) }
        return nil
    }
}

/// A Type 0 font's glyph widths (`/W` and `/DW`, ISO 32000-1, 9.7.4.3).
struct PDFCIDWidths {
    var defaultWidth = 1000.0
    var widths: [Int: Double] = [:]
    var ranges: [(first: Int, last: Int, width: Double)] = []

    func width(of cid: Int) -> Double {
        if let known = widths[cid] { return known }
        for range in ranges where cid >= range.first && cid <= range.last { return range.width }
        return defaultWidth
    }
}
