/// SVG text built one element per line. Every attribute value and every piece of text passes
/// through `HTMLEscaping` here, so chart code cannot forget it: labels come from user data.
struct SVGMarkup {
    typealias Attributes = [(String, String)]

    private var lines: [String] = []
    private var depth = 0

    var text: String { lines.joined(separator: "\n") + "\n" }

    mutating func open(_ name: String, _ attributes: Attributes = []) {
        append("<\(name)\(Self.rendered(attributes))>")
        depth += 1
    }

    mutating func close(_ name: String) {
        depth -= 1
        append("</\(name)>")
    }

    /// An element without content, such as `<line …/>`.
    mutating func empty(_ name: String, _ attributes: Attributes) {
        append("<\(name)\(Self.rendered(attributes))/>")
    }

    /// An element holding escaped text, such as `<text …>Förvaltning</text>`.
    mutating func element(_ name: String, _ attributes: Attributes = [], text: String) {
        append("<\(name)\(Self.rendered(attributes))>\(HTMLEscaping.escape(text))</\(name)>")
    }

    private mutating func append(_ line: String) {
        lines.append(String(repeating: "  ", count: max(depth, 0)) + line)
    }

    private static func rendered(_ attributes: Attributes) -> String {
        attributes.map { " \($0.0)=\"\(HTMLEscaping.escape($0.1))\"" }.joined()
    }
}
