/// The fixed calendar of a synthetic rollout: two years, set in the past so every record is
/// one a real command would accept, and never read from the clock, so the bytes never change.
struct SyntheticTimeline {
    /// rollout_start: a Monday.
    let start: CalendarDate
    /// rollout_target, about two years later.
    let target: CalendarDate
    /// The day the workspace "is" at: every record is recorded by then.
    let snapshot: CalendarDate

    static let standard = SyntheticTimeline(start: fixed(2024, 11, 4), target: fixed(2026, 10, 30), snapshot: fixed(2026, 11, 13))

    /// A date written in the code; the fallback is never taken for these real dates.
    private static func fixed(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day) ?? CalendarDate.epoch
    }

    func day(_ offset: Int) -> CalendarDate { start.adding(days: offset) }

    /// Days from the start to the target.
    var length: Int { target.dayNumber - start.dayNumber }

    /// The main workshop series runs in the first months; catch-up workshops for managers who
    /// started later run in the second year.
    var mainWorkshops: ClosedRange<Int> { 14...250 }
    var catchUpWorkshops: ClosedRange<Int> { 420...600 }

    /// Late starters begin in time for at least one catch-up workshop; leavers leave after the
    /// main series, so everyone on the roster could be invited once.
    var lateStarts: ClosedRange<Int> { 120...540 }
    var leavingDays: ClosedRange<Int> { 300...(length - 30) }

    /// Mondays to Fridays with offsets in `range`; for workshops only Tuesday to Thursday and
    /// never in July or over Christmas and New Year.
    func weekdays(in range: ClosedRange<Int>, forWorkshops: Bool = false) -> [CalendarDate] {
        range.map(day).filter { date in
            guard forWorkshops else { return date.weekday <= 5 }
            let holiday = date.month == 7 || (date.month == 12 && date.day >= 20) || (date.month == 1 && date.day <= 6)
            return (2...4).contains(date.weekday) && !holiday
        }
    }
}
