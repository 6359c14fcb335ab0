/// What every chart shares: the `<svg>` root with its accessible name, the `<title>`, the
/// visible title line, and the message drawn when there is nothing to plot.
struct ChartFrame {
    let id: String
    let title: String
    let height: Double

    static let emptyHeight = 120.0

    var titleID: String { "\(id)-title" }

    func open(_ markup: inout SVGMarkup) {
        markup.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("id", id),
            ("viewBox", "0 0 \(ChartStyle.width.svg) \(height.svg)"),
            ("width", "100%"),
            ("role", "img"),
            ("aria-labelledby", titleID),
            ("font-family", ChartStyle.fontFamily),
            ("font-size", ChartStyle.textSize.svg),
            ("fill", ChartStyle.text),
        ])
        let line = ChartLabel.singleLine(title)
        markup.element("title", [("id", titleID)], text: line)
        markup.element("text", [
            ("class", "chart-title"), ("x", "8"), ("y", "24"),
            ("font-size", ChartStyle.titleSize.svg), ("font-weight", "bold"),
        ], text: ChartLabel.truncated(line, maxWidth: ChartStyle.width - 16, fontSize: ChartStyle.titleSize))
    }

    func close(_ markup: inout SVGMarkup) {
        markup.close("svg")
    }

    /// A whole chart saying `message` instead of plotting: no data means no axes to divide by.
    static func empty(id: String, title: String, message: String) -> String {
        let frame = ChartFrame(id: id, title: title, height: emptyHeight)
        var markup = SVGMarkup()
        frame.open(&markup)
        markup.empty("rect", [
            ("x", "8"), ("y", "40"), ("width", (ChartStyle.width - 16).svg), ("height", "64"),
            ("fill", "none"), ("stroke", ChartStyle.grid), ("stroke-width", "1"),
        ])
        markup.element("text", [
            ("class", "chart-empty"), ("x", (ChartStyle.width / 2).svg), ("y", "76"),
            ("text-anchor", "middle"), ("font-style", "italic"), ("fill", ChartStyle.mutedText),
        ], text: ChartLabel.singleLine(message))
        frame.close(&markup)
        return markup.text
    }
}
