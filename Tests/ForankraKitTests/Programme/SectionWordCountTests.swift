import XCTest
@testable import ForankraKit

/// A long section is warned about by its word count; counting scalar by scalar must give the
/// count the Character split gave, or a warning comes or goes.
final class SectionWordCountTests: XCTestCase {
    func testCountsWordsBetweenSpaces() {
        XCTAssertEqual(ProgrammeReader.spaceSeparatedWords(in: "Vi  ska vara en attraktiv arbetsgivare. "), 6)
        XCTAssertEqual(ProgrammeReader.spaceSeparatedWords(in: ""), 0)
        XCTAssertEqual(ProgrammeReader.spaceSeparatedWords(in: "   "), 0)
    }

    func testAgreesWithTheCharacterSplitOnDrawnTexts() {
        let alphabet = ["a", "ö", " ", " ", "\t", "\n", "\u{0301}", "e\u{0301}", "\u{200D}", "\u{0600}", "👍🏽", "-"]
        for text in drawnTexts(from: alphabet, count: 3_000, maxLength: 10, seed: 43) {
            XCTAssertEqual(ProgrammeReader.spaceSeparatedWords(in: text), text.split(separator: " ").count, text.debugDescription)
        }
    }
}
