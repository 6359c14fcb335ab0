/// Wall-clock time in Sweden across the changes to and from summer time (EU rules: the clocks
/// go forward from 02:00 to 03:00 on the last Sunday of March and back from 03:00 to 02:00 on
/// the last Sunday of October). On the spring night the hour 02:00–02:59 does not exist; on
/// the autumn night it comes twice.
enum SwedishClock {
    enum Kind: Equatable {
        case ordinary
        /// Skipped by the clocks going forward.
        case skipped
        /// Lived twice as the clocks go back.
        case repeated
    }

    static func kind(of date: CalendarDate, _ time: ClockTime) -> Kind {
        guard (120..<180).contains(time.minutes) else { return .ordinary }
        if date == CalendarDate.lastSunday(month: 3, year: date.year) { return .skipped }
        if date == CalendarDate.lastSunday(month: 10, year: date.year) { return .repeated }
        return .ordinary
    }

    /// The instant of a wall-clock time, in seconds since 1970; for the repeated hour the
    /// first time it is lived (summer time, UTC+2), which is what a calendar assumes too.
    static func utcSeconds(_ date: CalendarDate, _ time: ClockTime) -> Int {
        let local = date.dayNumber * 86_400 + time.minutes * 60
        let summerStart = CalendarDate.lastSunday(month: 3, year: date.year).dayNumber * 86_400 + 3 * 3_600
        let summerEnd = CalendarDate.lastSunday(month: 10, year: date.year).dayNumber * 86_400 + 3 * 3_600
        // Local 02:00–02:59 on the autumn night falls before 03:00 summer time: the first pass.
        let isSummer = local >= summerStart && local < summerEnd
        return local - (isSummer ? 7_200 : 3_600)
    }
}
