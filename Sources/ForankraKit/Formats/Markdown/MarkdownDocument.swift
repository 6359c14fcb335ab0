/// A markdown text read into blocks. Reading never fails: whatever is not recognised becomes
/// a paragraph, so any real-world file can be read.
public struct MarkdownDocument: Sendable, Equatable {
    public var blocks: [MarkdownBlock]

    public init(blocks: [MarkdownBlock]) {
        self.blocks = blocks
    }

    /// Reads text whose line ends are already `\n` (see `TextDecoding.normaliseLineEnds`).
    public static func parse(_ text: String) -> MarkdownDocument {
        var scanner = LineScanner(text: text)
        return MarkdownDocument(blocks: readBlocks(from: &scanner, quoteDepth: 0))
    }

    /// Blockquotes deeper than this are read as paragraphs, so hostile input cannot exhaust the stack.
    static let maximumQuoteDepth = 32

    static func readBlocks(from scanner: inout LineScanner, quoteDepth: Int) -> [MarkdownBlock] {
        var blocks: [MarkdownBlock] = []
        while true {
            scanner.skipBlankLines()
            guard let line = scanner.currentLine else { break }
            blocks.append(readBlock(startingWith: line, from: &scanner, quoteDepth: quoteDepth))
        }
        return blocks
    }

    /// Every branch consumes at least the current line.
    private static func readBlock(startingWith line: Substring, from scanner: inout LineScanner, quoteDepth: Int) -> MarkdownBlock {
        let start = scanner.lineNumber
        if MarkdownLine.isCommentStart(line) { return MarkdownRawBlock.readComment(from: &scanner) }
        if let code = MarkdownFence.read(from: &scanner) { return code }
        if let (level, text) = MarkdownLine.atxHeading(line) {
            scanner.readLine()
            return MarkdownBlock(kind: .heading(level: level, text: text), line: start)
        }
        if MarkdownLine.isWriteInLine(line) || MarkdownLine.isThematicBreak(line) {
            scanner.readLine()
            return MarkdownBlock(kind: MarkdownLine.isWriteInLine(line) ? .writeInLine : .thematicBreak, line: start)
        }
        if quoteDepth < maximumQuoteDepth, let quote = MarkdownBlockquote.read(from: &scanner, quoteDepth: quoteDepth) {
            return quote
        }
        if let list = MarkdownList.read(from: &scanner) { return list }
        if let table = MarkdownTable.read(from: &scanner) { return table }
        if MarkdownLine.isHTMLStart(line) { return MarkdownRawBlock.readHTML(from: &scanner) }
        return MarkdownParagraph.read(from: &scanner)
    }
}
