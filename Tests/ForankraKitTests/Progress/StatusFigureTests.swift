import XCTest
@testable import ForankraKit

/// The status lines' figures stay readable at a region's scale, where the counts outgrow
/// their column.
final class StatusFigureTests: XCTestCase {
    func testACountWiderThanItsColumnDoesNotRunIntoThePercentage() {
        XCTAssertEqual(StatusText.figure(153_560, of: 153_560, .sv), "153 560 av 153 560 100 %")
        XCTAssertEqual(StatusText.figure(1_197, of: 1_472, .sv), "1 197 av 1 472   81 %", "the usual width is as before")
        XCTAssertEqual(StatusText.figure(99_999, of: 100_000, .en), "99 999 of 100 000 100 %")
    }
}
