/// When a promise in the programme is due, read from its own words: a day, the end of a year,
/// season, quarter or term, a time after adoption, or a recurrence over the programme's period.
/// The phrase it was read from is kept, so HR sees why a date was given.
struct PromiseTime: Equatable, Sendable {
    enum Recurrence: String, Equatable, Sendable {
        case yearly = "yearly"
        case everyOtherYear = "every-other-year"
        case quarterly = "quarterly"
        case monthly = "monthly"

        var months: Int {
            switch self {
            case .yearly: return 12
            case .everyOtherYear: return 24
            case .quarterly: return 3
            case .monthly: return 1
            }
        }
    }

    /// The date by which it is to be done, or the first due date of a recurring promise.
    var due: CalendarDate
    var recurrence: Recurrence?
    /// The words the time was read from, as they stand ("senast 2016", "årligen").
    var phrase: String

    /// Every due date of a recurring promise up to `end`; the one date otherwise.
    func dueDates(through end: CalendarDate) -> [CalendarDate] {
        guard let recurrence else { return [due] }
        // Counted from the first date each time, so a quarter ending on the 31st does not drift
        // to the 30th; a date at the end of its month stays at the end of the month.
        let endOfMonth = due.day == CalendarDate.daysIn(month: due.month, year: due.year)
        var dates: [CalendarDate] = []
        for step in 0..<200 {
            var date = due.adding(months: step * recurrence.months)
            if endOfMonth, let last = CalendarDate(year: date.year, month: date.month, day: CalendarDate.daysIn(month: date.month, year: date.year)) {
                date = last
            }
            guard date <= end else { break }
            dates.append(date)
        }
        return dates
    }
}

/// What a programme says about its own time: the years it runs and the day it was adopted.
struct ProgrammePeriod: Equatable, Sendable {
    var firstYear: Int
    var lastYear: Int
    var adopted: CalendarDate?

    /// The first due date of a recurring promise the text gives no date for: the end of the
    /// first year, quarter or month of the period.
    func firstDue(_ recurrence: PromiseTime.Recurrence) -> CalendarDate {
        switch recurrence {
        case .yearly, .everyOtherYear: return CalendarDate(year: firstYear, month: 12, day: 31) ?? end
        case .quarterly: return CalendarDate(year: firstYear, month: 3, day: 31) ?? end
        case .monthly: return CalendarDate(year: firstYear, month: 1, day: 31) ?? end
        }
    }

    var start: CalendarDate { CalendarDate(year: firstYear, month: 1, day: 1) ?? CalendarDate.fromDayNumber(0) }
    var end: CalendarDate { CalendarDate(year: lastYear, month: 12, day: 31) ?? CalendarDate.fromDayNumber(0) }

    /// The end of the council's term of office that the programme starts in: Swedish terms run
    /// four years from the autumn election (2019–2022, 2023–2026, 2027–2030, …).
    var endOfTerm: CalendarDate {
        let termStart = firstYear - ((firstYear - 2019) % 4 + 4) % 4
        return CalendarDate(year: termStart + 3, month: 12, day: 31) ?? end
    }
}
