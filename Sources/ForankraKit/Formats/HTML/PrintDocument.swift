/// One printable document (an APT sheet, a sign-in list, a report) as generated markdown,
/// perhaps with figures between its parts.
public struct PrintDocument: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case markdown(String)
        /// An SVG chart as the chart writers make it; `SVGMarkup` has escaped every value in it.
        case figure(svg: String)
    }

    public var title: String
    public var parts: [Part]

    public init(title: String, markdown: String) {
        self.init(title: title, parts: [.markdown(markdown)])
    }

    public init(title: String, parts: [Part]) {
        self.title = title
        self.parts = parts
    }

    /// The markdown of every part, figures left out.
    public var markdown: String {
        parts.map { part in
            if case .markdown(let text) = part { return text }
            return ""
        }.joined()
    }
}
