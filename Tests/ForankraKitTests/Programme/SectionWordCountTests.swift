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
        var generator = SeededGenerator(seed: 43)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...10, using: &generator)
            let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
            XCTAssertEqual(ProgrammeReader.spaceSeparatedWords(in: text), text.split(separator: " ").count, text.debugDescription)
        }
    }
}
