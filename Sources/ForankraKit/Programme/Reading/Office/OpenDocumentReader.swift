/// Reads an OpenDocument text's `content.xml` into paragraphs: `text:h` with its outline level,
/// lists with their depth and numbering, tables row by row. Notes, comments, tracked deletions
/// and the table of contents are left out; headers and footers live in `styles.xml`.
struct OpenDocumentReader {
    private static let skipped: Set<String> = [
        "text:note", "office:annotation", "text:tracked-changes", "text:table-of-content", "text:alphabetical-index",
        "draw:frame", "svg:desc", "svg:title",
    ]

    /// Styles named in content.xml: automatic styles point to the style they are made from,
    /// and list styles say per level whether they are numbered.
    private struct Styles {
        var parent: [String: String] = [:]
        var numberedLevels: [String: Set<Int>] = [:]

        mutating func read(_ event: XMLScanner.Event, listStyle: inout String?) {
            switch event {
            case .start("style:style", let attributes, _):
                if let name = attributes["style:name"], let base = attributes["style:parent-style-name"] { parent[name] = base }
            case .start("text:list-style", let attributes, _):
                listStyle = attributes["style:name"]
            case .start("text:list-level-style-number", let attributes, _):
                if let listStyle, let level = attributes["text:level"].flatMap({ Int($0) }) { numberedLevels[listStyle, default: []].insert(level) }
            default:
                break
            }
        }

        func isTitle(_ name: String) -> Bool {
            var name = name
            for _ in 0..<10 {
                if name == "Title" || name == "Rubrik" { return true }
                guard let next = parent[name] else { return false }
                name = next
            }
            return false
        }
    }

    /// The paragraphs of `content.xml`; `stylesXML` gives the named styles its automatic styles
    /// and lists build on.
    func paragraphs(_ xml: [UInt8], styles stylesXML: [UInt8]?) throws(XMLScanner.Failure) -> (paragraphs: [DocumentParagraph], pageCount: Int) {
        var styles = Styles()
        if let stylesXML {
            var scanner = XMLScanner(stylesXML)
            var listStyle: String?
            while let event = try scanner.next() { styles.read(event, listStyle: &listStyle) }
        }
        var scanner = XMLScanner(xml)
        var listStyle: String?
        var paragraphs: [DocumentParagraph] = []
        var text: String?
        var kind = DocumentParagraph.Kind.paragraph
        var skipDepth = 0
        var lists: [String?] = []
        var page = 1
        var table = DocumentTable()
        while let event = try scanner.next() {
            switch event {
            case .start(let name, _, let isEmpty) where Self.skipped.contains(name):
                if !isEmpty { skipDepth += 1 }
            case .end(let name) where Self.skipped.contains(name):
                skipDepth = max(0, skipDepth - 1)
            case .start("style:style", _, _), .start("text:list-style", _, _), .start("text:list-level-style-number", _, _):
                styles.read(event, listStyle: &listStyle)
            case .start("text:list", let attributes, _): lists.append(attributes["text:style-name"] ?? lists.last ?? nil)
            case .end("text:list"): if !lists.isEmpty { lists.removeLast() }
            case .start("text:h", let attributes, let isEmpty) where skipDepth == 0:
                kind = .heading(attributes["text:outline-level"].flatMap { Int($0) } ?? 1)
                text = isEmpty ? nil : ""
            case .start("text:p", let attributes, let isEmpty) where skipDepth == 0:
                guard text == nil else { continue }
                if !lists.isEmpty {
                    let style = lists.compactMap { $0 }.first ?? ""
                    kind = .listItem(depth: lists.count - 1, ordered: styles.numberedLevels[style]?.contains(lists.count) ?? false)
                } else {
                    kind = styles.isTitle(attributes["text:style-name"] ?? "") ? .title : .paragraph
                }
                text = isEmpty ? nil : ""
            case .text(let piece) where skipDepth == 0: text? += piece
            case .start("text:s", let attributes, _) where skipDepth == 0:
                text? += String(repeating: " ", count: attributes["text:c"].flatMap { Int($0) } ?? 1)
            case .start("text:tab", _, _) where skipDepth == 0, .start("text:line-break", _, _) where skipDepth == 0: text? += " "
            case .start("text:soft-page-break", _, _): page += 1
            case .end("text:h"), .end("text:p"):
                guard let finished = text, skipDepth == 0 else { continue }
                text = nil
                let collapsed = finished.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard !collapsed.isEmpty else { continue }
                if table.isOpen {
                    table.add(paragraph: collapsed)
                } else {
                    paragraphs.append(DocumentParagraph(kind: kind, text: collapsed, page: page))
                }
            case .start("table:table", _, _): table.open()
            case .end("table:table"): table.close()
            case .start("table:table-row", _, _): table.startRow()
            case .start("table:table-cell", _, let isEmpty):
                table.startCell()
                if isEmpty { table.endCell() }
            case .end("table:table-cell"): table.endCell()
            case .end("table:table-row"): if let row = table.endRow(page: page) { paragraphs.append(row) }
            default:
                break
            }
        }
        return (paragraphs, page)
    }
}
