/// Two versions of a programme compared section by section, the way a reader compares them:
/// a section is the same section when it keeps its title (or, renamed, most of its words), so a
/// new chapter that pushes every later number up is one new section, not ten changed ones.
public struct ProgrammeDiff: Sendable {
    public enum Status: String, Sendable {
        /// The same words under the same title; perhaps under a new number or in a new place.
        case same
        /// Words or title changed.
        case changed
        case added = "new"
        case removed
    }

    public struct Entry: Sendable {
        public var status: Status
        public var old: ProgrammeSection?
        public var new: ProgrammeSection?
        /// Both versions number the section, with different numbers.
        public var renumbered = false
        /// Under another parent, or in another order among its siblings.
        public var moved = false
        public var renamed = false
        public var changes: [SentenceChange] = []
    }

    /// One place where the text differs: sentences taken out and put in. When one sentence
    /// was rewritten, the words that changed in it, so "6 → 5" is not lost in a long sentence.
    public struct SentenceChange: Sendable, Equatable {
        public var removed: [String]
        public var added: [String]
        public var words: [WordChange]
        /// The first sentence of the paragraph or list item, when the change is further into it
        /// ("Klart senast: 2029-12-31." says little without the point it closes).
        public var context: String? = nil
        public var contextIsListItem = false
    }

    public struct WordChange: Sendable, Equatable {
        public var removed: String
        public var added: String
    }

    public var oldProgramme: Programme
    public var newProgramme: Programme
    /// The new version's sections in order, then those the new version no longer has.
    public var entries: [Entry]
    /// Cover lines whose value differs ("Giltighetstid: 2026–2029 → 2027–2030").
    public var metadataChanges: [(key: String, old: String?, new: String?)]

    public func entries(_ status: Status) -> [Entry] { entries.filter { $0.status == status } }

    /// The new id of each old section that is still there, for records made under the old version.
    public var newIDByOldID: [String: String] {
        var map: [String: String] = [:]
        for entry in entries { if let old = entry.old, let new = entry.new { map[old.id] = new.id } }
        return map
    }

    public init(old: Programme, new: Programme) {
        oldProgramme = old
        newProgramme = new
        let pairs = SectionMatcher(old: old, new: new).pairs()
        var entries: [Entry] = []
        let newIndexByOld = Dictionary(uniqueKeysWithValues: pairs.map { ($0.old, $0.new) })
        let oldIndexByNew = Dictionary(uniqueKeysWithValues: pairs.map { ($0.new, $0.old) })
        let outOfOrder = Self.outOfOrder(pairs: pairs, old: old, new: new)
        for (newIndex, newSection) in new.sections.enumerated() {
            guard let oldIndex = oldIndexByNew[newIndex] else {
                entries.append(Entry(status: .added, old: nil, new: newSection))
                continue
            }
            let oldSection = old.sections[oldIndex]
            var entry = Entry(status: .same, old: oldSection, new: newSection)
            entry.renumbered = oldSection.hasOwnNumber && newSection.hasOwnNumber && oldSection.id != newSection.id
            entry.renamed = SectionText.normalized(oldSection.title) != SectionText.normalized(newSection.title)
            let oldParent = oldSection.parentID.flatMap { id in old.sections.firstIndex { $0.id == id } }.flatMap { newIndexByOld[$0] }.map { new.sections[$0].id }
            entry.moved = oldParent != newSection.parentID || outOfOrder.contains(newIndex)
            entry.changes = Self.changes(from: SectionText.blocks(of: oldSection), to: SectionText.blocks(of: newSection))
            if entry.renamed || !entry.changes.isEmpty { entry.status = .changed }
            entries.append(entry)
        }
        for (oldIndex, oldSection) in old.sections.enumerated() where newIndexByOld[oldIndex] == nil {
            entries.append(Entry(status: .removed, old: oldSection, new: nil))
        }
        self.entries = entries
        metadataChanges = Self.metadataChanges(old: old.metadata, new: new.metadata)
    }

    /// Sections kept under the same parent whose order among their siblings changed: those
    /// outside the longest run that kept its order moved (one section moved up is one move).
    private static func outOfOrder(pairs: [(old: Int, new: Int)], old: Programme, new: Programme) -> Set<Int> {
        let byNewParent = Dictionary(grouping: pairs.sorted { $0.new < $1.new }) { new.sections[$0.new].parentID ?? "" }
        var moved: Set<Int> = []
        for (_, siblings) in byNewParent {
            let kept = longestIncreasingRun(siblings.map(\.old))
            for (position, pair) in siblings.enumerated() where !kept.contains(position) { moved.insert(pair.new) }
        }
        return moved
    }

    /// Positions of one longest strictly increasing subsequence.
    static func longestIncreasingRun(_ values: [Int]) -> Set<Int> {
        guard !values.isEmpty else { return [] }
        var length = Array(repeating: 1, count: values.count)
        var previous = Array(repeating: -1, count: values.count)
        for i in values.indices {
            for j in 0..<i where values[j] < values[i] && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                previous[i] = j
            }
        }
        var position = length.indices.max { length[$0] < length[$1] } ?? 0
        var run: Set<Int> = []
        while position >= 0 {
            run.insert(position)
            position = previous[position]
        }
        return run
    }

    /// Paragraphs and list items are compared first, then the sentences of those that differ:
    /// a list where one point changed reads as that point changed, not as sentences shuffled
    /// between neighbouring points that happen to share an "Ansvarig:".
    static func changes(from old: [SectionText.Block], to new: [SectionText.Block]) -> [SentenceChange] {
        var changes: [SentenceChange] = []
        for (removed, added) in SequenceDiff.hunks(from: old, to: new).hunks {
            guard removed.count == added.count else {
                changes += self.changes(from: removed.flatMap(\.sentences), to: added.flatMap(\.sentences))
                continue
            }
            for (before, after) in zip(removed, added) {
                for var change in self.changes(from: before.sentences, to: after.sentences) {
                    // In a paragraph or point of several sentences, every change says which
                    // one it is in, the first sentence included.
                    if max(after.sentences.count, before.sentences.count) > 1, let opening = after.sentences.first ?? before.sentences.first {
                        change.context = opening
                        change.contextIsListItem = after.isListItem
                    }
                    changes.append(change)
                }
            }
        }
        return changes
    }

    static func changes(from old: [String], to new: [String]) -> [SentenceChange] {
        SequenceDiff.hunks(from: old, to: new).hunks.flatMap { removed, added -> [SentenceChange] in
            // Sentence for sentence: each rewritten sentence is its own change with its words.
            guard removed.count == added.count else { return [SentenceChange(removed: removed, added: added, words: [])] }
            return zip(removed, added).map { before, after in
                SentenceChange(removed: [before], added: [after], words: wordChanges(from: before, to: after))
            }
        }
    }

    /// The words that changed in a rewritten sentence; none when it was rewritten from the
    /// ground up (fewer than half its words kept), since a list of every word helps nobody.
    static func wordChanges(from old: String, to new: String) -> [WordChange] {
        let oldWords = old.split(whereSeparator: \.isWhitespace).map(String.init)
        let newWords = new.split(whereSeparator: \.isWhitespace).map(String.init)
        let (hunks, kept) = SequenceDiff.hunks(from: oldWords, to: newWords)
        guard kept * 2 >= max(oldWords.count, newWords.count) else { return [] }
        return hunks.map { removed, added in
            var change = WordChange(removed: removed.joined(separator: " "), added: added.joined(separator: " "))
            // "2029." → "2030." is shown as 2029 → 2030: the full stop did not change.
            while let last = change.removed.last, last == change.added.last, ".,;:!?)”".contains(last) {
                change.removed.removeLast()
                change.added.removeLast()
            }
            return change
        }
    }

    private static func metadataChanges(old: [MetadataEntry], new: [MetadataEntry]) -> [(key: String, old: String?, new: String?)] {
        var changes: [(key: String, old: String?, new: String?)] = []
        let newByKey = Dictionary(new.map { ($0.key.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let oldKeys = Set(old.map { $0.key.lowercased() })
        for entry in old {
            let value = newByKey[entry.key.lowercased()]?.value
            if value != entry.value { changes.append((entry.key, entry.value, value)) }
        }
        for entry in new where !oldKeys.contains(entry.key.lowercased()) { changes.append((entry.key, nil, entry.value)) }
        return changes
    }
}
