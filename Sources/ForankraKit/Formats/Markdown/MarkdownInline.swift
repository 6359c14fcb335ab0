/// Inline markup inside a heading, paragraph, list item or table cell.
public enum MarkdownInline: Sendable, Equatable {
    case text(String)
    case emphasis([MarkdownInline])
    case strong([MarkdownInline])
    case code(String)
    case link(text: [MarkdownInline], url: String)
    /// Kept so a printer can decide; `plainText` drops images.
    case image(alt: String, url: String)
    /// A raw inline HTML tag such as `<span>`; never interpreted.
    case html(String)
    /// A hard line break: two trailing spaces or a backslash before a line end (kept as `"\n"`
    /// by the block reader), or a `<br>` tag.
    case lineBreak

    /// Reads raw inline markup: backslash escapes, code spans, `*`/`_` emphasis (CommonMark
    /// flanking rules, so `snake_case` and a lone `*` stay text), links, images, autolinks,
    /// inline HTML tags and character references (`&amp;`, `&#228;`).
    public static func parse(_ raw: String) -> [MarkdownInline] {
        // Text without a byte that can begin markup is one text node; the parser would cut it
        // into Characters first, which was a sixth of printing every sheet of a long programme.
        if !raw.utf8.contains(where: parsedBytes.contains) { return raw.isEmpty ? [] : [.text(raw)] }
        var parser = InlineParser(raw)
        return parser.parse()
    }

    /// Bytes the parser treats as anything but text, closing brackets among them.
    private static let parsedBytes: Set<UInt8> = Set("\\*_`[]<&!\n".utf8)

    /// The words of raw inline markup with the markup taken away: emphasis markers and link
    /// syntax removed (the link text stays), escapes resolved, images and HTML tags dropped, a
    /// line break as `"\n"`. Nothing else changes, so the result can be quoted word for word.
    public static func plainText(_ raw: String) -> String {
        // Most record text holds no markup at all; reading it as inlines would only copy it.
        if !raw.utf8.contains(where: markupBytes.contains) { return raw }
        return plainText(of: parse(raw))
    }

    /// Bytes that can begin markup, an escape, a character reference or a line break.
    private static let markupBytes: Set<UInt8> = Set("\\*_`[<&!\n".utf8)

    public static func plainText(of inlines: [MarkdownInline]) -> String {
        var text = ""
        for inline in inlines {
            switch inline {
            case .text(let string), .code(let string): text += string
            case .emphasis(let children), .strong(let children), .link(let children, _): text += plainText(of: children)
            case .image, .html: break
            case .lineBreak: text += "\n"
            }
        }
        return text
    }
}
