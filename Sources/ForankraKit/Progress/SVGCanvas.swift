/// A few SVG primitives with coordinates written the same way on every machine: fixed
/// decimals with a point, whatever the locale, and every text escaped.
struct SVGCanvas {
    private(set) var elements: [String] = []

    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        return sign + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String? = nil) {
        var element = "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(max(width, 0)))\" height=\"\(Self.number(height))\" fill=\"\(fill)\""
        if let stroke { element += " stroke=\"\(stroke)\" stroke-width=\"1\"" }
        elements.append(element + "/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, dashed: Bool = false, width: Double = 1) {
        elements.append("<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>")
    }

    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 11, weight: String = "normal", fill: String = "#222") {
        elements.append("<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.number(size))\" font-weight=\"\(weight)\" fill=\"\(fill)\">\(HTMLEscaping.escape(content))</text>")
    }

    mutating func path(_ points: [(Double, Double)], stroke: String, dashed: Bool, width: Double) {
        guard let first = points.first else { return }
        let data = "M\(Self.number(first.0)) \(Self.number(first.1))" + points.dropFirst().map { " L\(Self.number($0.0)) \(Self.number($0.1))" }.joined()
        elements.append("<path d=\"\(data)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"\(Self.number(width))\"" + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>")
    }

    /// The whole chart: a title element for screen readers, and the drawing.
    func svg(id: String, title: String, width: Double, height: Double) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Self.number(width)) \(Self.number(height))\" width=\"100%\" role=\"img\" aria-labelledby=\"\(id)\" font-family=\"system-ui, sans-serif\">"
            + "<title id=\"\(id)\">\(HTMLEscaping.escape(title))</title>" + elements.joined() + "</svg>"
    }
}
