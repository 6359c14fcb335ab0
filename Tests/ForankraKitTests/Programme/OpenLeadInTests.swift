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
        for text in drawnTexts(from: alphabet, count: 3_000, maxLength: 9, seed: 37) {
            XCTAssertEqual(SectionTree.openLeadIn(of: text), lastSentenceLeadIn(text), text.debugDescription)
        }
    }
}
