/// A sentence or list item that says what the organisation, its managers or its staff shall
/// do or can expect. Always the programme's own words.
public struct KeyStatement: Sendable, Equatable {
    /// The sentence or list item, word for word.
    public var text: String
    /// The opening a list item finishes ("Vi skapar tillit genom"), word for word.
    public var leadIn: String?
    public var sectionID: String
    public var line: Int
    public var score: Int

    /// What a sheet quotes: the lead-in and the item together read as the sentence the
    /// programme wrote, with nothing added but the space between them.
    public var quote: String {
        guard let leadIn else { return shownText }
        return leadIn + " " + text
    }

    /// The words a sheet shows: the sentence, or what it says without the opening that only
    /// names the document ("I denna policy beskrivs hur vi …" → "… hur vi …").
    public var shownText: String {
        DocumentReference.withoutOpening(text) ?? text
    }
}

/// Finds and ranks the key statements of a section by the words that carry obligations and
/// promises in Swedish policy prose.
public enum KeyStatementFinder {
    public static let maximumPerSheet = 6
    /// A list is shown whole up to this many items; of a longer one, the strongest this many.
    static let maximumListItems = 8
    static let minimumScore = 3
    /// Fewer quotes than this and the sheet also quotes the section's opening sentences.
    static let minimumPerSheet = 3

    /// Every candidate in the section's own text, in document order.
    public static func candidates(in section: ProgrammeSection) -> [KeyStatement] {
        var found: [KeyStatement] = []
        let firstParagraph = section.blocks.firstIndex { $0.kind == .paragraph }
        for (index, block) in section.blocks.enumerated() {
            switch block.kind {
            case .paragraph:
                // A sentence left open for a list ("Som medarbetare förväntas du att") is quoted
                // with each of its items, never alone as a broken sentence.
                let openedList = section.blocks.indices.contains(index + 1) ? section.blocks[index + 1].leadIn : nil
                for sentence in SentenceSplitter.sentences(in: block.text) {
                    let text = String(sentence)
                    guard text.last != ":", text != openedList, var score = score(text, leadIn: nil) else { continue }
                    // Programmes state their point first; the opening paragraph carries it.
                    if index == firstParagraph { score += 1 }
                    found.append(KeyStatement(text: text, leadIn: nil, sectionID: section.id, line: block.line, score: score))
                }
            case .listItem:
                guard let score = score(block.text, leadIn: block.leadIn) else { continue }
                found.append(KeyStatement(text: block.text, leadIn: block.leadIn, sectionID: section.id, line: block.line, score: score))
            }
        }
        return found
    }

    /// The opening sentences of a section, for a sheet whose section states few obligations
    /// (a follow-up section, a preamble): they still tell the reader what the section is about.
    static func openingSentences(of section: ProgrammeSection, count: Int) -> [KeyStatement] {
        guard let paragraph = section.blocks.first(where: { $0.kind == .paragraph }) else { return [] }
        return SentenceSplitter.sentences(in: paragraph.text).prefix(count).filter { $0.last != ":" }.map {
            KeyStatement(text: String($0), leadIn: nil, sectionID: section.id, line: paragraph.line, score: 0)
        }
    }

    /// The best statements for one sheet covering `sections` (a section and its subsections);
    /// see `selection(from:limit:)`.
    public static func select(from sections: [ProgrammeSection], limit: Int = maximumPerSheet) -> [KeyStatement] {
        selection(from: sections, limit: limit).statements
    }

    /// What one sheet quotes: at most `limit` quotes, the strongest first, taken in turn from
    /// each subsection so every part is heard, then shown in the order the programme has them.
    /// A list under its lead-in ("Samtliga anställda ska:") is one quote with its items, so an
    /// obligation list is shown whole (up to `maximumListItems` items, the strongest of a longer
    /// one); `notShown` counts the quotes the section has beyond those, for the sheet to say so.
    /// `candidates`: each section's candidates, when they are already worked out.
    public static func selection(from sections: [ProgrammeSection], limit: Int = maximumPerSheet,
                                 candidates: (ProgrammeSection) -> [KeyStatement] = candidates(in:)) -> Selection {
        var groups: [[QuoteUnit]] = []
        var groupIndexByID: [String: Int] = [:]
        let root = sections.first?.id ?? ""
        let order = documentOrder(of: sections)
        func position(_ statement: KeyStatement) -> Int { order[orderKey(statement)] ?? Int.max }
        for section in sections {
            let group = groupKey(for: section.id, under: root)
            let index = groupIndexByID[group] ?? {
                groups.append([])
                groupIndexByID[group] = groups.count - 1
                return groups.count - 1
            }()
            groups[index] += QuoteUnit.units(of: candidates(section))
        }
        var ranked = groups.map { $0.sorted { ($0.score, -position($0.first)) > ($1.score, -position($1.first)) } }
        ranked.sort { ($0.first?.score ?? 0) > ($1.first?.score ?? 0) }
        let total = ranked.reduce(0) { $0 + $1.count }
        var chosen: [QuoteUnit] = []
        var progress = true
        while chosen.count < limit && progress {
            progress = false
            for index in ranked.indices where chosen.count < limit && !ranked[index].isEmpty {
                chosen.append(ranked[index].removeFirst())
                progress = true
            }
        }
        var statements = chosen.flatMap { $0.shown(limit: maximumListItems, position: position) }
        if statements.count < minimumPerSheet, let first = sections.first {
            for opening in openingSentences(of: first, count: minimumPerSheet) where statements.count < minimumPerSheet {
                if !statements.contains(where: { $0.text == opening.text }) { statements.append(opening) }
            }
        }
        return Selection(statements: statements.sorted { position($0) < position($1) }, notShown: total - chosen.count)
    }

    public struct Selection: Sendable {
        public var statements: [KeyStatement]
        /// Quotable statements (or lists) of the section that the sheet has no room for.
        public var notShown: Int
    }

    /// Every sentence and list item of the sections, numbered in reading order. Sentences of
    /// one paragraph share its line, so line numbers alone cannot keep a sheet in the
    /// programme's order.
    public static func documentOrder(of sections: [ProgrammeSection]) -> [String: Int] {
        var order: [String: Int] = [:]
        for section in sections {
            for block in section.blocks {
                let texts = block.kind == .listItem ? [block.text] : SentenceSplitter.sentences(in: block.text).map(String.init)
                for text in texts where order[section.id + "|" + text] == nil {
                    order[section.id + "|" + text] = order.count
                }
            }
        }
        return order
    }

    public static func orderKey(_ statement: KeyStatement) -> String {
        statement.sectionID + "|" + statement.text
    }

    /// "2.1.2" under "2" groups with "2.1"; the root's own text is its own group.
    private static func groupKey(for id: String, under root: String) -> String {
        guard id != root, id.hasPrefix(root + ".") else { return id }
        let rest = id.dropFirst(root.count + 1)
        return root + "." + (rest.split(separator: ".").first.map(String.init) ?? "")
    }
}

extension Int {
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
