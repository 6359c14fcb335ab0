import XCTest
@testable import ForankraKit

/// A paragraph that ends in a full stop is answered without cutting it into sentences; the
/// answer must be the one the last sentence gives, or a list loses or gains its lead-in.
final class OpenLeadInTests: XCTestCase {
    private func lastSentenceLeadIn(_ paragraph: String) -> String? {
        guard let last = SentenceSplitter.sentences(in: paragraph).last, let final = last.last else { return nil }
        return final == ":" || final == "–" || final == "-" || final.isLetter || final == "," ? String(last) : nil
    }

    func testFindsTheOpeningOfAList() {
        XCTAssertEqual(SectionTree.openLeadIn(of: "Vi arbetar med lön. Som chef ska du:"), "Som chef ska du:")
        XCTAssertEqual(SectionTree.openLeadIn(of: "Vi skapar tillit genom"), "Vi skapar tillit genom")
        XCTAssertNil(SectionTree.openLeadIn(of: "Vi skapar tillit. Det tar tid."))
    }

    func testAgreesWithTheLastSentenceOnDrawnParagraphs() {
        let alphabet = ["Vi", "ska", " ", " ", ".", "!", "?", ":", "–", ",", "1", "\u{0301}", "\u{0D4E}", "ö", "A", ")", "\n"]
        var generator = SeededGenerator(seed: 37)
        for _ in 0..<3_000 {
            let length = Int.random(in: 0...9, using: &generator)
            let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] }.joined()
            XCTAssertEqual(SectionTree.openLeadIn(of: text), lastSentenceLeadIn(text), text.debugDescription)
        }
    }
}
