/// Reads a programme as HR usually has it: text copied from a web page or extracted from a PDF
/// or Word file, in stages. The source is cleaned (`SourceCleaning`), the title and cover are
/// taken from its front (`FrontReading`), the headings are chosen for the whole document
/// (`HeadingChoice`), and then one pass over the lines builds sections of paragraphs and list
/// items, joining hard-wrapped lines.
struct PlainTextReader {
    let lines: [SourceLine]
    let headings: HeadingChoice
    /// Most lines of a hard-wrapped paragraph are about this long; a clearly shorter line that
    /// ends a sentence ends its paragraph.
    private let typicalWidth: Int

    /// Text before the first heading: the document's introduction.
    private(set) var introduction: [TextBlock] = []
    private(set) var sections: [RawSection] = []
    private(set) var open: OpenBlock?
    private(set) var blankSinceLastText = false

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
        /// Text before the first heading, which becomes the introduction section.
        var preamble: [TextBlock]
        var sections: [RawSection]
        var pageCount: Int
        /// What the reading stages took out of the text.
        var notes: [ReadingNote] = []
        var firstPreambleLine: Int?
    }

    static func read(_ text: String) -> Result {
        read(SourceCleaning.clean(text))
    }

    /// The stages after cleaning, shared by every format that arrives as lines.
    static func read(_ cleaned: CleanedSource) -> Result {
        var notes = cleaned.notes
        let front = FrontReading.read(cleaned.lines, viewerTitle: cleaned.viewerTitle, notes: &notes)
        var reader = PlainTextReader(lines: front.lines, headings: HeadingChoice.choose(front.lines))
        reader.buildBlocks()
        return Result(
            title: front.title, metadata: front.metadata, preamble: reader.introduction, sections: reader.sections,
            pageCount: cleaned.pageCount, notes: notes.notes, firstPreambleLine: reader.introduction.first?.line)
    }

    private init(lines: [SourceLine], headings: HeadingChoice) {
        self.lines = lines
        self.headings = headings
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
            take(line, at: index)
            blankSinceLastText = false
        }
        closeBlock()
    }

    private mutating func take(_ line: SourceLine, at index: Int) {
        let text = normaliseSpaces(line.trimmed)
        if blankSinceLastText && !continuesAcrossPageBreak(line, text) { closeBlock() }
        if var block = open, block.awaitingText {
            block.text = text
            block.line = line.number
            block.lastLine = text
            block.awaitingText = false
            open = block
            return
        }
        if let heading = headings[index] {
            closeBlock()
            sections.append(RawSection(
                number: heading.number, title: heading.title, line: line.number, markdownLevel: heading.markedLevel,
                isAllCaps: heading.isAllCaps, underPrevious: heading.underPrevious, leadIn: heading.framesItems ? heading.title : nil))
            return
        }
        switch line.markup {
        case .listItem?:
            startItem(text, line: line.number)
            return
        case .paragraph?, .tableRow?, .heading?:
            // The markup says where the block ends: it is never joined to the next one.
            closeBlock()
            appendText(text, line: line.number)
            closeBlock()
            return
        case nil:
            break
        }
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
        guard !block.awaitingText else { return }
        let finished = TextBlock(kind: block.kind, text: block.text, line: block.line)
        if sections.isEmpty {
            introduction.append(finished)
        } else {
            sections[sections.count - 1].blocks.append(finished)
        }
    }

    private func normaliseSpaces(_ text: String) -> String {
        guard text.contains("  ") else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
