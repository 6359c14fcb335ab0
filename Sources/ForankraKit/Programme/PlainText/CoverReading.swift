/// Sorts the lines before the first heading into the title, the cover's metadata, and any
/// other text (kept, and warned about, so nothing the programme says is dropped unseen).
enum CoverReading {
    struct Result {
        var title: String?
        var metadata: [MetadataEntry]
        var remaining: [TextBlock]
    }

    static func read(_ lines: [SourceLine]) -> Result {
        var metadata: [MetadataEntry] = []
        var other: [SourceLine] = []
        for line in lines {
            if let entry = CoverBlock.entry(from: line.trimmed) {
                metadata.append(MetadataEntry(key: entry.key, value: entry.value, line: line.number))
            } else {
                other.append(line)
            }
        }
        var titleParts: [String] = []
        var consumed = 0
        for line in other.prefix(3) {
            let text = line.trimmed
            let continues = titleParts.isEmpty || LineShapes.startsLowercase(text) || text.count < 40
            guard continues, text.count <= 90, !LineShapes.endsSentence(text) else { break }
            titleParts.append(text)
            consumed += 1
        }
        // A title stands apart: when the next line runs straight on from it in lower case, the
        // lines were the opening of a hard-wrapped paragraph, and taking them would lose words.
        if consumed > 0, consumed < other.count,
           other[consumed].number == other[consumed - 1].number + 1, LineShapes.startsLowercase(other[consumed].trimmed) {
            titleParts = []
            consumed = 0
        }
        return Result(
            title: titleParts.isEmpty ? nil : titleParts.joined(separator: " "),
            metadata: metadata,
            remaining: paragraphs(of: Array(other.dropFirst(consumed))))
    }

    /// Lines on consecutive source lines form one paragraph.
    private static func paragraphs(of lines: [SourceLine]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var previousNumber = -1
        for line in lines {
            if line.number == previousNumber + 1, var last = blocks.last {
                last.text = LineShapes.joinWrapped(last.text, line.trimmed)
                blocks[blocks.count - 1] = last
            } else {
                blocks.append(TextBlock(kind: .paragraph, text: line.trimmed, line: line.number))
            }
            previousNumber = line.number
        }
        return blocks
    }
}
