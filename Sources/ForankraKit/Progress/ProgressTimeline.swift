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
        let firstRecord = (records.apts.map(\.date) + records.workshops.map(\.date)).min()
        guard let start = records.settings.rolloutStart ?? firstRecord, start <= end else { return ProgressTimeline(points: []) }
        let topics = Set(records.topicIDs)
        // Sorted by date as indexes, so the 25 000 records are not copied.
        let order = records.apts.indices.sorted { records.apts[$0].date < records.apts[$1].date }
        var covered: [String: Set<String>] = [:]
        var next = 0
        var points: [Point] = []
        var day = start
        while true {
            while next < order.count, records.apts[order[next]].date <= day {
                let apt = records.apts[order[next]]
                covered[apt.managerID, default: []].formUnion(apt.sections.map(records.topic(of:)).filter(topics.contains))
                next += 1
            }
            var active = 0
            var pairs = 0
            for manager in records.managers where manager.isActive(on: day) {
                active += 1
                pairs += covered[manager.id]?.count ?? 0
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
