/// The rollout's figures on one day, computed the way the README defines them, so any reader
/// can recompute every figure from the records.
public struct ProgressFigures: Sendable {
    public struct Department: Sendable, Equatable {
        public var name: String
        public var activeManagers: Int
        public var reached: Int
        public var staff: Int
        public var staffReached: Int
        /// Manager × topic pairs with an APT, over active managers × topics.
        public var coverage: Double
    }

    public struct Section: Sendable, Equatable {
        public var id: String
        public var title: String
        public var managersWithApt: Int
        public var coverage: Double
        public var staffReached: Int
        public var apts: Int
    }

    public var asOf: CalendarDate
    public var from: CalendarDate?
    public var activeManagers: Int
    /// Attended a held workshop.
    public var reached: Int
    /// Not reached, but started after the last held workshop: to be reached, not missed.
    public var catchUp: Int
    public var notReached: Int
    public var staff: Int
    public var staffReached: Int
    public var aptsHeld: Int
    public var participants: Int
    public var sections: [Section]
    public var departments: [Department]
    /// The rollout's progress: manager × topic pairs with an APT, over active managers × topics.
    public var coverage: Double
    /// What the plan says the coverage should be on `asOf`; nil without rollout dates.
    public var planned: Double?

    public var reachedShare: Double { activeManagers == 0 ? 0 : Double(reached) / Double(activeManagers) }
    public var staffShare: Double { staff == 0 ? 0 : Double(staffReached) / Double(staff) }
}

extension ProgressFigures.Department {
    /// Whether this row is the group of small departments (listed last).
    func isOther(in groups: [String: String]) -> Bool {
        groups[name] != name
    }
}

extension ProgressFigures {
    /// Figures on `day`, counting workshops and APTs from `from` (if given) up to and including
    /// `day`: the APTs as `records.tally` added them up, for the same day and period.
    public static func compute(_ records: RolloutRecords, on day: CalendarDate, from: CalendarDate? = nil, department: String? = nil) -> ProgressFigures {
        assert(records.tally.count == 0 || records.tally.scope == AptTally.Scope(day: day, from: from), "the APTs were added up for another day or period")
        let inRange = AptTally.Scope(day: day, from: from).contains
        let managers = records.managers.filter { manager in
            manager.isActive(on: day) && (department == nil || manager.department == department)
        }
        let ids = Set(managers.map(\.id))
        let heldWorkshops = records.workshops.filter { $0.status != .cancelled && inRange($0.date) }
        let present = Set(heldWorkshops.flatMap { $0.participants.filter { $0.attendance == .present }.map(\.managerID) })
        let lastWorkshop = heldWorkshops.map(\.date).max()
        let reached = managers.count { present.contains($0.id) }
        let catchUp = managers.count { manager in
            !present.contains(manager.id) && (lastWorkshop.map { last in (manager.from ?? .epoch) > last } ?? false)
        }
        // Every APT held counts as held; only coverage and staff reached are about the managers
        // active on the day, so a manager who has left drops out of those. The APTs were added
        // up per manager as they were read (see `AptTally`), for `records.tally.scope`.
        var departmentIDs = Set<String>()
        for manager in records.managers where department == nil || manager.department == department { departmentIDs.insert(manager.id) }
        let topics = records.topicIDs
        let tally = records.tally
        let isTopic = Set(topics)
        let counted = tally.chapterSlot.filter { isTopic.contains($0.key) }
        var topicsByManager: [String: Set<String>] = [:]
        var aptsByTopic: [String: Int] = [:]
        var aptsHeld = 0
        var participants = 0
        for managerID in departmentIDs {
            guard let manager = tally.managers[managerID], manager.inScope > 0 else { continue }
            aptsHeld += manager.inScope
            participants += manager.participantsInScope
            var held = Set<String>()
            for (topic, slot) in counted where manager.chapter(slot).inScope > 0 {
                aptsByTopic[topic, default: 0] += manager.chapter(slot).inScope
                held.insert(topic)
            }
            // A manager whose APTs were all on other sections still reached their staff.
            if ids.contains(managerID) { topicsByManager[managerID] = held }
        }
        let staffOf = { (manager: Manager) -> Int in manager.staff ?? 0 }
        let sections = topics.map { topic -> Section in
            var with = 0
            var staffReached = 0
            for manager in managers where topicsByManager[manager.id]?.contains(topic) == true {
                with += 1
                staffReached += staffOf(manager)
            }
            return Section(
                id: topic, title: records.programme.section(id: topic)?.title ?? topic,
                managersWithApt: with, coverage: share(with, managers.count),
                staffReached: staffReached, apts: aptsByTopic[topic] ?? 0)
        }
        // Small departments are shown together, never alone (see DepartmentGroups).
        let group = DepartmentGroups.groups(records, on: day)
        let departments = Dictionary(grouping: managers) { group[$0.department] ?? $0.department }.map { name, members -> Department in
            Department(
                name: name, activeManagers: members.count, reached: members.filter { present.contains($0.id) }.count,
                staff: members.reduce(0) { $0 + staffOf($1) },
                staffReached: members.filter { topicsByManager[$0.id] != nil }.reduce(0) { $0 + staffOf($1) },
                coverage: pairShare(members, topicsByManager, topics: topics.count))
        }
        // Only an organisation smaller than the minimum has a group this small: it gets no table.
        .filter { $0.activeManagers >= records.settings.minimumGroupSize }
        .sorted { (left: Department, right: Department) -> Bool in
            let leftRank = left.isOther(in: group) ? 1 : 0, rightRank = right.isOther(in: group) ? 1 : 0
            return leftRank != rightRank ? leftRank < rightRank : left.name < right.name
        }
        let staff: Int = managers.reduce(0) { $0 + staffOf($1) }
        let staffReached: Int = managers.filter { topicsByManager[$0.id] != nil }.reduce(0) { $0 + staffOf($1) }
        return ProgressFigures(
            asOf: day, from: from, activeManagers: managers.count, reached: reached, catchUp: catchUp,
            notReached: managers.count - reached - catchUp,
            staff: staff, staffReached: staffReached,
            aptsHeld: aptsHeld, participants: participants,
            sections: sections, departments: departments,
            coverage: pairShare(managers, topicsByManager, topics: topics.count),
            planned: planned(records.settings, on: day))
    }

    static func share(_ part: Int, _ whole: Int) -> Double {
        whole == 0 ? 0 : Double(part) / Double(whole)
    }

    private static func pairShare(_ managers: [Manager], _ topicsByManager: [String: Set<String>], topics: Int) -> Double {
        let covered = managers.reduce(0) { $0 + (topicsByManager[$1.id]?.count ?? 0) }
        return share(covered, managers.count * topics)
    }

    /// The plan's share on `day` (see RolloutPlan); nil without rollout dates.
    static func planned(_ settings: WorkspaceSettings, on day: CalendarDate) -> Double? {
        settings.plan?.share(on: day)
    }
}
