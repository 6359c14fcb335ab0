/// Reads a programme written in markdown: headings say the structure outright, so the work is
/// taking the title and cover block apart from the sections and turning markup into the plain
/// words that sheets quote.
enum MarkdownProgrammeReader {
    static func read(_ text: String) -> PlainTextReader.Result {
        let blocks = MarkdownDocument.parse(text).blocks
        // Only a cover block before the first section needs the source lines.
        var sourceLinesCut: [Substring]?
        func sourceLines() -> [Substring] {
            if let sourceLinesCut { return sourceLinesCut }
            let lines = LineScanner.lines(of: text)
            sourceLinesCut = lines
            return lines
        }
        let headingLevels = blocks.compactMap { block -> Int? in
            if case .heading(let level, _) = block.kind { return level }
            return nil
        }
        let topLevel = headingLevels.min() ?? 1
        // A single top-level heading at the start is the document's title, not a section.
        let titleIsFirstHeading = headingLevels.filter { $0 == topLevel }.count == 1 && headingLevels.first == topLevel && headingLevels.count > 1

        var title: String?
        var preamble: [TextBlock] = []
        var metadata: [MetadataEntry] = []
        var sections: [RawSection] = []
        for block in blocks {
            if case .heading(let level, let raw) = block.kind {
                let words = MarkdownInline.plainText(raw).trimmedOfHorizontalSpace
                if titleIsFirstHeading && title == nil && level == topLevel {
                    title = words
                    continue
                }
                let (number, heading) = splitNumber(words)
                sections.append(RawSection(number: number, title: heading, line: block.line, markdownLevel: level))
                continue
            }
            let textBlocks = textBlocks(of: block)
            if sections.isEmpty {
                let cover = coverEntries(of: block, sourceLines: sourceLines())
                if !cover.isEmpty {
                    metadata += cover
                } else {
                    preamble += textBlocks
                }
            } else {
                sections[sections.count - 1].blocks += textBlocks
            }
        }
        return PlainTextReader.Result(
            title: title, metadata: metadata, preamble: preamble, sections: sections, pageCount: 1,
            firstPreambleLine: preamble.first?.line)
    }

    /// "2.1 Tillit" → ("2.1", "Tillit"); "Tillit" → (nil, "Tillit").
    static func splitNumber(_ heading: String) -> (String?, String) {
        if let numbered = LineShapes.numberedHeading(heading) { return (numbered.number, numbered.title) }
        let number = heading.prefix(while: { $0.isASCIIDigit || $0 == "." })
        let rest = heading.dropFirst(number.count)
        let parts = number.split(separator: ".")
        guard !parts.isEmpty, rest.first == " ", parts.allSatisfy({ $0.count <= 2 }) else { return (nil, heading) }
        return (parts.joined(separator: "."), rest.trimmedOfHorizontalSpace)
    }

    private static func textBlocks(of block: MarkdownBlock) -> [TextBlock] {
        switch block.kind {
        case .paragraph(let text):
            return [TextBlock(kind: .paragraph, text: plain(text), line: block.line)]
        case .list(_, let items):
            return items.map { TextBlock(kind: .listItem, text: plain($0.text), line: $0.line) }
        case .blockquote(let inner):
            return inner.flatMap(textBlocks)
        case .table(_, let rows):
            return rows.enumerated().map { offset, cells in
                TextBlock(kind: .paragraph, text: cells.map(plain).filter { !$0.isEmpty }.joined(separator: " – "), line: block.line + 2 + offset)
            }
        case .heading, .thematicBreak, .writeInLine, .comment, .html, .code:
            return []
        }
    }

    private static func plain(_ raw: String) -> String {
        MarkdownInline.plainText(raw).lineBreaksAsSpaces.trimmedOfHorizontalSpace
    }

    /// The cover block: a paragraph or list before the first section whose every line is a
    /// cover entry ("Dnr KS 2025/0412").
    private static func coverEntries(of block: MarkdownBlock, sourceLines: [Substring]) -> [MetadataEntry] {
        var candidates: [(text: String, line: Int)] = []
        switch block.kind {
        case .list(_, let items):
            candidates = items.map { (plain($0.text), $0.line) }
        case .paragraph:
            var number = block.line
            while number - 1 < sourceLines.count, !sourceLines[number - 1].allSatisfy(\.isWhitespace) {
                candidates.append((plain(String(sourceLines[number - 1])), number))
                number += 1
            }
        default:
            return []
        }
        let entries = candidates.compactMap { candidate in
            CoverBlock.entry(from: candidate.text).map { MetadataEntry(key: $0.key, value: $0.value, line: candidate.line) }
        }
        return entries.count == candidates.count ? entries : []
    }
}
