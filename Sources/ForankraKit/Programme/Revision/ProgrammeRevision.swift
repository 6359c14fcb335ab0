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

    /// When the council adopted the new version, from its cover; nil when it does not say.
    public var adopted: CalendarDate? { ProgrammePeriod.read(diff.newProgramme)?.adopted }

    /// The day the new version applies from: its period's first day when the cover gives one
    /// (a programme adopted in November for the years 2027–2030 applies from 1 January 2027),
    /// else the day the workspace took it in.
    public var appliesFrom: CalendarDate {
        ProgrammePeriod.read(diff.newProgramme)?.start ?? since
    }

    /// "antogs den 16 november 2026 och gäller från den 1 januari 2027": for sheets, reports and lists.
    func adoptionText(_ language: Language) -> String {
        if let adopted {
            return language.pick("antogs den \(adopted.proseText(language)) och gäller från den \(appliesFrom.proseText(language))",
                                 "was adopted on \(adopted.proseText(language)) and applies from \(appliesFrom.proseText(language))")
        }
        return language.pick("gäller från den \(appliesFrom.proseText(language))", "applies from \(appliesFrom.proseText(language))")
    }

    /// Chapters whose words changed (a sentence, a title, a subsection added), as against those
    /// that only lost a subsection or had one moved in or out.
    public var chaptersWithNewText: [String] {
        let current = diff.newProgramme
        var changed: Set<String> = []
        for entry in diff.entries where entry.status == .changed || entry.status == .added {
            if let new = entry.new { changed.insert(Self.topic(of: new.id, in: current)) }
        }
        let added = Set(addedTopics)
        return changedTopics.filter { changed.contains($0) && !added.contains($0) }
    }

    static func topic(of id: String, in programme: Programme) -> String {
        var section = programme.section(id: id)
        while let parentID = section?.parentID, let parent = programme.section(id: parentID) { section = parent }
        return section?.id ?? id
    }

    /// Chapters the new version adds; nobody has taken them up, so they are simply still to do.
    public var addedTopics: [String] {
        diff.entries(.added).compactMap(\.new).filter { $0.parentID == nil }.map(\.id)
    }

    /// The new version's chapters (top-level sections) that both versions have, in which
    /// anything changed, was added, removed or moved in or out; in document order.
    public var changedTopics: [String] {
        let current = diff.newProgramme
        func topic(_ id: String) -> String { Self.topic(of: id, in: current) }
        var changed: Set<String> = []
        for entry in diff.entries where entry.status != .same || entry.moved {
            if let new = entry.new { changed.insert(topic(new.id)) }
            if let old = entry.old, let parentID = old.parentID, let kept = currentID(forPrevious: parentID) { changed.insert(topic(kept)) }
        }
        let added = Set(addedTopics)
        return current.topLevelSections.map(\.id).filter { changed.contains($0) && !added.contains($0) }
    }
}

extension ProgrammeRevision {
    /// "Ändrade avsnitt: 1, 3, 5 och 12 (ny text) samt 7 och 10 (underavsnitt borttagna,
    /// flyttade eller tillagda). Nytt avsnitt: 6 Digital arbetsmiljö."
    func changedChaptersText(_ language: Language) -> String {
        let revision = self, programme = diff.newProgramme
        let text = revision.chaptersWithNewText
        let structure = revision.changedTopics.filter { !text.contains($0) }
        var parts: [String] = []
        if !text.isEmpty { parts.append(ProgrammeDiffText.listed(text, language) + language.pick(" (ny text)", " (new text)")) }
        if !structure.isEmpty {
            parts.append(ProgrammeDiffText.listed(structure, language) + language.pick(" (underavsnitt borttagna, flyttade eller tillagda)", " (subsections removed, moved or added)"))
        }
        var sentence = parts.isEmpty ? "" : language.pick("Ändrade avsnitt: ", "Changed sections: ") + parts.joined(separator: language.pick(" samt ", " and ")) + "."
        let added = revision.addedTopics.compactMap { programme.section(id: $0)?.numberedTitle }
        if !added.isEmpty {
            sentence += (sentence.isEmpty ? "" : " ") + language.pick(added.count == 1 ? "Nytt avsnitt: " : "Nya avsnitt: ", added.count == 1 ? "New section: " : "New sections: ")
                + ProgrammeDiffText.listed(added, language) + "."
        }
        return sentence
    }
}
