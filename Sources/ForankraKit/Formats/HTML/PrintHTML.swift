/// Print-ready HTML for generated markdown: one self-contained A4 page set that a browser
/// prints or saves as PDF. Nothing is loaded from elsewhere (no fonts, scripts, links or
/// images), and every piece of text is escaped: raw HTML in the markdown shows as text. The
/// only markup passed through is a figure's SVG, which the chart writers escape as they build it.
public enum PrintHTML {
    /// Each document starts on a new printed page. The output depends only on the arguments.
    public static func render(title: String, language: String, documents: [PrintDocument]) -> String {
        page(title: title, language: language, sections: documents.map(section))
    }

    /// One document as it stands in a page's body: a set of printed sheets shows each
    /// document on a page of its own and all of them in the index, and each is rendered once.
    static func section(_ document: PrintDocument) -> String {
        var writer = HTMLWriter(depth: 1)
        writer.open("<section class=\"document\">")
        for part in document.parts {
            switch part {
            case .markdown(let markdown):
                writeBlocks(MarkdownDocument.parse(TextDecoding.normaliseLineEnds(markdown)).blocks, to: &writer)
            case .figure(let svg):
                writer.line("<figure class=\"chart\">\(svg)</figure>")
            }
        }
        writer.close("</section>")
        return writer.html
    }

    /// A whole page around sections made by `section(_:)`.
    static func page(title: String, language: String, sections: [String]) -> String {
        var writer = HTMLWriter()
        // The style sheet, the sections and the few lines around them.
        writer.reserve(2 * PrintStyle.css.utf8.count + sections.reduce(0) { $0 + $1.utf8.count } + 1_024)
        writer.line("<!doctype html>")
        writer.line("<html lang=\"\(HTMLEscaping.escape(language))\">")
        writer.open("<head>")
        writer.line("<meta charset=\"utf-8\">")
        writer.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        writer.line("<meta name=\"generator\" content=\"forankra\">")
        writer.line("<title>\(HTMLEscaping.escape(title))</title>")
        writer.open("<style>")
        writer.lines(PrintStyle.css)
        writer.close("</style>")
        writer.close("</head>")
        writer.open("<body>")
        for section in sections { writer.fragment(section) }
        writer.close("</body>")
        writer.line("</html>")
        return writer.html
    }
}
