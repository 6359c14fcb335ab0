/// Pairs the sections of two versions of a programme: first by the whole path of titles
/// ("Vision och värdegrund › Tillit › För chefer innebär det"), then by a title found once on
/// each side (a section moved to another chapter), then by words (a section renamed).
struct SectionMatcher {
    let old: Programme
    let new: Programme

    /// Two sections renamed and reworded are still one section when this share of their words
    /// is common to both (Dice's coefficient over the words with their counts).
    static let sameSectionShare = 0.5

    func pairs() -> [(old: Int, new: Int)] {
        var pairs: [(old: Int, new: Int)] = []
        var unmatchedOld = Set(old.sections.indices), unmatchedNew = Set(new.sections.indices)
        func match(by key: (Programme, Int) -> String) {
            let oldByKey = Dictionary(grouping: unmatchedOld.sorted()) { key(old, $0) }
            let newByKey = Dictionary(grouping: unmatchedNew.sorted()) { key(new, $0) }
            for (key, oldIndexes) in oldByKey {
                // The same key the same number of times on both sides pairs in order; a key that
                // is ambiguous is left for the next, finer rule.
                guard let newIndexes = newByKey[key], newIndexes.count == oldIndexes.count else { continue }
                for (oldIndex, newIndex) in zip(oldIndexes, newIndexes) {
                    pairs.append((oldIndex, newIndex))
                    unmatchedOld.remove(oldIndex)
                    unmatchedNew.remove(newIndex)
                }
            }
        }
        match(by: Self.titlePath)
        match { programme, index in SectionText.normalized(programme.sections[index].title) }
        pairs += matchByWords(old: unmatchedOld.sorted(), new: unmatchedNew.sorted())
        return pairs.sorted { $0.new < $1.new }
    }

    private func matchByWords(old oldIndexes: [Int], new newIndexes: [Int]) -> [(old: Int, new: Int)] {
        guard !oldIndexes.isEmpty, !newIndexes.isEmpty else { return [] }
        let oldWords = oldIndexes.map { SectionText.wordCounts(of: old.sections[$0]) }
        let newWords = newIndexes.map { SectionText.wordCounts(of: new.sections[$0]) }
        var candidates: [(share: Double, old: Int, new: Int)] = []
        for (i, a) in oldWords.enumerated() {
            for (j, b) in newWords.enumerated() {
                let share = SectionText.sharedShare(a, b)
                if share >= Self.sameSectionShare { candidates.append((share, i, j)) }
            }
        }
        // Best pairs first; ties by document order so the result does not depend on hashing.
        candidates.sort { ($0.share, -$0.old, -$0.new) > ($1.share, -$1.old, -$1.new) }
        var usedOld: Set<Int> = [], usedNew: Set<Int> = []
        var pairs: [(old: Int, new: Int)] = []
        for candidate in candidates where !usedOld.contains(candidate.old) && !usedNew.contains(candidate.new) {
            usedOld.insert(candidate.old)
            usedNew.insert(candidate.new)
            pairs.append((oldIndexes[candidate.old], newIndexes[candidate.new]))
        }
        return pairs
    }

    private static func titlePath(_ programme: Programme, _ index: Int) -> String {
        var titles = [SectionText.normalized(programme.sections[index].title)]
        var parentID = programme.sections[index].parentID
        while let id = parentID, let parent = programme.section(id: id) {
            titles.append(SectionText.normalized(parent.title))
            parentID = parent.parentID
        }
        return titles.reversed().joined(separator: " › ")
    }
}

/// A section's text as the comparison sees it: sentences with their spacing evened out, and
/// words with their counts.
enum SectionText {
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }

    static func sentences(of section: ProgrammeSection) -> [String] {
        blocks(of: section).flatMap(\.sentences)
    }

    /// A paragraph or list item as its sentences; equal when the sentences are.
    struct Block: Equatable {
        var sentences: [String]
        var isListItem: Bool

        static func == (lhs: Block, rhs: Block) -> Bool { lhs.sentences == rhs.sentences }
    }

    static func blocks(of section: ProgrammeSection) -> [Block] {
        section.blocks.map { block in
            Block(sentences: SentenceSplitter.sentences(in: block.text).map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") },
                  isListItem: block.kind == .listItem)
        }
    }

    static func wordCounts(of section: ProgrammeSection) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in WordIndex.words(in: section.title + " " + section.blocks.map(\.text).joined(separator: " ")) { counts[word, default: 0] += 1 }
        return counts
    }

    static func sharedShare(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = a.reduce(0) { sum, entry in sum + min(entry.value, b[entry.key] ?? 0) }
        return Double(2 * shared) / Double(total)
    }
}
