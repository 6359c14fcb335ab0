/// Reads a programme as HR usually has it: text copied from a web page or extracted from a PDF
/// or Word file. Page furniture and the table of contents go first; then one pass over the
/// lines builds headings, paragraphs and list items, joining hard-wrapped lines.
struct PlainTextReader {
    let lines: [SourceLine]
    /// Most lines of a hard-wrapped paragraph are about this long; a clearly shorter line that
    /// ends a sentence ends its paragraph.
    private let typicalWidth: Int

    private(set) var preambleLines: [SourceLine] = []
    private(set) var sections: [RawSection] = []
    private(set) var open: OpenBlock?
    private(set) var blankSinceLastText = false
    private(set) var lastText: String?
    private(set) var lastWasHeading = false

    struct OpenBlock {
        var kind: TextBlock.Kind
        var text: String
        var line: Int
        var lastLine: String
        var awaitingText = false
    }

    struct Result {
        var title: String?
        var metadata: [MetadataEntry]
        var preamble: [TextBlock]
        var sections: [RawSection]
        var pageCount: Int
        var furnitureRemoved: Int
        var tableOfContentsLines: Int
        var firstPreambleLine: Int?
    }

    static func read(_ text: String) -> Result {
        let (allLines, pageCount) = SourceLine.lines(of: text)
        let contents = TableOfContents.lineIndices(in: allLines)
        let withoutContents = allLines.enumerated().filter { !contents.contains($0.offset) }.map(\.element)
        let furniture = PageFurniture.strip(withoutContents, pageCount: pageCount)
        var reader = PlainTextReader(lines: furniture.lines)
        reader.buildBlocks()
        let cover = CoverReading.read(reader.preambleLines)
        var result = Result(
            title: cover.title, metadata: cover.metadata, preamble: cover.remaining, sections: reader.sections,
            pageCount: pageCount, furnitureRemoved: furniture.removedCount,
            tableOfContentsLines: contents.filter { !allLines[$0].isBlank }.count,
            firstPreambleLine: cover.remaining.first?.line)
        promoteTitleHeading(&result)
        return result
    }

    private init(lines: [SourceLine]) {
        self.lines = lines
        let lengths = lines.map(\.trimmed.count).filter { $0 >= 20 }.sorted()
        typicalWidth = lengths.isEmpty ? 80 : lengths[lengths.count * 4 / 5]
    }

    private mutating func buildBlocks() {
        for index in lines.indices {
            let line = lines[index]
            if line.isBlank {
                blankSinceLastText = true
                continue
            }
            if sections.isEmpty && !isHeading(at: index) {
                preambleLines.append(line)
                blankSinceLastText = false
                continue
            }
            take(line, at: index)
            blankSinceLastText = false
        }
        closeBlock()
    }

    private mutating func take(_ line: SourceLine, at index: Int) {
        let text = normaliseSpaces(line.trimmed)
        if blankSinceLastText && !continuesAcrossPageBreak(line, text) { closeBlock() }
        defer { lastText = text }
        if var block = open, block.awaitingText {
            block.text = text
            block.line = line.number
            block.lastLine = text
            block.awaitingText = false
            open = block
            return
        }
        if isHeading(at: index) {
            closeBlock()
            let numbered = LineShapes.numberedHeading(text)
            sections.append(RawSection(
                number: numbered?.number, title: numbered?.title ?? text, line: line.number,
                isAllCaps: LineShapes.isAllCaps(text)))
            lastWasHeading = true
            return
        }
        lastWasHeading = false
        switch LineShapes.bullet(text) {
        case .symbol(let item), .ordered(let item):
            startItem(item, line: line.number)
        case .dash(let item) where startsList(afterLine: text):
            startItem(item, line: line.number)
        default:
            appendText(text, line: line.number)
        }
    }

    private mutating func startItem(_ item: String, line: Int) {
        closeBlock()
        open = OpenBlock(kind: .listItem, text: item, line: line, lastLine: item, awaitingText: item.isEmpty)
    }

    private mutating func appendText(_ text: String, line: Int) {
        guard var block = open else {
            open = OpenBlock(kind: .paragraph, text: text, line: line, lastLine: text)
            return
        }
        if endsBlock(block, before: text) {
            closeBlock()
            open = OpenBlock(kind: .paragraph, text: text, line: line, lastLine: text)
            return
        }
        block.text = LineShapes.joinWrapped(block.text, text)
        block.lastLine = text
        open = block
    }

    /// A paragraph ends at a short line that closes a sentence. A list item ends at any short
    /// line ("• dialog"); a full-width line is wrapped, even after a full stop, since items
    /// often hold several sentences ("… heltidsanställning." / "Ansvarig: kommundirektören.").
    private func endsBlock(_ block: OpenBlock, before next: String) -> Bool {
        guard !LineShapes.startsLowercase(next), !block.lastLine.hasSuffix("-") else { return false }
        let isShort = block.lastLine.count * 4 < typicalWidth * 3
        switch block.kind {
        case .paragraph: return isShort && LineShapes.endsSentence(block.lastLine)
        case .listItem: return isShort
        }
    }

    /// A dash starts a list item unless it sits inside running text ("… viktigt – inte minst").
    private func startsList(afterLine text: String) -> Bool {
        guard let block = open, !blankSinceLastText else { return true }
        return block.kind == .listItem || LineShapes.endsSentence(block.lastLine)
    }

    /// A paragraph broken by a page (its header and footer already gone) goes on when the text
    /// before the break did not end a sentence and the text after it does not start one, or
    /// when the page ended on a full-width line: within a page that never ends a paragraph
    /// either (`endsBlock`), and a heading or bullet after the break still starts afresh.
    private func continuesAcrossPageBreak(_ line: SourceLine, _ text: String) -> Bool {
        guard line.followsPageBreak, let block = open, !block.awaitingText else { return false }
        if block.lastLine.hasSuffix("-") { return true }
        if block.kind == .paragraph && block.lastLine.count * 4 >= typicalWidth * 3 { return true }
        return !LineShapes.endsSentence(block.lastLine) && LineShapes.startsLowercase(text)
    }

    private mutating func closeBlock() {
        guard let block = open else { return }
        open = nil
        guard !block.awaitingText, !sections.isEmpty else { return }
        sections[sections.count - 1].blocks.append(TextBlock(kind: block.kind, text: block.text, line: block.line))
    }

    private func normaliseSpaces(_ text: String) -> String {
        guard text.contains("  ") else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
