/// The engine behind `MarkdownInline.parse`: one pass that turns the raw text into nodes
/// (text, delimiter runs, finished inlines), resolving links as their `]` is met, then the
/// CommonMark emphasis pass over the delimiter runs.
struct InlineParser {
    enum Node {
        case text(String)
        /// `[` or `![` that may yet open a link; never merged with the text around it.
        case bracket(String)
        case delimiter(Delimiter)
        case inline(MarkdownInline)
    }

    struct Delimiter {
        var mark: Character
        var count: Int
        let original: Int
        var canOpen: Bool
        var canClose: Bool
    }

    struct Bracket {
        var node: Int
        var isImage: Bool
        var active = true
    }

    let characters: [Character]
    var position = 0
    var nodes: [Node] = []
    var brackets: [Bracket] = []

    init(_ raw: String) {
        characters = Array(raw)
    }

    mutating func parse() -> [MarkdownInline] {
        while position < characters.count { readNext() }
        Self.processEmphasis(&nodes)
        return Self.inlines(from: nodes)
    }

    private mutating func readNext() {
        let character = characters[position]
        switch character {
        case "\\": readBackslash()
        case "`": readCodeSpan()
        case "*", "_": readDelimiterRun(character)
        case "[": openBracket(isImage: false, width: 1)
        case "!" where peek(1) == "[": openBracket(isImage: true, width: 2)
        case "]": closeBracket()
        case "<": readAngle()
        case "&": readEntity()
        case "\n":
            nodes.append(.inline(.lineBreak))
            position += 1
        default: readText()
        }
    }

    private func peek(_ offset: Int) -> Character? {
        position + offset < characters.count ? characters[position + offset] : nil
    }

    mutating func appendText(_ text: String) {
        if case .text(let previous)? = nodes.last {
            nodes[nodes.count - 1] = .text(previous + text)
        } else {
            nodes.append(.text(text))
        }
    }

    private mutating func readText() {
        let start = position
        position += 1
        while position < characters.count, !"\\`*_[]!<&\n".contains(characters[position]) { position += 1 }
        appendText(String(characters[start..<position]))
    }

    private mutating func readBackslash() {
        if let next = peek(1), next.isASCIIPunctuation {
            appendText(String(next))
            position += 2
        } else if peek(1) == "\n" {
            nodes.append(.inline(.lineBreak))
            position += 2
        } else {
            appendText("\\")
            position += 1
        }
    }

    private mutating func readEntity() {
        if let (text, length) = MarkdownEntity.match(characters, at: position) {
            appendText(text)
            position += length
        } else {
            appendText("&")
            position += 1
        }
    }

    private mutating func readCodeSpan() {
        let length = run(of: "`", from: position)
        var search = position + length
        while search < characters.count {
            guard characters[search] == "`" else { search += 1; continue }
            let closing = run(of: "`", from: search)
            if closing == length {
                let body = String(characters[(position + length)..<search])
                nodes.append(.inline(.code(Self.codeSpanText(body))))
                position = search + closing
                return
            }
            search += closing
        }
        appendText(String(repeating: "`", count: length))
        position += length
    }

    /// Line ends become spaces; one space each side is dropped when both are there.
    private static func codeSpanText(_ body: String) -> String {
        let flat = body.replacingNewlines()
        if flat.count >= 2, flat.first == " ", flat.last == " ", flat.contains(where: { $0 != " " }) {
            return String(flat.dropFirst().dropLast())
        }
        return flat
    }

    func run(of mark: Character, from start: Int) -> Int {
        var end = start
        while end < characters.count, characters[end] == mark { end += 1 }
        return end - start
    }

    private mutating func readDelimiterRun(_ mark: Character) {
        let length = run(of: mark, from: position)
        let before = position > 0 ? characters[position - 1] : nil
        let after = position + length < characters.count ? characters[position + length] : nil
        let leftFlanking = !after.isWhitespaceOrEdge && (!after.isPunctuationMark || before.isWhitespaceOrEdge || before.isPunctuationMark)
        let rightFlanking = !before.isWhitespaceOrEdge && (!before.isPunctuationMark || after.isWhitespaceOrEdge || after.isPunctuationMark)
        let canOpen = mark == "*" ? leftFlanking : leftFlanking && (!rightFlanking || before.isPunctuationMark)
        let canClose = mark == "*" ? rightFlanking : rightFlanking && (!leftFlanking || after.isPunctuationMark)
        nodes.append(.delimiter(Delimiter(mark: mark, count: length, original: length, canOpen: canOpen, canClose: canClose)))
        position += length
    }
}

extension Character {
    var isASCIIPunctuation: Bool {
        isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".contains(self)
    }
}

extension Optional where Wrapped == Character {
    /// The start and end of the text count as whitespace for flanking.
    var isWhitespaceOrEdge: Bool { self.map { $0.isWhitespace } ?? true }
    var isPunctuationMark: Bool { self.map { $0.isPunctuation || $0.isSymbol || $0.isASCIIPunctuation } ?? false }
}

extension String {
    func replacingNewlines() -> String {
        String(map { $0 == "\n" ? " " : $0 })
    }
}
