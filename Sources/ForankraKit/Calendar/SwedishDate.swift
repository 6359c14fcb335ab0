/// Reads a date the way Swedish staff write one by hand: "2026-04-12", "12 april 2026",
/// "12 apr", "12/4", "12/4-26", "12.4.2026", "tisdag 12 april 2026", "den 12 april"; English
/// month and weekday names too ("12 April 2026", "April 12, 2026"). Case does not matter.
///
/// Day comes before month in every numeric form, as in Sweden. A two-digit year is 20YY. A date
/// without a year takes its year from a rule: the meeting date is the most recent such day not
/// after today, a due date the first one on or after the meeting. A weekday that does not fit the
/// date makes the text unreadable: one of the two is wrong and guessing which would be silent.
public enum SwedishDate {
    /// `today` resolves dates without a year ("12/4" → the most recent 12 April not after today).
    public static func parse(_ text: String, today: CalendarDate) -> CalendarDate? {
        read(text, year: .notAfter(today)).date
    }

    /// For dates ahead, such as a commitment's due date: "31/5" → the first 31 May on or after `start`.
    public static func parse(_ text: String, onOrAfter start: CalendarDate) -> CalendarDate? {
        read(text, year: .onOrAfter(start)).date
    }

    /// What a text said, finer than an optional, so a reader can tell the writer what was wrong.
    enum Reading: Equatable {
        case date(CalendarDate)
        /// Not shaped like a date at all.
        case unreadable
        /// Shaped like a date, but no such day exists (30/2, 31/4, month 13).
        case impossible
        /// A weekday name that does not fit the date ("måndag 12 april 2022" was a Tuesday).
        case wrongWeekday(CalendarDate, named: Int)

        var date: CalendarDate? {
            if case .date(let date) = self { return date }
            return nil
        }
    }

    /// How a date written without a year gets one.
    enum YearRule {
        case notAfter(CalendarDate)
        case onOrAfter(CalendarDate)
    }

    static func read(_ text: String, year rule: YearRule) -> Reading {
        var words = DateWords(text)
        let weekday = words.takeLeadingWeekday()
        guard let parts = words.isEmpty ? nil : (words.hasLetters ? words.monthNameParts() : words.numericParts()) else {
            return .unreadable
        }
        guard (1...12).contains(parts.month), (1...31).contains(parts.day) else { return .impossible }
        let resolved: CalendarDate?
        if let year = parts.year {
            resolved = CalendarDate(year: year, month: parts.month, day: parts.day)
        } else {
            resolved = resolveYear(month: parts.month, day: parts.day, rule: rule)
        }
        guard let date = resolved else { return .impossible }
        if let weekday, weekday != date.weekday { return .wrongWeekday(date, named: weekday) }
        return .date(date)
    }

    /// The nearest year in the rule's direction in which the day exists (29/2 looks up to 8 years).
    static func resolveYear(month: Int, day: Int, rule: YearRule) -> CalendarDate? {
        switch rule {
        case .notAfter(let today):
            for year in stride(from: today.year, through: today.year - 8, by: -1) {
                if let date = CalendarDate(year: year, month: month, day: day), date <= today { return date }
            }
        case .onOrAfter(let start):
            for year in start.year...(start.year + 8) {
                if let date = CalendarDate(year: year, month: month, day: day), date >= start { return date }
            }
        }
        return nil
    }
}
