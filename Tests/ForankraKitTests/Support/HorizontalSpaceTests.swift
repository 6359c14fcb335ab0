import Foundation
import XCTest
@testable import ForankraKit

/// The programme reader trims each paragraph and heading with its own trimming, not
/// Foundation's; it must cut exactly what Foundation's `.whitespaces` cut, or a heading or a
/// quote changes in every outline and sheet.
final class HorizontalSpaceTests: XCTestCase {
    func testTrimsTabsAndUnicodeSpacesButNotLineBreaks() {
        XCTAssertEqual("\u{00A0}\t 2.1 Tillit \u{2003}".trimmedOfHorizontalSpace, "2.1 Tillit")
        XCTAssertEqual("\nrad\n".trimmedOfHorizontalSpace, "\nrad\n", "a line break is not horizontal space")
        XCTAssertEqual(" \t\u{00A0}".trimmedOfHorizontalSpace, "")
        XCTAssertEqual("två\nrader\n".lineBreaksAsSpaces, "två rader ")
    }

    func testCountsTheScalarsFoundationCountsAsWhitespace() {
        for value in 0..<0x11_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(scalar.isHorizontalSpace, CharacterSet.whitespaces.contains(scalar), String(format: "U+%04X", value))
        }
    }

    func testAgreesWithFoundationOnDrawnTexts() {
        let alphabet = Array("aÅé e\u{0301}1.–\t\n\u{00A0}\u{2003}\u{202F}\u{200B}\u{3000}")
        for text in drawnTexts(from: alphabet, count: 2_000, maxLength: 16, seed: 11) {
            XCTAssertEqual(text.trimmedOfHorizontalSpace, text.trimmingCharacters(in: .whitespaces), text.debugDescription)
            XCTAssertEqual(text.lineBreaksAsSpaces, text.replacingOccurrences(of: "\n", with: " "), text.debugDescription)
        }
    }
}
