import Foundation

/// DATE-TIME values (RFC 5545 §3.3.5), computed from plain numbers so the machine's time zone
/// and locale never enter.
enum ICalendarDateTime {
    /// `20261123T080000Z`: the instant in UTC, whole seconds (fractions are dropped).
    static func utc(_ instant: Date) -> String {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = floorDivision(seconds, by: 86_400)
        let date = CalendarDate.fromDayNumber(days)
        return "\(digits(date))T\(clock(secondOfDay: secondOfDay))Z"
    }

    /// `20260203T130000`: a wall-clock time, written with a TZID parameter by the caller.
    static func local(_ date: CalendarDate, _ time: ClockTime) -> String {
        "\(digits(date))T\(clock(secondOfDay: time.minutes * 60))"
    }

    private static func digits(_ date: CalendarDate) -> String {
        pad(date.year, 4) + pad(date.month, 2) + pad(date.day, 2)
    }

    private static func clock(secondOfDay: Int) -> String {
        pad(secondOfDay / 3600, 2) + pad(secondOfDay / 60 % 60, 2) + pad(secondOfDay % 60, 2)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let text = String(number)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    /// Division that rounds towards minus infinity, so instants before 1970 land on the right day.
    private static func floorDivision(_ value: Int, by divisor: Int) -> (quotient: Int, remainder: Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }
}
