/// The VTIMEZONE for Europe/Stockholm (CET/CEST under the EU rule since 1996: summer time from
/// the last Sunday of March 02:00 to the last Sunday of October 03:00, local time), so clients
/// that do not know the TZID still place 13:00 correctly.
enum StockholmTimeZone {
    static let identifier = "Europe/Stockholm"

    static var contentLines: [ICalendarContentLine] {
        [
            .init("BEGIN", "VTIMEZONE"),
            .init("TZID", identifier),
            .init("BEGIN", "STANDARD"),
            .init("DTSTART", "19701025T030000"),
            .init("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
            .init("TZOFFSETFROM", "+0200"),
            .init("TZOFFSETTO", "+0100"),
            .init("TZNAME", "CET"),
            .init("END", "STANDARD"),
            .init("BEGIN", "DAYLIGHT"),
            .init("DTSTART", "19700329T020000"),
            .init("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
            .init("TZOFFSETFROM", "+0100"),
            .init("TZOFFSETTO", "+0200"),
            .init("TZNAME", "CEST"),
            .init("END", "DAYLIGHT"),
            .init("END", "VTIMEZONE"),
        ]
    }
}
