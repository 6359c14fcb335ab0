/// What the figures read of the APTs, added up one APT at a time: per manager, the meetings
/// and head count in the period the command reports on and where the follow-up stands; per
/// manager and chapter, the first meeting on it and the meetings in the period. Ten years of
/// APTs are 100 000 files and a roster 10 000 managers, so this grows with managers and
/// chapters, not with history. Only the APTs whose words the command shows are kept whole.
public struct AptTally: Sendable {
    /// The day the figures are for, and the first day counted when the command reports on a
    /// period (`report --from`). Known before the files are read, so an APT is counted once.
    public struct Scope: Sendable, Equatable {
        public var day: CalendarDate
        public var from: CalendarDate?

        public init(day: CalendarDate, from: CalendarDate? = nil) {
            self.day = day
            self.from = from
        }

        func contains(_ date: CalendarDate) -> Bool {
            date <= day && (from.map { date >= $0 } ?? true)
        }
    }

    /// One manager's APTs on one chapter (a top-level section).
    struct ChapterTally: Sendable, Equatable {
        /// The first, whatever its date: the rollout timeline counts the pair from that day.
        var first: CalendarDate?
        var inScope = 0
        /// Held by the scope's day, before or since the programme revision (without one, every
        /// APT counts as before).
        var heldBeforeRevision = false
        var heldSinceRevision = false
    }

    struct ManagerTally: Sendable {
        var inScope = 0
        var participantsInScope = 0
        /// The earliest APT, whatever its date.
        var first: CalendarDate?
        /// The commitments and questions of the APTs in scope.
        var followUp = FollowUpCounts()
        /// By `AptTally.chapterSlot`; shorter when the later chapters have no APT.
        fileprivate(set) var chapters: [ChapterTally] = []

        func chapter(_ slot: Int) -> ChapterTally {
            chapters.indices.contains(slot) ? chapters[slot] : ChapterTally()
        }
    }

    let scope: Scope
    private let revisionSince: CalendarDate?
    private let topicBySection: [String: String]
    /// Each chapter's place in `ManagerTally.chapters`, in the order they were first met.
    private(set) var chapterSlot: [String: Int] = [:]
    private(set) var managers: [String: ManagerTally] = [:]
    /// The APTs that keep words for the command to show, with their places in the order of
    /// the file names; in that order once `putShownInOrder` has run.
    private var shownWithPlaces: [(sequence: Int, apt: AptFacts)] = []
    /// The APTs added.
    private(set) var count = 0
    /// Most APTs name one of a few lists of sections, so each list's chapters are found once.
    private var slotsOfSections: [[String]: [Int]] = [:]

    init(scope: Scope, revisionSince: CalendarDate?, topicBySection: [String: String]) {
        self.scope = scope
        self.revisionSince = revisionSince
        self.topicBySection = topicBySection
    }

    /// The APTs that keep words for the command to show, in the order of their file names.
    var shown: LazyMapCollection<[(sequence: Int, apt: AptFacts)], AptFacts> {
        shownWithPlaces.lazy.map(\.apt)
    }

    /// `apt`, the file at `sequence` in the order of the names (the APTs are added as their
    /// days are settled, which is not always that order).
    mutating func add(_ apt: AptFacts, sequence: Int = 0) {
        count += 1
        let slots = chapterSlots(of: apt.sections)
        let inScope = scope.contains(apt.date)
        let held = apt.date <= scope.day
        let beforeRevision = revisionSince.map { apt.date < $0 } ?? true
        let day = scope.day
        modify(apt.managerID) { manager in
            manager.first = min(manager.first ?? apt.date, apt.date)
            if inScope {
                manager.inScope += 1
                manager.participantsInScope += apt.participants
                manager.followUp.add(apt, on: day)
            }
            for slot in slots {
                if manager.chapters.count <= slot { manager.chapters += Array(repeating: ChapterTally(), count: slot + 1 - manager.chapters.count) }
                manager.chapters[slot].first = min(manager.chapters[slot].first ?? apt.date, apt.date)
                if inScope { manager.chapters[slot].inScope += 1 }
                if held {
                    if beforeRevision { manager.chapters[slot].heldBeforeRevision = true } else { manager.chapters[slot].heldSinceRevision = true }
                }
            }
        }
        if apt.texts != nil { shownWithPlaces.append((sequence, apt)) }
    }

    /// Puts what is shown in the order of the file names, which the report's lists follow.
    mutating func putShownInOrder() {
        guard zip(shownWithPlaces, shownWithPlaces.dropFirst()).contains(where: { $0.sequence > $1.sequence }) else { return }
        shownWithPlaces.sort { $0.sequence < $1.sequence }
    }

    /// Changed in place: a copy of the manager's chapters for every APT cost more than the rest.
    private mutating func modify(_ managerID: String, _ change: (inout ManagerTally) -> Void) {
        if managers[managerID] == nil { managers[managerID] = ManagerTally() }
        if let index = managers.index(forKey: managerID) { change(&managers.values[index]) }
    }

    /// The chapters an APT's sections belong to, each once.
    private mutating func chapterSlots(of sections: [String]) -> [Int] {
        if let known = slotsOfSections[sections] { return known }
        var slots: [Int] = []
        for section in sections {
            let topic = topicBySection[section] ?? section
            let slot = chapterSlot[topic] ?? {
                let next = chapterSlot.count
                chapterSlot[topic] = next
                return next
            }()
            if !slots.contains(slot) { slots.append(slot) }
        }
        slotsOfSections[sections] = slots
        return slots
    }

    /// One manager's APTs on `topic`; empty when there are none.
    func chapter(_ topic: String, of managerID: String) -> ChapterTally {
        guard let slot = chapterSlot[topic], let manager = managers[managerID] else { return ChapterTally() }
        return manager.chapter(slot)
    }

    /// The chapters `managerID` has held an APT on by `day`.
    func chapters(heldBy managerID: String, by day: CalendarDate) -> Set<String> {
        guard let manager = managers[managerID] else { return [] }
        var held = Set<String>()
        for (topic, slot) in chapterSlot where manager.chapter(slot).first.map({ $0 <= day }) ?? false { held.insert(topic) }
        return held
    }

    /// The follow-up of the APTs in scope of the managers `include` accepts.
    func followUp(of include: (String) -> Bool = { _ in true }) -> FollowUpCounts {
        var counts = FollowUpCounts()
        for (managerID, manager) in managers where include(managerID) { counts.add(manager.followUp) }
        return counts
    }
}
