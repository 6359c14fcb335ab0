/// Reads a saved web page into the lines the reading stages work on, each marked with what the
/// markup says it is: a heading and its level, a list item and its depth, a paragraph, a table
/// row. Navigation, headers, footers, side panels, forms and scripts never reach the text; when
/// the page marks its main content (`<main>`, or a single `<article>`), only that is read.
enum HTMLTextReader {
    struct Result {
        var lines: [SourceLine]
        /// The page's `<title>`, which names the page rather than the document.
        var pageTitle: String?
        /// Elements left out as page chrome, for the outline's notes.
        var skippedElements: Int
    }

    static func read(_ html: String) -> Result {
        let tokens = HTMLScanner.located(html)
        let scope = contentScope(tokens.map(\.token))
        var builder = HTMLBlockBuilder()
        var skipping: [String] = []
        var inScope = scope == nil
        var pageTitle: String?
        var inTitle = false
        for (token, line) in tokens {
            switch token {
            case .startTag(let name, let selfClosing):
                if !inScope, name == scope { inScope = true; continue }
                if name == "title" { inTitle = true }
                guard inScope, !selfClosing || name == "br" else { continue }
                if !skipping.isEmpty || chromeElements.contains(name) {
                    if !HTMLBlockBuilder.voidElements.contains(name) { skipping.append(name) }
                    if skipping.count == 1 { builder.skippedElements += 1 }
                    continue
                }
                builder.open(name, line: line)
            case .endTag(let name):
                if name == "title" { inTitle = false }
                if let last = skipping.lastIndex(of: name) {
                    skipping.removeSubrange(last...)
                    continue
                }
                guard inScope, skipping.isEmpty else { continue }
                if name == scope { inScope = false; builder.flush(); continue }
                builder.close(name)
            case .text(let text):
                if inTitle { pageTitle = (pageTitle ?? "") + text }
                guard inScope, skipping.isEmpty, !inTitle else { continue }
                builder.add(text, line: line)
            }
        }
        builder.flush()
        let title = pageTitle.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.flatMap { $0.isEmpty ? nil : $0 }
        return Result(lines: builder.lines, pageTitle: title, skippedElements: builder.skippedElements)
    }

    /// What surrounds a page's own text: left out whole.
    static let chromeElements: Set<String> = [
        "nav", "header", "footer", "aside", "form", "noscript", "button", "select", "svg", "iframe", "figure", "dialog",
        "menu", "object", "video", "audio", "canvas", "map",
    ]

    /// `main` when the page has one, else `article` when it has exactly one; nil to read the body.
    private static func contentScope(_ tokens: [HTMLToken]) -> String? {
        if tokens.contains(.startTag("main", selfClosing: false)) { return "main" }
        let articles = tokens.filter { $0 == .startTag("article", selfClosing: false) }.count
        return articles == 1 ? "article" : nil
    }
}
