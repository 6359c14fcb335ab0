import Foundation

/// HTML comments and raw HTML lines: kept as text, never interpreted.
enum MarkdownRawBlock {
    /// From `<!--` to the line holding `-->` (or the end of the text when it never closes).
    static func readComment(from scanner: inout LineScanner) -> MarkdownBlock {
        let start = scanner.lineNumber
        var body: [Substring] = []
        while let line = scanner.readLine() {
            var text = line.text
            if body.isEmpty, let open = text.range(of: "<!--") { text = text[open.upperBound...] }
            if let close = text.range(of: "-->") {
                body.append(text[..<close.lowerBound])
                break
            }
            body.append(text)
        }
        let comment = body.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return MarkdownBlock(kind: .comment(comment), line: start)
    }

    /// Raw HTML runs to the next blank line.
    static func readHTML(from scanner: inout LineScanner) -> MarkdownBlock {
        let start = scanner.lineNumber
        var body: [Substring] = []
        while let line = scanner.currentLine, !line.isBlankLine {
            body.append(line)
            scanner.readLine()
        }
        return MarkdownBlock(kind: .html(body.joined(separator: "\n")), line: start)
    }
}
