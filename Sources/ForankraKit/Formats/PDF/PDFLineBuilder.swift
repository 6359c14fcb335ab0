import Foundation

/// Builds one line's text from its glyphs, putting a space where the gap between two glyphs is
/// wider than a letter's spacing, and keeping the tallies for the line's size and boldness.
struct PDFLineBuilder {
    /// A gap wider than this, in font sizes, is a space between words: a space is about a
    /// quarter of the size, kerning and tracking stay under a tenth (pdftotext's figure too).
    static let wordGap = 0.1

    private var text = ""
    private var lastEnd: Double?
    private var lastWasSpace = true
    private(set) var maxX = -Double.infinity
    private var minX = Double.infinity
    private var baseline = 0.0
    /// Characters drawn at each size (rounded to 0.1 pt), and how many of them in bold.
    private var sizes: [Double: Int] = [:]
    private var boldCount = 0
    private var italicCount = 0
    private var families: [String: Int] = [:]
    private var characterCount = 0

    mutating func add(_ fragment: PDFFragment, _ glyphs: [PDFGlyph]) {
        if characterCount == 0 { baseline = fragment.baseline }
        for glyph in glyphs[fragment.range] { add(glyph) }
    }

    private mutating func add(_ glyph: PDFGlyph) {
        minX = min(minX, glyph.x)
        maxX = max(maxX, glyph.endX)
        if glyph.isSpace {
            if !lastWasSpace { text.append(" ") }
            lastWasSpace = true
            lastEnd = glyph.endX
            return
        }
        if let lastEnd, !lastWasSpace, glyph.x - lastEnd > Self.wordGap * glyph.size {
            text.append(" ")
        }
        if let first = glyph.text.unicodeScalars.first, (0xFB00...0xFB06).contains(first.value) {
            // Ligatures are spelled out, as pdftotext does: a quote is read as words, not glyphs.
            text += glyph.text.decomposedStringWithCompatibilityMapping
        } else {
            text += glyph.text
        }
        lastWasSpace = false
        lastEnd = glyph.endX
        let count = glyph.text.count
        characterCount += count
        sizes[(glyph.size * 10).rounded() / 10, default: 0] += count
        if glyph.isBold { boldCount += count }
        if glyph.isItalic { italicCount += count }
        families[glyph.family, default: 0] += count
    }

    /// The finished line, or nil when it holds no visible character.
    func line(column: Int) -> PDFLayoutLine? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, characterCount > 0 else { return nil }
        // The size most characters have; the larger of two equally common sizes.
        let size = sizes.max { $0.value != $1.value ? $0.value < $1.value : $0.key < $1.key }?.key ?? 0
        return PDFLayoutLine(text: trimmed, x: minX, baseline: baseline, fontSize: size,
                             isBold: boldCount * 2 > characterCount, isItalic: italicCount * 2 > characterCount,
                             family: families.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? "", column: column)
    }
}

/// A line as the layout made it, before it is placed on its page for the reader.
struct PDFLayoutLine: Equatable {
    var text: String
    var x: Double
    var baseline: Double
    var fontSize: Double
    var isBold: Bool
    var isItalic: Bool
    var family: String
    /// 0 for a line across the page, 1 and 2 for the left and right column.
    var column: Int
}
