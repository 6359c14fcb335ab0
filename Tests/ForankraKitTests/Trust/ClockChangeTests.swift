import Foundation
import XCTest
@testable import ForankraKit

/// A workshop is at a time that exists, and its invitation names one instant.
final class ClockChangeTests: XCTestCase {
    func testTheNightsOfTheClockChangesAreKnown() throws {
        let spring = try XCTUnwrap(CalendarDate(iso: "2027-03-28")), autumn = try XCTUnwrap(CalendarDate(iso: "2027-10-31"))
        let half = try XCTUnwrap(ClockTime("02:30"))
        XCTAssertEqual(SwedishClock.kind(of: spring, half), .skipped)
        XCTAssertEqual(SwedishClock.kind(of: autumn, half), .repeated)
        XCTAssertEqual(SwedishClock.kind(of: try XCTUnwrap(CalendarDate(iso: "2027-03-21")), half), .ordinary)
        XCTAssertEqual(SwedishClock.kind(of: spring, try XCTUnwrap(ClockTime("03:00"))), .ordinary)
        // 02:30 on the autumn night, first time round, is 00:30 UTC; 01:30 that night is 23:30 UTC the day before.
        XCTAssertEqual(SwedishClock.utcSeconds(autumn, half) % 86_400, 30 * 60)
        XCTAssertEqual(SwedishClock.utcSeconds(try XCTUnwrap(CalendarDate(iso: "2027-01-10")), try XCTUnwrap(ClockTime("13:00"))) % 86_400, 12 * 3_600)
    }

    func testAWorkshopInTheSkippedHourIsRefusedSayingWhichTimesExist() throws {
        let folder = try CheckWorkspaceFixture.clean()
        let result = runForankra(["workshop", "new", "--date", "2027-03-28", "--start", "02:30", "--end", "05:00", "--place", "Nattsal",
                                  "--capacity", "5", "--sections", "1"], in: folder.path)
        XCTAssertEqual(result.code, .dataError)
        XCTAssertTrue(result.standardError.contains("02:30 finns inte den 2027-03-28: klockan ställs fram från 02:00 till 03:00 den natten"), result.standardError)
        XCTAssertTrue(result.standardError.contains("Välj en tid före 02:00 eller från 03:00."), result.standardError)
        XCTAssertFalse(folder.exists("workshops/2027-03-28-nattsal.md"))
    }

    func testTheRepeatedAutumnHourIsWrittenAsOneInstant() throws {
        let invitation = CalendarInvitation(
            uid: "x@forankra", stamp: Date(timeIntervalSince1970: 0), date: try XCTUnwrap(CalendarDate(iso: "2027-10-31")),
            start: try XCTUnwrap(ClockTime("02:30")), end: try XCTUnwrap(ClockTime("04:00")), summary: "Nattpass", location: "",
            description: "", organizer: nil, attendees: [], sequence: 0)
        let text = ICalendarWriter.render(invitation)
        XCTAssertTrue(text.contains("DTSTART:20271031T003000Z\r\n"), text)
        XCTAssertTrue(text.contains("DTEND;TZID=Europe/Stockholm:20271031T040000\r\n"), text)
    }
}
