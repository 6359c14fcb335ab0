/// Links, images, autolinks and inline HTML: everything that starts with `[`, `![` or `<`.
extension InlineParser {
    mutating func openBracket(isImage: Bool, width: Int) {
        nodes.append(.bracket(isImage ? "![" : "["))
        brackets.append(Bracket(node: nodes.count - 1, isImage: isImage))
        position += width
    }

    mutating func closeBracket() {
        position += 1
        guard let opener = brackets.popLast() else { return appendText("]") }
        guard opener.active, let (url, end) = linkTail(from: position) else { return appendText("]") }
        var content = Array(nodes[(opener.node + 1)...])
        Self.processEmphasis(&content)
        let children = Self.inlines(from: content)
        nodes.removeSubrange(opener.node...)
        if opener.isImage {
            nodes.append(.inline(.image(alt: MarkdownInline.plainText(of: children), url: url)))
        } else {
            nodes.append(.inline(.link(text: children, url: url)))
            for index in brackets.indices where !brackets[index].isImage { brackets[index].active = false }
        }
        position = end
    }

    /// `(destination "title")` right after `]`: the destination and the position after `)`.
    func linkTail(from start: Int) -> (String, Int)? {
        guard start < characters.count, characters[start] == "(" else { return nil }
        var index = skipSpaces(from: start + 1)
        var url = ""
        if index < characters.count, characters[index] == "<" {
            index += 1
            while index < characters.count, characters[index] != ">" {
                if characters[index] == "\n" || characters[index] == "<" { return nil }
                index = appendEscaped(to: &url, at: index)
            }
            guard index < characters.count else { return nil }
            index += 1
        } else {
            var depth = 0
            while index < characters.count, !characters[index].isWhitespace {
                let character = characters[index]
                if character == "(" { depth += 1 }
                if character == ")" { if depth == 0 { break }; depth -= 1 }
                index = appendEscaped(to: &url, at: index)
            }
            guard depth == 0 else { return nil }
        }
        index = skipSpaces(from: index)
        if index < characters.count, let close = Self.titleCloser[characters[index]] {
            index += 1
            while index < characters.count, characters[index] != close {
                index += characters[index] == "\\" ? 2 : 1
            }
            guard index < characters.count else { return nil }
            index = skipSpaces(from: index + 1)
        }
        guard index < characters.count, characters[index] == ")" else { return nil }
        return (url, index + 1)
    }

    private static let titleCloser: [Character: Character] = ["\"": "\"", "'": "'", "(": ")"]

    private func skipSpaces(from start: Int) -> Int {
        var index = start
        while index < characters.count, characters[index].isWhitespace { index += 1 }
        return index
    }

    private func appendEscaped(to text: inout String, at index: Int) -> Int {
        if characters[index] == "\\", index + 1 < characters.count, characters[index + 1].isASCIIPunctuation {
            text.append(characters[index + 1])
            return index + 2
        }
        text.append(characters[index])
        return index + 1
    }

    /// `<https://…>` and `<name@host>` become links, `<br>` a line break, other tags `.html`.
    mutating func readAngle() {
        if let end = commentEnd() {
            nodes.append(.inline(.html(String(characters[position..<end]))))
            position = end
            return
        }
        guard let close = characters[(position + 1)...].firstIndex(where: { $0 == ">" || $0 == "<" || $0 == "\n" }),
              characters[close] == ">" else {
            appendText("<")
            position += 1
            return
        }
        let body = String(characters[(position + 1)..<close])
        if let inline = Self.angleInline(body) {
            nodes.append(.inline(inline))
            position = close + 1
        } else {
            appendText("<")
            position += 1
        }
    }

    /// The position after `-->` when an HTML comment starts here.
    private func commentEnd() -> Int? {
        guard characters[position...].starts(with: ["<", "!", "-", "-"]) else { return nil }
        var index = position + 4
        while index + 2 < characters.count {
            if characters[index] == "-", characters[index + 1] == "-", characters[index + 2] == ">" { return index + 3 }
            index += 1
        }
        return nil
    }

    private static func angleInline(_ body: String) -> MarkdownInline? {
        if isAutolink(body) { return .link(text: [.text(body)], url: body) }
        if isEmail(body) { return .link(text: [.text(body)], url: "mailto:" + body) }
        if body.hasPrefix("!--"), body.hasSuffix("--") { return .html("<" + body + ">") }
        guard isTag(body) else { return nil }
        let name = body.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
        return name == "br" ? .lineBreak : .html("<" + body + ">")
    }

    private static func isAutolink(_ body: String) -> Bool {
        guard let colon = body.firstIndex(of: ":") else { return false }
        let scheme = body[..<colon]
        guard (2...32).contains(scheme.count), let first = scheme.first, first.isASCII, first.isLetter else { return false }
        let schemeOK = scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }
        return schemeOK && !body.contains(where: { $0.isWhitespace })
    }

    private static func isEmail(_ body: String) -> Bool {
        let parts = body.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains(".") else { return false }
        return !body.contains(where: { $0.isWhitespace || $0 == "\\" })
    }

    private static func isTag(_ body: String) -> Bool {
        var rest = Substring(body)
        if rest.first == "/" { rest = rest.dropFirst() }
        guard let first = rest.first, first.isASCII, first.isLetter else { return false }
        let afterName = rest.drop { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        guard let next = afterName.first else { return true }
        return next.isWhitespace || next == "/"
    }
}
