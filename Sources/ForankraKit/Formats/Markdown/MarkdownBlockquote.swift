/// `>` blocks; their content is read again as blocks, keeping the original line numbers.
enum MarkdownBlockquote {
    static func read(from scanner: inout LineScanner, quoteDepth: Int) -> MarkdownBlock? {
        guard let first = scanner.currentLine, MarkdownLine.blockquoteContent(first) != nil else { return nil }
        let start = scanner.lineNumber
        var inner: [LineScanner.Line] = []
        while let line = scanner.currentLine {
            if let content = MarkdownLine.blockquoteContent(line) {
                inner.append(LineScanner.Line(text: content, number: scanner.lineNumber))
            } else if isLazyContinuation(line, after: inner.last?.text, next: scanner.nextLine) {
                inner.append(LineScanner.Line(text: line, number: scanner.lineNumber))
            } else {
                break
            }
            scanner.readLine()
        }
        var innerScanner = LineScanner(lines: inner)
        let blocks = MarkdownDocument.readBlocks(from: &innerScanner, quoteDepth: quoteDepth + 1)
        return MarkdownBlock(kind: .blockquote(blocks), line: start)
    }

    /// A line without `>` still belongs to the quote when it continues a paragraph in it.
    private static func isLazyContinuation(_ line: Substring, after previous: Substring?, next: Substring?) -> Bool {
        guard let previous, !previous.isBlankLine, !line.isBlankLine else { return false }
        if MarkdownFence(opening: previous) != nil || MarkdownLine.atxHeading(previous) != nil { return false }
        return !MarkdownLine.interruptsParagraph(line, next: next) && MarkdownLine.setextLevel(line) == nil
    }
}
