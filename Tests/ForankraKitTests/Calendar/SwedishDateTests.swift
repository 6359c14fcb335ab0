import XCTest
@testable import ForankraKit

final class SwedishDateTests: XCTestCase {
    private let today = ymd(2026, 4, 20)

    private func assertReads(_ text: String, as expected: String, today: CalendarDate? = nil, file: StaticString = #filePath, line: UInt = #line) {
        let parsed = SwedishDate.parse(text, today: today ?? self.today)
        XCTAssertEqual(parsed?.description, expected, "\"\(text)\"", file: file, line: line)
    }

    func testEveryWrittenFormWithAYearIsRead() {
        for text in ["2022-04-12", "12 april 2022", "12 apr 2022", "12 apr. 2022", "12/4 2022", "12/4-22", "12/4-2022",
                     "12.4.2022", "12.4.22", "12/4/2022", "tisdag 12 april 2022", "Tisdagen den 12 april 2022",
                     "TISDAG 12 APRIL 2022", "12 April 2022", "April 12, 2022", "Tuesday 12 April 2022", "12:e april 2022",
                     "  12 april 2022  ", "2022/4/12", "12-apr-2022"] {
            assertReads(text, as: "2022-04-12")
        }
    }

    func testDatesWithoutAYearAreTheMostRecentNotAfterToday() {
        assertReads("12 april", as: "2026-04-12")
        assertReads("12/4", as: "2026-04-12")
        assertReads("den 12 april", as: "2026-04-12")
        assertReads("12.4", as: "2026-04-12")
        assertReads("20/4", as: "2026-04-20", today: today)
        assertReads("21/4", as: "2025-04-21", today: today)
        assertReads("1 maj", as: "2025-05-01")
    }

    func testYearIsInferredBackwardsOverNewYear() {
        let january = ymd(2026, 1, 10)
        assertReads("20/12", as: "2025-12-20", today: january)
        assertReads("20 december", as: "2025-12-20", today: january)
        assertReads("5/1", as: "2026-01-05", today: january)
    }

    func testLeapDayWithoutYearFindsTheLastLeapYear() {
        assertReads("29/2", as: "2024-02-29")
    }

    func testDueDatesWithoutAYearLookForward() {
        let meeting = ymd(2025, 11, 20)
        XCTAssertEqual(SwedishDate.parse("31/1", onOrAfter: meeting)?.description, "2026-01-31")
        XCTAssertEqual(SwedishDate.parse("30 november", onOrAfter: meeting)?.description, "2025-11-30")
        XCTAssertEqual(SwedishDate.parse("2025-06-30", onOrAfter: meeting)?.description, "2025-06-30", "a written year is kept")
    }

    func testImpossibleDatesAreNil() {
        for text in ["2022-02-30", "30/2", "31/4 2026", "31 april", "29/2 2023", "2022-13-01", "0/4", "12/13", "32 maj"] {
            XCTAssertNil(SwedishDate.parse(text, today: today), "\"\(text)\"")
            XCTAssertEqual(SwedishDate.read(text, year: .notAfter(today)), .impossible, "\"\(text)\"")
        }
    }

    func testUnreadableTextIsNil() {
        for text in ["", "   ", "igår", "förra tisdagen", "12", "april", "12 aprill 2022", "12/4/2022/1", "12/4 22222",
                     "fjortonde april", "12 april 2022 kl 13", "-12/4", "１２/４"] {
            XCTAssertNil(SwedishDate.parse(text, today: today), "\"\(text)\"")
        }
    }

    func testAWeekdayThatDoesNotFitTheDateIsNotGuessedAway() {
        XCTAssertNil(SwedishDate.parse("måndag 12 april 2022", today: today))
        XCTAssertEqual(SwedishDate.read("måndag 12 april 2022", year: .notAfter(today)), .wrongWeekday(ymd(2022, 4, 12), named: 1))
    }
}

func ymd(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
    guard let date = CalendarDate(year: year, month: month, day: day) else { preconditionFailure("bad test date") }
    return date
}
