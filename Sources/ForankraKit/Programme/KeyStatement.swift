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

    /// The best statements for one sheet covering `sections` (a section and its subsections):
    /// the strongest first, taken in turn from each subsection so every part is heard, then
    /// shown in the order the programme has them.
    public static func select(from sections: [ProgrammeSection], limit: Int = maximumPerSheet) -> [KeyStatement] {
        var groups: [[KeyStatement]] = []
        var groupIndexByID: [String: Int] = [:]
        let root = sections.first?.id ?? ""
        for section in sections {
            let group = groupKey(for: section.id, under: root)
            let index = groupIndexByID[group] ?? {
                groups.append([])
                groupIndexByID[group] = groups.count - 1
                return groups.count - 1
            }()
            groups[index] += candidates(in: section)
        }
        let order = documentOrder(of: sections)
        func position(_ statement: KeyStatement) -> Int { order[orderKey(statement)] ?? Int.max }
        var ranked = groups.map { $0.sorted { ($0.score, -position($0)) > ($1.score, -position($1)) } }
        ranked.sort { ($0.first?.score ?? 0) > ($1.first?.score ?? 0) }
        var chosen: [KeyStatement] = []
        var perList: [String: Int] = [:]
        var progress = true
        while chosen.count < limit && progress {
            progress = false
            for index in ranked.indices where chosen.count < limit {
                while let next = ranked[index].first {
                    ranked[index].removeFirst()
                    let listKey = next.leadIn.map { "\(next.sectionID)|\($0)" }
                    if let listKey, perList[listKey, default: 0] >= maximumFromOneList { continue }
                    if let listKey { perList[listKey, default: 0] += 1 }
                    chosen.append(next)
                    progress = true
                    break
                }
            }
        }
        if chosen.count < minimumPerSheet, let first = sections.first {
            for opening in openingSentences(of: first, count: minimumPerSheet) where chosen.count < minimumPerSheet {
                if !chosen.contains(where: { $0.text == opening.text }) { chosen.append(opening) }
            }
        }
        return chosen.sorted { position($0) < position($1) }
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

    /// nil when the text is not a statement worth quoting.
    static func score(_ text: String, leadIn: String?) -> Int? {
        let whole = WordIndex.composed(((leadIn.map { $0 + " " } ?? "") + text).lowercased())
        if whole.hasSuffix("?") { return nil }
        let bytes = Array(whole.utf8)
        let containsPhrase = { (phrase: String) in ByteSearch.contains(bytes, Array(phrase.utf8)) }
        let words = whole.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        guard words.count >= 3 else { return nil }
        let wordSet = Set(words)
        var score = 0
        score += 3 * strongCues.filter(wordSet.contains).count.clamped(to: 0...1)
        score += 3 * strongPhrases.filter(containsPhrase).count.clamped(to: 0...1)
        score += 2 * mediumCues.filter(wordSet.contains).count.clamped(to: 0...1)
        score += 2 * mediumPhrases.filter(containsPhrase).count.clamped(to: 0...1)
        score += actors.filter(wordSet.contains).count.clamped(to: 0...2)
        if words.count > 45 { score -= 2 }
        if containsPhrase("ska vara") { score += 1 }
        // "Det innebär att …", "Dessutom …": the sentence leans on the one before and reads
        // wrongly alone on a sheet.
        if leadIn == nil, leansOnPreviousSentence(text) { return nil }
        if words.count < 5 && leadIn == nil { score -= 1 }
        return score >= minimumScore ? score : nil
    }

    static func leansOnPreviousSentence(_ text: String) -> Bool {
        let opening = text.split(separator: " ").prefix(3).map { $0.lowercased() }
        guard let first = opening.first else { return false }
        if ["detta", "dessa", "denna", "därför", "dessutom", "också", "därutöver", "även"].contains(first) { return true }
        if first == "det" || first == "de" || first == "den" {
            let next = opening.dropFirst().first ?? ""
            return ["innebär", "betyder", "gäller"].contains(next) || opening.dropFirst().contains("också")
        }
        return false
    }

    static let strongCues: Set<String> = ["ska", "skall", "förväntas", "förväntar", "ansvarar", "måste", "shall", "must"]
    static let strongPhrases = [
        "har rätt till", "har rätt att", "är skyldig", "tar ansvar", "ansvar för", "ser till att", "säkerställer",
        "accepterar vi inte", "accepteras inte", "tolereras inte", "är norm",
    ]
    static let mediumCues: Set<String> = ["bör", "vill", "innebär", "strävar", "verkar", "erbjuder", "erbjuds", "får", "should", "will"]
    static let mediumPhrases = ["arbetar för", "arbetar aktivt", "är viktigt", "är en förutsättning", "ger förutsättningar"]
    static let actors: Set<String> = [
        "vi", "du", "chef", "chefen", "chefer", "cheferna", "chefens", "medarbetare", "medarbetaren", "medarbetarna",
        "alla", "varje", "arbetsgivaren", "arbetsgivare", "kommunen", "kommun", "regionen", "region", "ledare", "we", "you", "managers", "employees",
    ]
}

extension Int {
    func clamped(to range: ClosedRange<Int>) -> Int { Swift.min(Swift.max(self, range.lowerBound), range.upperBound) }
}
