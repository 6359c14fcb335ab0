/// Inline markdown as print HTML. Links print their address after the text, since paper
/// cannot be clicked; images print their description only.
extension PrintHTML {
    static func inlineHTML(_ raw: String) -> String {
        inlineHTML(MarkdownInline.parse(raw))
    }

    static func inlineHTML(_ inlines: [MarkdownInline]) -> String {
        var html = ""
        for inline in inlines {
            switch inline {
            case .text(let text): html += HTMLEscaping.escape(text)
            case .emphasis(let children): html += "<em>\(inlineHTML(children))</em>"
            case .strong(let children): html += "<strong>\(inlineHTML(children))</strong>"
            case .code(let code): html += "<code>\(HTMLEscaping.escape(code))</code>"
            case .link(let children, let url): html += linkHTML(children, url: url)
            case .image(let alt, _): html += alt.isEmpty ? "" : "<span class=\"image-alt\">\(HTMLEscaping.escape(alt))</span>"
            case .html(let tag): html += tag.hasPrefix("<!--") ? "" : HTMLEscaping.escape(tag)
            case .lineBreak: html += "<br>"
            }
        }
        return html
    }

    private static func linkHTML(_ children: [MarkdownInline], url: String) -> String {
        let text = inlineHTML(children)
        let plain = MarkdownInline.plainText(of: children)
        let shown = url.hasPrefix("mailto:") ? String(url.dropFirst("mailto:".count)) : url
        if url.isEmpty || url.hasPrefix("#") || plain == url || plain == shown { return text }
        return "\(text) <span class=\"url\">(\(HTMLEscaping.escape(shown)))</span>"
    }
}
