/// What a single line looks like to the block reader. Pure functions over one line, so each
/// block reader can ask "does this line start something else?" without moving the scanner.
enum MarkdownLine {
    /// Columns of leading whitespace, a tab counting to the next multiple of four.
    static func indent(of line: Substring) -> Int {
        var column = 0
        for character in line {
            if character == " " { column += 1 } else if character == "\t" { column += 4 - column % 4 } else { break }
        }
        return column
    }

    static func trimmed(_ line: Substring) -> Substring {
        trimmingTrailing(line.drop { $0 == " " || $0 == "\t" })
    }

    static func trimmingTrailing(_ line: Substring) -> Substring {
        var end = line.endIndex
        while end > line.startIndex {
            let before = line.index(before: end)
            guard line[before] == " " || line[before] == "\t" else { break }
            end = before
        }
        return line[line.startIndex..<end]
    }

    /// Leading whitespace removed when it is at most three columns, else nil.
    static func content(ofShallow line: Substring) -> Substring? {
        indent(of: line) <= 3 ? line.drop { $0 == " " || $0 == "\t" } : nil
    }

    static func atxHeading(_ line: Substring) -> (level: Int, text: String)? {
        guard let rest = content(ofShallow: line), rest.first == "#" else { return nil }
        let level = rest.prefix { $0 == "#" }.count
        var text = rest.dropFirst(level)
        guard level <= 6, text.isEmpty || text.first == " " || text.first == "\t" else { return nil }
        text = trimmed(text)
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing == text.count {
            text = text.prefix(0)
        } else if closing > 0 {
            let beforeClosing = text.dropLast(closing)
            if beforeClosing.last == " " || beforeClosing.last == "\t" { text = trimmed(beforeClosing) }
        }
        return (level, String(text))
    }

    /// Three or more `-`, `*` or `_` (the same one), spaces allowed between, nothing else.
    static func isThematicBreak(_ line: Substring) -> Bool {
        guard let rest = content(ofShallow: line), let mark = rest.first, "-*_".contains(mark) else { return false }
        var count = 0
        for character in rest {
            if character == mark { count += 1 } else if character != " " && character != "\t" { return false }
        }
        return count >= 3
    }

    /// Ten or more underscores alone on the line.
    static func isWriteInLine(_ line: Substring) -> Bool {
        let rest = trimmed(line)
        return rest.count >= 10 && rest.allSatisfy { $0 == "_" }
    }

    /// 1 for a `===` underline, 2 for `---`, nil otherwise.
    static func setextLevel(_ line: Substring) -> Int? {
        guard let rest = content(ofShallow: line).map(trimmed), let mark = rest.first else { return nil }
        guard rest.allSatisfy({ $0 == mark }) else { return nil }
        switch mark {
        case "=": return 1
        case "-": return 2
        default: return nil
        }
    }

    static func blockquoteContent(_ line: Substring) -> Substring? {
        guard let rest = content(ofShallow: line), rest.first == ">" else { return nil }
        let after = rest.dropFirst()
        return after.first == " " || after.first == "\t" ? after.dropFirst() : after
    }

    static func isCommentStart(_ line: Substring) -> Bool {
        content(ofShallow: line)?.hasPrefix("<!--") ?? false
    }

    /// `<tag` or `</tag` of a block-level element, followed by whitespace, `>`, `/>` or the end
    /// of the line. Inline tags (`<br>`, `<span>`) start an ordinary paragraph.
    static func isHTMLStart(_ line: Substring) -> Bool {
        guard let rest = content(ofShallow: line), rest.first == "<" else { return false }
        var name = rest.dropFirst()
        if name.first == "/" { name = name.dropFirst() }
        let tag = name.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard blockTags.contains(tag.lowercased()) else { return false }
        let after = name.dropFirst(tag.count)
        guard let next = after.first else { return true }
        return next == " " || next == "\t" || next == ">" || after.hasPrefix("/>")
    }

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "details", "dialog", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head",
        "header", "hr", "html", "iframe", "li", "main", "nav", "ol", "p", "pre", "script", "section",
        "style", "summary", "table", "tbody", "td", "textarea", "tfoot", "th", "thead", "title", "tr", "ul",
    ]

    /// Everything that ends a paragraph without a blank line (setext underlines are checked first).
    static func interruptsParagraph(_ line: Substring, next: Substring?) -> Bool {
        if atxHeading(line) != nil || isThematicBreak(line) || isWriteInLine(line) { return true }
        if blockquoteContent(line) != nil || MarkdownFence(opening: line) != nil || isCommentStart(line) { return true }
        if let marker = ListMarker(line), marker.indent <= 3, !marker.content.isBlankLine, marker.number ?? 1 == 1 { return true }
        return MarkdownTable.starts(at: line, next: next)
    }
}
