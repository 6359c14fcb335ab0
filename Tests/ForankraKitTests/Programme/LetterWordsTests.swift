import XCTest
@testable import ForankraKit

/// Key statements are scored on a sentence's words; the fast cut must give the words the
/// Character-by-Character cut gave, or a quote changes on a sheet.
final class LetterWordsTests: XCTestCase {
    private func characterCut(_ text: String) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
    }

    func testCutsSwedishSentencesIntoWords() {
        XCTAssertEqual(KeyStatementFinder.letterWords("Chefen ska – i samråd med HR – se över löne­kartläggningen 2026."),
                       ["Chefen", "ska", "i", "samråd", "med", "HR", "se", "över", "löne", "kartläggningen"])
        XCTAssertEqual(KeyStatementFinder.letterWords("Vi är en ”lärande” organisation…"), ["Vi", "är", "en", "lärande", "organisation"])
        XCTAssertEqual(KeyStatementFinder.letterWords("E-post, 50 %"), ["E-post"])
    }

    func testAgreesWithTheCharacterCutOnDrawnTexts() {
        // Letters, Swedish and other, digits, punctuation, and what joins clusters: combining
        // marks, a carriage return before a line feed, joiners, an emoji with a modifier.
        let alphabet = ["a", "Å", "ö", "é", "ß", "Σ", "ı", "1", " ", "-", "–", "”", "…", "\t", "\n", "\r\n", "\u{00A0}", "\u{00AD}",
                        "\u{0301}", "e\u{0301}", "\u{200D}", "\u{200B}", "👍🏽", "ʼ", "€", "ǆ", "ﬁ"]
        for text in drawnTexts(from: alphabet, count: 3_000, maxLength: 14, seed: 23) {
            XCTAssertEqual(KeyStatementFinder.letterWords(text), characterCut(text), text.debugDescription)
        }
    }

    func testEveryLatinScalarIsALetterOrASeparatorAsTheCharacterCutSays() {
        for value in UInt32(0x20)..<0x300 {
            guard let scalar = Unicode.Scalar(value), value != 0x7F else { continue }
            let text = "a" + String(Character(scalar)) + "b c"
            XCTAssertEqual(KeyStatementFinder.letterWords(text), characterCut(text), String(format: "U+%04X", value))
        }
    }

    func testWithoutJoiningHyphensAgreesWithTheCharacterCut() {
        let alphabet = ["a", "Å", "ö", " ", "-", "–", "1", "e\u{0301}", "\u{0301}", "?", "HR"]
        for text in drawnTexts(from: alphabet, count: 2_000, maxLength: 12, seed: 29) {
            XCTAssertEqual(KeyStatementFinder.letterWords(text, hyphenJoins: false),
                           text.split(whereSeparator: { !$0.isLetter }).map(String.init), text.debugDescription)
        }
    }
}

