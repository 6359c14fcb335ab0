/// A heading as a reader found it, with the text under it, before levels and ids are settled.
struct RawSection {
    var number: String?
    var title: String
    var line: Int
    /// Markdown says the level outright; plain text leaves it to the numbering.
    var markdownLevel: Int?
    var isAllCaps = false
    /// A subheading directly under the heading before it: one level below that heading.
    var underPrevious = false
    /// A heading that opens each item of the list under it ("Som chef ska du dessutom").
    var leadIn: String?
    /// The text before the first heading, under the document's title.
    var isIntroduction = false
    var blocks: [TextBlock] = []
}

/// Settles each section's level, parent and id. The id is the text's own number where it has
/// one, so "2.1" in forankra means 2.1 in the adopted document; unnumbered sections take their
/// position under their parent, which keeps repeated headings such as "För chefer innebär det"
/// apart ("2.1.2", "2.2.2").
enum SectionTree {
    static func build(_ raw: [RawSection]) -> [ProgrammeSection] {
        let levels = levels(of: raw)
        var sections: [ProgrammeSection] = []
        var usedIDs = Set<String>()
        var childCount: [String: Int] = [:]
        let rootKey = "\u{0}root"
        for (index, heading) in raw.enumerated() {
            let level = levels[index]
            let parent = sections.last(where: { $0.level < level })
            let parentKey = parent?.id ?? rootKey
            childCount[parentKey, default: 0] += 1
            var id: String
            if let number = heading.number {
                id = number
            } else if heading.isIntroduction && raw.contains(where: { $0.number == "1" }) {
                // Before "1 Inledning" the introduction is 0, so the text's own numbers stay its ids.
                id = "0"
            } else if let parent {
                id = "\(parent.id).\(childCount[parentKey, default: 1])"
            } else {
                id = "\(childCount[parentKey, default: 1])"
            }
            id = unique(id, in: usedIDs)
            usedIDs.insert(id)
            sections.append(ProgrammeSection(
                id: id, hasOwnNumber: heading.number != nil, level: level, parentID: parent?.id,
                title: heading.title, line: heading.line, blocks: attachLeadIns(heading.blocks, opening: heading.leadIn)))
        }
        return sections
    }

    /// Numbered headings take their depth from the number; unnumbered ones sit one level below
    /// the last numbered heading, or at the top when the text has no numbers (ALL-CAPS lines
    /// then rank above other unnumbered headings).
    private static func levels(of raw: [RawSection]) -> [Int] {
        if raw.contains(where: { $0.markdownLevel != nil }) {
            let top = raw.compactMap(\.markdownLevel).min() ?? 1
            return raw.map { ($0.markdownLevel ?? top) - top + 1 }
        }
        let hasCaps = raw.contains(where: \.isAllCaps)
        var lastNumberedLevel: Int?
        var levels: [Int] = []
        for heading in raw {
            if let number = heading.number {
                let level = number.split(separator: ".").count
                lastNumberedLevel = level
                levels.append(level)
            } else if heading.isIntroduction {
                levels.append(1)
            } else if heading.underPrevious, let previous = levels.last {
                levels.append(previous + 1)
            } else if let lastNumberedLevel {
                levels.append(lastNumberedLevel + 1)
            } else {
                levels.append(heading.isAllCaps || !hasCaps ? 1 : 2)
            }
        }
        return levels
    }

    private static func unique(_ id: String, in used: Set<String>) -> String {
        guard used.contains(id) else { return id }
        var counter = 2
        while used.contains("\(id)-\(counter)") { counter += 1 }
        return "\(id)-\(counter)"
    }

    /// A list that finishes the sentence before it ("Vi skapar tillit genom" • dialog.) carries
    /// that opening on each item, so every item can be quoted as the whole statement.
    static func attachLeadIns(_ blocks: [TextBlock], opening: String? = nil) -> [TextBlock] {
        var result = blocks
        // A heading that opens its items ("Som chef ska du dessutom") leads the list it heads.
        var leadIn = opening
        for index in result.indices {
            switch result[index].kind {
            case .paragraph:
                leadIn = openLeadIn(of: result[index].text)
                // A sentence that merely lacks its full stop does not open a list of whole
                // sentences ("… i mötet med invånarna" • Vi är här för invånarna.): only a colon,
                // a dash, a word that needs more, or items that go on in lower case make a lead-in.
                if let open = leadIn, let final = open.last, final.isLetter, !LineShapes.endsInFunctionWord(open),
                   let item = result.dropFirst(index + 1).first, item.kind == .listItem, !LineShapes.startsLowercase(item.text) {
                    leadIn = nil
                }
            case .listItem:
                if result[index].leadIn == nil { result[index].leadIn = leadIn }
            }
        }
        return result
    }

    /// The last sentence of a paragraph when it is left open for a list: it ends in a colon, a
    /// dash or a word.
    static func openLeadIn(of paragraph: String) -> String? {
        // Most paragraphs end in a full stop after a plain letter, which leaves nothing open:
        // answered without cutting every paragraph of the programme into sentences.
        let scalars = paragraph.unicodeScalars
        if let final = scalars.last, final == "." || final == "!" || final == "?",
           scalars.dropLast().last.map(\.isASCII) ?? true {
            return nil
        }
        guard let last = SentenceSplitter.sentences(in: paragraph).last, let final = last.last else { return nil }
        if final == ":" || final == "–" || final == "-" || final.isLetter || final == "," {
            return String(last)
        }
        return nil
    }
}
