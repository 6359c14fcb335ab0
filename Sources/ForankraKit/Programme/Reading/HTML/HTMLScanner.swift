/// A forgiving scanner over a saved web page: tags, text with character references decoded,
/// comments and declarations skipped, and the contents of `script` and `style` skipped whole
/// (they may hold `<` that is no tag). Web pages are rarely well-formed, so nothing here is an
/// error: a stray `<` is text, an unclosed comment ends the page.
struct HTMLScanner {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    init(_ html: String) {
        scalars = Array(html.unicodeScalars)
    }

    static func tokens(_ html: String) -> [HTMLToken] {
        located(html).map(\.token)
    }

    /// Every token with the 1-based line of the page it starts on, for messages.
    static func located(_ html: String) -> [(token: HTMLToken, line: Int)] {
        var scanner = HTMLScanner(html)
        var tokens: [(HTMLToken, Int)] = []
        var line = 1
        var counted = 0
        while true {
            let start = scanner.position
            guard let token = scanner.next() else { break }
            line += scanner.scalars[counted..<start].filter { $0 == "\n" }.count
            counted = start
            tokens.append((token, line))
        }
        return tokens
    }

    /// A loop, not a recursion: what is skipped (a comment, a doctype, a script) may run to the
    /// end of the page, and a page of many comments must not use a stack frame for each.
    mutating func next() -> HTMLToken? {
        while position < scalars.count {
            guard scalars[position] == "<", startsMarkup(at: position) else { return .text(readText()) }
            if let token = readMarkup() { return token }
        }
        return nil
    }

    private mutating func readText() -> String {
        var raw = String.UnicodeScalarView()
        repeat {
            raw.append(scalars[position])
            position += 1
        } while position < scalars.count && !(scalars[position] == "<" && startsMarkup(at: position))
        return HTMLEntities.decode(String(raw))
    }

    private func startsMarkup(at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        let next = scalars[index + 1]
        return next == "/" || next == "!" || next == "?" || next.properties.isAlphabetic
    }

    /// A tag at a `<` that starts markup, or nil when what was there is skipped.
    private mutating func readMarkup() -> HTMLToken? {
        if matches("<!--", at: position) {
            skip(past: "-->")
            return nil
        }
        if scalars[position + 1] == "!" || scalars[position + 1] == "?" {
            skip(past: ">")
            return nil
        }
        let closing = scalars[position + 1] == "/"
        position += closing ? 2 : 1
        var name = ""
        while position < scalars.count, scalars[position].properties.isAlphabetic || ("0"..."9").contains(scalars[position]) || scalars[position] == "-" {
            name.unicodeScalars.append(scalars[position])
            position += 1
        }
        let selfClosing = skipAttributes()
        name = name.lowercased()
        if closing { return .endTag(name) }
        if name == "script" || name == "style" || name == "template" {
            skip(past: "</\(name)")
            skip(past: ">")
            return nil
        }
        return .startTag(name, selfClosing: selfClosing)
    }

    /// Skips to the end of the tag, over quoted attribute values; true for `<br/>`.
    private mutating func skipAttributes() -> Bool {
        var quote: Unicode.Scalar?
        var last: Unicode.Scalar = " "
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                return last == "/"
            }
            if quote == nil && scalar != " " { last = scalar }
        }
        return false
    }

    private func matches(_ text: String, at index: Int) -> Bool {
        let wanted = Array(text.lowercased().unicodeScalars)
        guard index + wanted.count <= scalars.count else { return false }
        return (0..<wanted.count).allSatisfy { offset in
            Unicode.Scalar(String(scalars[index + offset]).lowercased()) == wanted[offset]
        }
    }

    private mutating func skip(past end: String) {
        while position < scalars.count, !matches(end, at: position) { position += 1 }
        position = min(scalars.count, position + end.unicodeScalars.count)
    }
}
