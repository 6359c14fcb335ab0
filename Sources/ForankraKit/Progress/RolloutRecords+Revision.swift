/// After a programme update: which workplaces took up a chapter whose text has since changed,
/// and have not taken up the new text. They are not counted as missing the chapter (they
/// discussed it), but HR asks them to take up what changed.
extension RolloutRecords {
    struct Retake {
        var manager: Manager
        /// The new version's top-level ids, in programme order.
        var topics: [String]
    }

    /// The chapters the rollout counts in which the revision changed anything.
    var changedTopics: [String] {
        guard let revision else { return [] }
        let counted = Set(topicIDs)
        return revision.changedTopics.filter(counted.contains)
    }

    /// Active managers with an APT on a changed chapter before the update and none on it since,
    /// by `day`, the day the APTs were added up for.
    func retakes(on day: CalendarDate) -> [Retake] {
        let changed = changedTopics
        guard !changed.isEmpty else { return [] }
        assert(tally.count == 0 || day == tally.scope.day, "the APTs were added up for another day")
        return managers.filter { $0.isActive(on: day) }.compactMap { manager in
            let topics = changed.filter { topic in
                let held = tally.chapter(topic, of: manager.id)
                return held.heldBeforeRevision && !held.heldSinceRevision
            }
            return topics.isEmpty ? nil : Retake(manager: manager, topics: topics)
        }
    }
}

/// The programme's new version as leadership reads it: per changed chapter, how many
/// workplaces had taken it up before the change and how many have taken up the new text.
/// Counts of workplaces, never names; left out of a report for one department.
struct RevisionFigures: Sendable {
    struct Chapter: Sendable {
        var id: String
        var title: String
        var before: Int
        var again: Int
        var remaining: Int { before - again }
    }

    var since: CalendarDate
    var appliesFrom: CalendarDate
    /// "antogs 2026-11-16 och gäller från 2027-01-01".
    var adoption: (sv: String, en: String)
    var chapters: [Chapter]
    var added: [(id: String, title: String)]
    /// Workplaces with at least one changed chapter still to take up again.
    var unitsToRetake: Int

    static func compute(_ records: RolloutRecords, on day: CalendarDate) -> RevisionFigures? {
        guard let revision = records.revision else { return nil }
        var before: [String: Set<String>] = [:], again: [String: Set<String>] = [:]
        var active = Set<String>()
        for manager in records.managers where manager.isActive(on: day) { active.insert(manager.id) }
        for managerID in active {
            for topic in records.tally.chapterSlot.keys {
                let held = records.tally.chapter(topic, of: managerID)
                if held.heldBeforeRevision { before[topic, default: []].insert(managerID) }
                if held.heldSinceRevision { again[topic, default: []].insert(managerID) }
            }
        }
        let chapters = records.changedTopics.map { id in
            let earlier = before[id] ?? []
            return Chapter(id: id, title: records.programme.section(id: id)?.title ?? "", before: earlier.count,
                           again: earlier.intersection(again[id] ?? []).count)
        }
        let added = revision.addedTopics.map { (id: $0, title: records.programme.section(id: $0)?.title ?? "") }
        return RevisionFigures(since: revision.since, appliesFrom: revision.appliesFrom,
                               adoption: (revision.adoptionText(.sv), revision.adoptionText(.en)), chapters: chapters, added: added, unitsToRetake: records.retakes(on: day).count)
    }
}
