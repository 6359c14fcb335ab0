/// Reads `word/document.xml` into paragraphs: heading levels from paragraph styles and outline
/// levels, lists with their levels, tables row by row. Tracked changes read as accepted
/// (deleted and moved-away text left out), field codes and the table of contents are left
/// out; headers, footers, footnotes and comments live in other parts and are never read.
struct WordDocumentReader {
    let styles: WordStyles

    /// Elements whose text is not part of the document as it now reads.
    private static let skipped: Set<String> = ["w:del", "w:moveFrom", "w:instrText", "w:delText", "w:delInstrText", "w:fldData"]

    private struct OpenParagraph {
        var text = ""
        var style: String?
        var outlineLevel: Int?
        var listID: String?
        var listLevel: Int?
    }

    func paragraphs(_ xml: [UInt8]) throws(XMLScanner.Failure) -> (paragraphs: [DocumentParagraph], pageCount: Int) {
        var scanner = XMLScanner(xml)
        var paragraphs: [DocumentParagraph] = []
        var paragraph: OpenParagraph?
        var skipDepth = 0
        var inText = false
        var inProperties = false
        var page = 1
        var table = DocumentTable()
        while let event = try scanner.next() {
            switch event {
            case .start(let name, _, let isEmpty) where Self.skipped.contains(name):
                if !isEmpty { skipDepth += 1 }
            case .end(let name) where Self.skipped.contains(name):
                skipDepth = max(0, skipDepth - 1)
            case .start("w:p", _, let isEmpty):
                paragraph = isEmpty ? nil : OpenParagraph()
            case .start("w:pPr", _, let isEmpty): inProperties = !isEmpty
            case .end("w:pPr"): inProperties = false
            case .start("w:pStyle", let attributes, _) where inProperties: paragraph?.style = attributes["w:val"]
            case .start("w:outlineLvl", let attributes, _) where inProperties: paragraph?.outlineLevel = attributes["w:val"].flatMap { Int($0) }
            case .start("w:numId", let attributes, _) where inProperties: paragraph?.listID = attributes["w:val"]
            case .start("w:ilvl", let attributes, _) where inProperties: paragraph?.listLevel = attributes["w:val"].flatMap { Int($0) }
            case .start("w:t", _, let isEmpty): inText = !isEmpty
            case .end("w:t"): inText = false
            case .text(let text) where inText && skipDepth == 0: paragraph?.text += text
            case .start("w:tab", _, _) where !inProperties, .start("w:cr", _, _):
                if skipDepth == 0 { paragraph?.text += " " }
            case .start("w:noBreakHyphen", _, _): if skipDepth == 0 { paragraph?.text += "-" }
            case .start("w:br", let attributes, _):
                if attributes["w:type"] == "page" { page += 1 } else if skipDepth == 0 { paragraph?.text += " " }
            case .start("w:lastRenderedPageBreak", _, _):
                // Where Word last broke the page when it laid the document out.
                page += 1
            case .end("w:p"):
                guard let finished = paragraph else { continue }
                paragraph = nil
                let text = finished.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                guard !text.isEmpty else { continue }
                if table.isOpen {
                    table.add(paragraph: text)
                    continue
                }
                if let kind = kind(of: finished) { paragraphs.append(DocumentParagraph(kind: kind, text: text, page: page)) }
            case .start("w:tbl", _, _): table.open()
            case .end("w:tbl"): table.close()
            case .start("w:tr", _, _): table.startRow()
            case .start("w:tc", _, _): table.startCell()
            case .end("w:tc"): table.endCell()
            case .end("w:tr"): if let row = table.endRow(page: page) { paragraphs.append(row) }
            default:
                break
            }
        }
        return (paragraphs, page)
    }

    /// What a paragraph is by its own properties first, then by its style; nil for a line of
    /// the table of contents.
    private func kind(of paragraph: OpenParagraph) -> DocumentParagraph.Kind? {
        let style = paragraph.style ?? ""
        if styles.isTableOfContents(style: style) { return nil }
        if styles.isTitle(style: style) { return .title }
        if let level = paragraph.outlineLevel, level < 9 { return .heading(level + 1) }
        if let level = styles.headingLevel(ofStyle: style) { return .heading(level) }
        let list = paragraph.listID.map { ($0, paragraph.listLevel ?? 0) } ?? styles.list(ofStyle: style)
        if let (listID, level) = list, styles.isList(numID: listID) {
            return .listItem(depth: min(level, 8), ordered: styles.isOrdered(numID: listID, level: level))
        }
        return .paragraph
    }
}
