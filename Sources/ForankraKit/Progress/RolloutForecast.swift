/// When the rollout will be done if the pace of the last weeks holds. Leadership asks "when",
/// not "how many per cent"; the recent pace answers it better than the pace since the start,
/// which carries the weeks before the first workshop.
struct RolloutForecast: Equatable, Sendable {
    /// Weeks the pace is taken over: long enough to even out a holiday week, short enough to
    /// show a change of pace within a term.
    static let window = 8

    /// The weeks the pace was actually taken over (fewer early in the rollout).
    var weeks: Int
    /// Share of the rollout gained over those weeks (negative when new managers or a new
    /// section lowered it).
    var gained: Double
    /// The day the rollout reaches 100 % at that pace; nil when it gains nothing, or would
    /// take longer than ten years.
    var finish: CalendarDate?
    var isDone: Bool

    /// Nil before two weeks of the rollout have passed: too early to speak of a pace.
    static func compute(_ timeline: ProgressTimeline, on day: CalendarDate) -> RolloutForecast? {
        guard let last = timeline.points.last else { return nil }
        if last.coverage >= 1 { return RolloutForecast(weeks: 0, gained: 0, finish: last.date, isDone: true) }
        let earliest = day.adding(days: -7 * window)
        // The share on the day the window opens, between the weekly points around it, so
        // the pace is taken over exactly the window (or all there is, early on).
        guard let opening = timeline.points.first else { return nil }
        var from = (date: opening.date, coverage: opening.coverage)
        if let before = timeline.points.last(where: { $0.date <= earliest }) {
            from = (earliest, before.coverage)
            if let after = timeline.points.first(where: { $0.date > earliest }), after.date > before.date {
                let part = Double(earliest.dayNumber - before.date.dayNumber) / Double(after.date.dayNumber - before.date.dayNumber)
                from.coverage = before.coverage + (after.coverage - before.coverage) * part
            }
        }
        let days = last.date.dayNumber - from.date.dayNumber
        guard days >= 14 else { return nil }
        let gained = last.coverage - from.coverage
        var finish: CalendarDate?
        if gained > 0 {
            // A hair under a whole day is that day: shares are sums of fractions.
            let needed = ((1 - last.coverage) / gained * Double(days) - 1e-9).rounded(.up)
            if needed <= 3650 { finish = last.date.adding(days: Int(needed)) }
        }
        return RolloutForecast(weeks: min(window, (days + 3) / 7), gained: gained, finish: finish, isDone: false)
    }

    /// Months between two days to the nearest month, as running text gives a distance: 6 July
    /// to 31 December is half a year, 6 July to 28 April ten months.
    static func roundedMonths(between first: CalendarDate, and second: CalendarDate) -> Int {
        Int((Double(abs(second.dayNumber - first.dayNumber)) / 30.44).rounded())
    }

    /// Whole months from `earlier` to `later`, counted as a reader counts them on a calendar.
    static func months(from earlier: CalendarDate, to later: CalendarDate) -> Int {
        var months = (later.year - earlier.year) * 12 + later.month - earlier.month
        if later.day < earlier.day { months -= 1 }
        return max(0, months)
    }
}
