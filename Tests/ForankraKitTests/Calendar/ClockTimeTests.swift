import XCTest
@testable import ForankraKit

final class ClockTimeTests: XCTestCase {
    func testColonAndSwedishDotAreAccepted() {
        let accepted = ["13:00": "13:00", "13.00": "13:00", "9:05": "09:05", "09:05": "09:05", "0:00": "00:00", "23:59": "23:59", "8.30": "08:30"]
        for (text, shown) in accepted {
            XCTAssertEqual(ClockTime(text)?.description, shown, "'\(text)'")
        }
    }

    func testImpossibleOrMisshapenTimesAreRefused() {
        for text in ["24:00", "12:60", "1300", "12:5", "12:005", "123:00", ":30", "12:", "", "12:30:00", "12,30", " 9:05",
                     "9:05 ", "-1:00", "+9:05", "9:+5", "9:-5", "ab:cd", "１３:００"] {
            XCTAssertNil(ClockTime(text), "'\(text)' should be refused")
        }
    }

    func testMinutesStayWithinOneDay() {
        XCTAssertNil(ClockTime(minutes: -1))
        XCTAssertNil(ClockTime(minutes: 24 * 60))
        XCTAssertEqual(ClockTime(minutes: 0)?.description, "00:00")
        XCTAssertEqual(ClockTime(minutes: 24 * 60 - 1)?.description, "23:59")
    }

    func testEveryMinuteOfTheDayReadsBackFromItsText() {
        for minutes in 0..<(24 * 60) {
            let text = ClockTime(minutes: minutes)?.description ?? ""
            XCTAssertEqual(ClockTime(text)?.minutes, minutes, text)
            XCTAssertEqual(ClockTime(text.replacingOccurrences(of: ":", with: "."))?.minutes, minutes, text)
        }
    }
}
