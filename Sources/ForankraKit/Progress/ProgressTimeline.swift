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
        let apts = records.apts.sorted { $0.date < $1.date }
        var covered: [String: Set<String>] = [:]
        var next = 0
        var points: [Point] = []
        var day = start
        while true {
            while next < apts.count, apts[next].date <= day {
                covered[apts[next].managerID, default: []].formUnion(apts[next].sections.map(records.topic(of:)).filter(topics.contains))
                next += 1
            }
            let active = records.managers.filter { $0.isActive(on: day) }
            let pairs = active.reduce(0) { $0 + (covered[$1.id]?.count ?? 0) }
            points.append(Point(
                date: day, coverage: ProgressFigures.share(pairs, active.count * topics.count),
                planned: ProgressFigures.planned(records.settings, on: day)))
            if day >= end { break }
            day = min(day.adding(days: 7), end)
        }
        return ProgressTimeline(points: points)
    }
}
