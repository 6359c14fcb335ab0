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
        guard let leadIn else { return text }
        return leadIn + " " + text
    }
}

/// Finds and ranks the key statements of a section by the words that carry obligations and
/// promises in Swedish policy prose.
public enum KeyStatementFinder {
    public static let maximumPerSheet = 6
    /// A list contributes at most this many items, so one long list does not crowd out the
    /// rest of the section.
    static let maximumFromOneList = 3
    static let minimumScore = 3

    /// Every candidate in the section's own text, in document order.
    public static func candidates(in section: ProgrammeSection) -> [KeyStatement] {
        var found: [KeyStatement] = []
        for (index, block) in section.blocks.enumerated() {
            switch block.kind {
            case .paragraph:
                // A sentence left open for a list ("Som medarbetare förväntas du att") is quoted
                // with each of its items, never alone as a broken sentence.
                let openedList = section.blocks.indices.contains(index + 1) ? section.blocks[index + 1].leadIn : nil
                for sentence in SentenceSplitter.sentences(in: block.text) {
                    let text = String(sentence)
                    guard text.last != ":", text != openedList, let score = score(text, leadIn: nil) else { continue }
                    found.append(KeyStatement(text: text, leadIn: nil, sectionID: section.id, line: block.line, score: score))
                }
            case .listItem:
                guard let score = score(block.text, leadIn: block.leadIn) else { continue }
                found.append(KeyStatement(text: block.text, leadIn: block.leadIn, sectionID: section.id, line: block.line, score: score))
            }
        }
        return found
    }

    /// The best statements for one sheet covering `sections` (a section and its subsections):
    /// the strongest first, taken in turn from each subsection so every part is heard, then
    /// shown in the order the programme has them.
    public static func select(from sections: [ProgrammeSection], limit: Int = maximumPerSheet) -> [KeyStatement] {
        // Sentences of one paragraph share its line, so each candidate keeps its place in the
        // text: a sheet must show them in the programme's order, not by strength.
        typealias Placed = (position: Int, statement: KeyStatement)
        var groups: [[Placed]] = []
        var groupIndexByID: [String: Int] = [:]
        var position = 0
        let root = sections.first?.id ?? ""
        for section in sections {
            let group = groupKey(for: section.id, under: root)
            let index = groupIndexByID[group] ?? {
                groups.append([])
                groupIndexByID[group] = groups.count - 1
                return groups.count - 1
            }()
            for statement in candidates(in: section) {
                groups[index].append((position, statement))
                position += 1
            }
        }
        var ranked = groups.map { $0.sorted { ($0.statement.score, -$0.position) > ($1.statement.score, -$1.position) } }
        ranked.sort { ($0.first?.statement.score ?? 0) > ($1.first?.statement.score ?? 0) }
        var chosen: [Placed] = []
        var perList: [String: Int] = [:]
        var progress = true
        while chosen.count < limit && progress {
            progress = false
            for index in ranked.indices where chosen.count < limit {
                while let next = ranked[index].first {
                    ranked[index].removeFirst()
                    let listKey = next.statement.leadIn.map { "\(next.statement.sectionID)|\($0)" }
                    if let listKey, perList[listKey, default: 0] >= maximumFromOneList { continue }
                    if let listKey { perList[listKey, default: 0] += 1 }
                    chosen.append(next)
                    progress = true
                    break
                }
            }
        }
        return chosen.sorted { $0.position < $1.position }.map(\.statement)
    }

    /// "2.1.2" under "2" groups with "2.1"; the root's own text is its own group.
    private static func groupKey(for id: String, under root: String) -> String {
        guard id != root, id.hasPrefix(root + ".") else { return id }
        let rest = id.dropFirst(root.count + 1)
        return root + "." + (rest.split(separator: ".").first.map(String.init) ?? "")
    }

    /// nil when the text is not a statement worth quoting.
    static func score(_ text: String, leadIn: String?) -> Int? {
        let whole = ((leadIn.map { $0 + " " } ?? "") + text).lowercased()
        if whole.hasSuffix("?") { return nil }
        let words = whole.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard words.count >= 3 else { return nil }
        let wordSet = Set(words)
        var score = 0
        score += 3 * strongCues.filter(wordSet.contains).count.clamped(to: 0...1)
        score += 3 * strongPhrases.filter(whole.contains).count.clamped(to: 0...1)
        score += 2 * mediumCues.filter(wordSet.contains).count.clamped(to: 0...1)
        score += 2 * mediumPhrases.filter(whole.contains).count.clamped(to: 0...1)
        score += actors.filter(wordSet.contains).count.clamped(to: 0...2)
        if words.count > 45 { score -= 2 }
        if words.count < 5 && leadIn == nil { score -= 1 }
        return score >= minimumScore ? score : nil
    }

    static let strongCues: Set<String> = ["ska", "skall", "förväntas", "förväntar", "ansvarar", "måste", "shall", "must"]
    static let strongPhrases = ["har rätt till", "har rätt att", "är skyldig", "tar ansvar", "ansvar för", "ser till att", "säkerställer"]
    static let mediumCues: Set<String> = ["bör", "vill", "innebär", "strävar", "verkar", "erbjuder", "erbjuds", "får", "should", "will"]
    static let mediumPhrases = ["arbetar för", "arbetar aktivt", "är viktigt", "är en förutsättning", "ger förutsättningar"]
    static let actors: Set<String> = [
        "vi", "du", "chef", "chefen", "chefer", "cheferna", "chefens", "medarbetare", "medarbetaren", "medarbetarna",
        "alla", "varje", "arbetsgivaren", "arbetsgivare", "kommunen", "regionen", "ledare", "we", "you", "managers", "employees",
    ]
}

extension Int {
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
