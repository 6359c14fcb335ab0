/// The rollout's coverage week by week, with the plan beside it, for the report's line chart.
public struct ProgressTimeline: Sendable {
    public struct Point: Sendable, Equatable {
        public var date: CalendarDate
        public var coverage: Double
        public var planned: Double?
    }

    public var points: [Point]

    /// One point a week from the rollout's start (or the first record) to `end`, for the
    /// managers of `department` (all without one). Each manager and chapter is covered from
    /// its first APT (see `AptTally`), so a week is a sum over the roster, not over the APTs.
    public static func compute(_ records: RolloutRecords, department: String? = nil, until end: CalendarDate) -> ProgressTimeline {
        let roster = department.map { name in records.managers.filter { $0.department == name } } ?? records.managers
        let rosterIDs = Set(roster.map(\.id))
        let tally = records.tally
        var firstAPT: CalendarDate?
        for (managerID, manager) in tally.managers where department == nil || rosterIDs.contains(managerID) {
            if let first = manager.first { firstAPT = min(firstAPT ?? first, first) }
        }
        let firstRecord = ([firstAPT].compactMap { $0 } + records.workshops.map(\.date)).min()
        guard let start = records.settings.rolloutStart ?? firstRecord, start <= end else { return ProgressTimeline(points: []) }
        // Managers as numbers, so a week is a sum over the roster and a covered pair one count.
        var managerSlot: [String: Int] = [:]
        let slotOfManager = roster.map { manager -> Int in
            if let slot = managerSlot[manager.id] { return slot }
            managerSlot[manager.id] = managerSlot.count
            return managerSlot.count - 1
        }
        let topics = Array(Set(records.topicIDs))
        // Each covered pair as its first day and the manager's slot, sorted as numbers.
        var coveredFrom: [UInt64] = []
        for (managerID, slot) in managerSlot {
            for topic in topics {
                guard let first = tally.chapter(topic, of: managerID).first else { continue }
                coveredFrom.append(UInt64(first.packedValue) << 32 | UInt64(slot))
            }
        }
        coveredFrom.sort()
        let activeSpans = roster.map { (from: $0.from, to: $0.to) }
        var pairsOfSlot = [Int](repeating: 0, count: managerSlot.count)
        var next = 0
        var points: [Point] = []
        var day = start
        while true {
            while next < coveredFrom.count, UInt32(truncatingIfNeeded: coveredFrom[next] >> 32) <= day.packedValue {
                pairsOfSlot[Int(coveredFrom[next] & 0xFFFF_FFFF)] += 1
                next += 1
            }
            var active = 0
            var pairs = 0
            for (index, span) in activeSpans.enumerated() where Manager.isActive(from: span.from, to: span.to, on: day) {
                active += 1
                pairs += pairsOfSlot[slotOfManager[index]]
            }
            points.append(Point(
                date: day, coverage: ProgressFigures.share(pairs, active * topics.count),
                planned: ProgressFigures.planned(records.settings, on: day)))
            if day >= end { break }
            day = min(day.adding(days: 7), end)
        }
        return ProgressTimeline(points: points)
    }
}
