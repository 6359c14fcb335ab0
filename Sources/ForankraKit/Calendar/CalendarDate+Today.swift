import Foundation

extension CalendarDate {
    /// The date in Sweden at `instant`, whatever the machine's time zone: CET (UTC+1), and
    /// CEST (UTC+2) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
    /// of October, as EU summer time runs.
    public static func swedish(at instant: Date) -> CalendarDate {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let utcDay = fromDayNumber(floorDivide(seconds, 86_400))
        let summerStart = lastSunday(month: 3, year: utcDay.year).dayNumber * 86_400 + 3_600
        let summerEnd = lastSunday(month: 10, year: utcDay.year).dayNumber * 86_400 + 3_600
        let isSummer = seconds >= summerStart && seconds < summerEnd
        let offset = isSummer ? 7_200 : 3_600
        return fromDayNumber(floorDivide(seconds + offset, 86_400))
    }

    static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
        let quotient = value / divisor
        return value % divisor < 0 ? quotient - 1 : quotient
    }

    static func lastSunday(month: Int, year: Int) -> CalendarDate {
        let lastDay = daysIn(month: month, year: year)
        let last = fromDayNumber(CalendarDate.dayNumber(year: year, month: month, day: lastDay))
        return fromDayNumber(last.dayNumber - (last.weekday % 7))
    }

    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    /// The same day `months` later (or earlier), or the month's last day when it is shorter:
    /// 36 months before 2029-02-28 is 2026-02-28, and one month after 31 January is 28 February.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let newYear = total / 12
        let newMonth = total % 12 + 1
        return CalendarDate(year: newYear, month: newMonth, day: min(day, CalendarDate.daysIn(month: newMonth, year: newYear))) ?? self
    }

    public func adding(days: Int) -> CalendarDate {
        CalendarDate.fromDayNumber(dayNumber + days)
    }
}
