/// A paragraph of a word-processor file as its markup says it is, before the reading stages:
/// the common shape of .docx and .odt, turned into the marked lines a web page also gives.
struct DocumentParagraph: Equatable {
    enum Kind: Equatable {
        case title
        case heading(Int)
        case listItem(depth: Int, ordered: Bool)
        case paragraph
        case tableRow([String])

        var headingLevel: Int? {
            guard case .heading(let level) = self else { return nil }
            return level
        }

        var isListItem: Bool {
            guard case .listItem = self else { return false }
            return true
        }

        var isTableRow: Bool {
            guard case .tableRow = self else { return false }
            return true
        }
    }

    var kind: Kind
    var text: String
    var page: Int

    /// What a reader of a word-processor file hands on: its paragraphs, the title its
    /// properties give, and how many pages the word processor last laid it out on.
    struct Document {
        var paragraphs: [DocumentParagraph]
        var title: String?
        var pageCount: Int
        /// What the file's own markup gave, for `outline` to say ("headings from styles: 3 levels").
        var headingLevels: Int { Set(paragraphs.compactMap(\.kind.headingLevel)).count }
        var listItems: Int { paragraphs.filter(\.kind.isListItem).count }
        var tableRows: Int { paragraphs.filter(\.kind.isTableRow).count }
    }

    /// The paragraphs as marked lines, each numbered by its paragraph so a warning can point to
    /// it. A title paragraph is the one level-1 heading, and the headings move down one level
    /// under it, as a web page's `<h1>` stands over its `<h2>` sections.
    static func lines(_ paragraphs: [DocumentParagraph]) -> [SourceLine] {
        var builder = HTMLBlockBuilder()
        let shift = paragraphs.contains { $0.kind == .title } ? 1 : 0
        var lists: [Bool] = []
        func closeLists(above depth: Int) {
            while lists.count > depth {
                builder.close(lists.removeLast() ? "ol" : "ul")
            }
        }
        for (index, paragraph) in paragraphs.enumerated() {
            let number = index + 1
            if case .listItem(let depth, let ordered) = paragraph.kind {
                closeLists(above: depth + 1)
                while lists.count < depth + 1 {
                    lists.append(ordered)
                    builder.open(ordered ? "ol" : "ul", line: number)
                }
                builder.open("li", line: number)
                builder.add(paragraph.text, line: number)
                builder.close("li")
                continue
            }
            closeLists(above: 0)
            switch paragraph.kind {
            case .title, .heading:
                let level = paragraph.kind.headingLevel.map { $0 + shift } ?? 1
                let element = "h\(min(max(level, 1), 6))"
                builder.open(element, line: number)
                builder.add(paragraph.text, line: number)
                builder.close(element)
            case .tableRow(let cells):
                builder.open("tr", line: number)
                for cell in cells {
                    builder.open("td", line: number)
                    builder.add(cell, line: number)
                    builder.close("td")
                }
                builder.close("tr")
            case .paragraph, .listItem:
                builder.open("p", line: number)
                builder.add(paragraph.text, line: number)
                builder.close("p")
            }
        }
        closeLists(above: 0)
        builder.flush()
        return builder.lines.map { line in
            var paged = line
            paged.page = paragraphs.indices.contains(line.number - 1) ? paragraphs[line.number - 1].page : 1
            return paged
        }
    }
}
