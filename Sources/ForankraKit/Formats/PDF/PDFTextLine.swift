/// One line of a PDF's text as the programme reader takes it: the text, its page (from 1),
/// the size most of its characters are drawn at (points, to 0.1) and whether most of them
/// are bold, which together tell a heading from body text; and where it stands: `x` from the
/// left edge of the page, `top` from the top edge down to the top of the line (its baseline
/// less its font size), both in points as the page is shown.
struct PDFTextLine: Equatable {
    var text: String
    var page: Int
    var fontSize: Double
    var isBold: Bool
    var isItalic = false
    /// The typeface most of its characters are set in (`Arial`, `DejaVuSerif`).
    var family = ""
    var x: Double
    var top: Double
}
