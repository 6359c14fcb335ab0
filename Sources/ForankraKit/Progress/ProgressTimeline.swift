/// The rollout's coverage week by week, with the plan beside it, for the report's line chart.
public struct ProgressTimeline: Sendable {
    public struct Point: Sendable, Equatable {
        public var date: CalendarDate
        public var coverage: Double
        public var planned: Double?
    }

    public var points: [Point]

    /// One point a week from the rollout's start (or the first record) to `end`. Covered pairs
    /// are gathered once in date order, so the cost grows with the records, not with weeks × records.
    public static func compute(_ records: RolloutRecords, until end: CalendarDate) -> ProgressTimeline {
        // Dates read in place and sorted as numbers with the APT's place beside them: copying
        // a record, or comparing two through their arrays, retains every text it holds.
        var datedAPTs: [UInt64] = []
        datedAPTs.reserveCapacity(records.apts.count)
        for index in records.apts.indices { datedAPTs.append(UInt64(records.apts[index].date.packedValue) << 32 | UInt64(index)) }
        datedAPTs.sort()
        let firstAPT = datedAPTs.first.map { records.apts[Int($0 & 0xFFFF_FFFF)].date }
        let firstRecord = ([firstAPT].compactMap { $0 } + records.workshops.map(\.date)).min()
        guard let start = records.settings.rolloutStart ?? firstRecord, start <= end else { return ProgressTimeline(points: []) }
        // Managers and topics as numbers, so a week is a sum over the roster and an APT a few
        // flags set: the large bench has 2 500 managers, 25 000 APTs and a hundred weeks.
        var topicSlot: [String: Int] = [:]
        for id in records.topicIDs where topicSlot[id] == nil { topicSlot[id] = topicSlot.count }
        var managerSlot: [String: Int] = [:]
        let slotOfManager = records.managers.map { manager -> Int in
            if let slot = managerSlot[manager.id] { return slot }
            managerSlot[manager.id] = managerSlot.count
            return managerSlot.count - 1
        }
        let activeSpans = records.managers.map { (from: $0.from, to: $0.to) }
        var covered = [Bool](repeating: false, count: managerSlot.count * topicSlot.count)
        var pairsOfSlot = [Int](repeating: 0, count: managerSlot.count)
        var next = 0
        var points: [Point] = []
        var day = start
        while true {
            while next < datedAPTs.count, records.apts[Int(datedAPTs[next] & 0xFFFF_FFFF)].date <= day {
                let index = Int(datedAPTs[next] & 0xFFFF_FFFF)
                next += 1
                guard let slot = managerSlot[records.apts[index].managerID] else { continue }
                for section in records.apts[index].sections {
                    guard let topic = topicSlot[records.topic(of: section)], !covered[slot * topicSlot.count + topic] else { continue }
                    covered[slot * topicSlot.count + topic] = true
                    pairsOfSlot[slot] += 1
                }
            }
            var active = 0
            var pairs = 0
            for (index, span) in activeSpans.enumerated() where Manager.isActive(from: span.from, to: span.to, on: day) {
                active += 1
                pairs += pairsOfSlot[slotOfManager[index]]
            }
            points.append(Point(
                date: day, coverage: ProgressFigures.share(pairs, active * topicSlot.count),
                planned: ProgressFigures.planned(records.settings, on: day)))
            if day >= end { break }
            day = min(day.adding(days: 7), end)
        }
        return ProgressTimeline(points: points)
    }
}
