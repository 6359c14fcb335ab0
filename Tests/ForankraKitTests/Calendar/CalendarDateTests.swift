import XCTest
@testable import ForankraKit

final class CalendarDateTests: XCTestCase {
    func testImpossibleOrMisshapenDatesAreRefused() {
        for text in ["2022-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-5", "2024-01-5",
                     "24-01-05", "2024/01/05", "2024-01-05 ", " 2024-01-05", "2024-01-05T10:00", "", "--", "2024--01-05",
                     "2024-+1-05", "2024-01-+5", "+024-01-05", "2024-1-05", "２０２４-01-05"] {
            XCTAssertNil(CalendarDate(iso: text), "'\(text)' should be refused")
        }
    }

    func testRealDatesAreAcceptedAsWritten() throws {
        for text in ["2024-02-29", "2000-02-29", "2026-02-03", "2025-12-31", "1999-01-01"] {
            XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: text)).description, text)
        }
        XCTAssertNil(CalendarDate(iso: "1900-02-29"), "1900 is not a leap year")
    }

    func testWeekdaysOfKnownDates() throws {
        let known = [("2026-02-03", 2), ("2000-01-01", 6), ("1970-01-01", 4), ("2024-02-29", 4), ("2023-12-31", 7), ("2024-01-01", 1)]
        for (text, weekday) in known {
            XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: text)).weekday, weekday, text)
        }
    }

    func testDayNumberRoundTripsForEveryDayFrom1990To2100() throws {
        let first = try XCTUnwrap(CalendarDate(year: 1990, month: 1, day: 1)).dayNumber
        let last = try XCTUnwrap(CalendarDate(year: 2100, month: 12, day: 31)).dayNumber
        var previous: CalendarDate?
        for number in first...last {
            let date = CalendarDate.fromDayNumber(number)
            guard date.dayNumber == number else { return XCTFail("day \(number) came back as \(date) = \(date.dayNumber)") }
            if let previous, !(previous < date) { return XCTFail("\(previous) is not before \(date)") }
            previous = date
        }
        XCTAssertEqual(CalendarDate.fromDayNumber(0).description, "1970-01-01")
        XCTAssertEqual(last - first + 1, 111 * 365 + 27, "111 years with 27 leap days")
    }

    func testLongTextInBothLanguages() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2026-02-03"))
        XCTAssertEqual(date.longText(.sv), "tisdag 3 februari 2026")
        XCTAssertEqual(date.longText(.en), "Tuesday 3 February 2026")
        XCTAssertEqual(try XCTUnwrap(CalendarDate(iso: "2000-01-01")).longText(.sv), "lördag 1 januari 2000")
    }

    func testDatesOrderByDay() throws {
        let dates = try ["2026-02-03", "2025-12-31", "2026-01-15"].map { try XCTUnwrap(CalendarDate(iso: $0)) }
        XCTAssertEqual(dates.sorted().map(\.description), ["2025-12-31", "2026-01-15", "2026-02-03"])
    }
}
