/// A fenced code block: three or more backticks or tildes, closed by a fence of the same kind
/// at least as long. An unclosed fence runs to the end of its container.
struct MarkdownFence {
    var mark: Character
    var length: Int
    var indent: Int
    var info: String

    init?(opening line: Substring) {
        guard let rest = MarkdownLine.content(ofShallow: line), let mark = rest.first, mark == "`" || mark == "~" else { return nil }
        let length = rest.prefix { $0 == mark }.count
        let info = MarkdownLine.trimmed(rest.dropFirst(length))
        guard length >= 3, mark == "~" || !info.contains("`") else { return nil }
        self.mark = mark
        self.length = length
        self.indent = MarkdownLine.indent(of: line)
        self.info = String(info)
    }

    func isClosing(_ line: Substring) -> Bool {
        guard let rest = MarkdownLine.content(ofShallow: line).map(MarkdownLine.trimmed) else { return false }
        return rest.count >= length && rest.allSatisfy { $0 == mark }
    }

    static func read(from scanner: inout LineScanner) -> MarkdownBlock? {
        guard let first = scanner.currentLine, let fence = MarkdownFence(opening: first) else { return nil }
        let start = scanner.lineNumber
        scanner.readLine()
        var body: [Substring] = []
        while let line = scanner.readLine() {
            if fence.isClosing(line.text) { break }
            body.append(fence.removingIndent(line.text))
        }
        return MarkdownBlock(kind: .code(info: fence.info, text: body.joined(separator: "\n")), line: start)
    }

    /// Code lines lose as much leading space as the opening fence had.
    private func removingIndent(_ line: Substring) -> Substring {
        var rest = line
        var removed = 0
        while removed < indent, rest.first == " " {
            rest = rest.dropFirst()
            removed += 1
        }
        return rest
    }
}
