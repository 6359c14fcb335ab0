/// A workspace's programme after `forankra programme update`: the version that was in force
/// before `since`, and what changed. APTs held before `since` name the old version's sections;
/// through the diff they count towards the new version's, and the chapters that changed are
/// the ones a workplace must take up again.
public struct ProgrammeRevision: Sendable {
    public var previous: Programme
    public var since: CalendarDate
    public var diff: ProgrammeDiff
    private var newIDByOldID: [String: String]

    public init(previous: Programme, current: Programme, since: CalendarDate) {
        self.previous = previous
        self.since = since
        diff = ProgrammeDiff(old: previous, new: current)
        newIDByOldID = diff.newIDByOldID
    }

    /// The new version's id for a section of the old one; a section that is gone counts to its
    /// nearest ancestor that is still there (an APT on "6.1 Medarbetarsamtal" was an APT on
    /// chapter 6), and to nothing when its whole chapter is gone.
    public func currentID(forPrevious id: String) -> String? {
        var current: String? = id
        while let oldID = current {
            if let newID = newIDByOldID[oldID] { return newID }
            current = previous.section(id: oldID)?.parentID
        }
        return nil
    }

    /// The sections of a record made on `date`, in the new version's ids.
    public func currentIDs(_ sections: [String], on date: CalendarDate) -> [String] {
        guard date < since else { return sections }
        var seen: Set<String> = []
        return sections.compactMap(currentID(forPrevious:)).filter { seen.insert($0).inserted }
    }

    /// Chapters the new version adds; nobody has taken them up, so they are simply still to do.
    public var addedTopics: [String] {
        diff.entries(.added).compactMap(\.new).filter { $0.parentID == nil }.map(\.id)
    }

    /// The new version's chapters (top-level sections) that both versions have, in which
    /// anything changed, was added, removed or moved in or out; in document order.
    public var changedTopics: [String] {
        let current = diff.newProgramme
        func topic(_ id: String) -> String {
            var section = current.section(id: id)
            while let parentID = section?.parentID, let parent = current.section(id: parentID) { section = parent }
            return section?.id ?? id
        }
        var changed: Set<String> = []
        for entry in diff.entries where entry.status != .same || entry.moved {
            if let new = entry.new { changed.insert(topic(new.id)) }
            if let old = entry.old, let parentID = old.parentID, let kept = currentID(forPrevious: parentID) { changed.insert(topic(kept)) }
        }
        let added = Set(addedTopics)
        return current.topLevelSections.map(\.id).filter { changed.contains($0) && !added.contains($0) }
    }
}
