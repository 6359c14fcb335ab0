/// One glyph as drawn on a page, in the page's own coordinates as shown (points, origin at
/// the lower left, y up): where its baseline starts, how far it advances, the size it is
/// drawn at once every matrix is applied, and whether its font is bold.
struct PDFGlyph {
    var text: String
    var x: Double
    var y: Double
    var width: Double
    var size: Double
    var isBold: Bool
    var isItalic = false
    var family = ""

    var endX: Double { x + width }
    var isSpace: Bool { text.allSatisfy(\.isWhitespace) }
}

/// The graphics state the text reader follows (ISO 32000-1, 8.4 and 9.3): the current
/// transformation matrix and the text state, saved by `q` and restored by `Q`.
struct PDFGraphicsState {
    var matrix = PDFMatrix.identity
    var font: PDFFont?
    var fontSize = 0.0
    var characterSpacing = 0.0
    var wordSpacing = 0.0
    /// `Tz` as a fraction (100 % is 1).
    var horizontalScaling = 1.0
    var leading = 0.0
    var rise = 0.0
}
