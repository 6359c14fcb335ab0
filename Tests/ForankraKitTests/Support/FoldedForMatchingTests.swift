import Foundation
import XCTest
@testable import ForankraKit

/// Names, units and questions are compared folded; the fast fold must fold as `lowercased()`
/// with white space runs as one space always did, or two spellings of a question split.
final class FoldedForMatchingTests: XCTestCase {
    func testFoldsCaseAndWhiteSpaceAsPeopleTypeThem() {
        XCTAssertEqual("  Gäller HELTIDSNORMEN\tockså\n timanställda? ".foldedForMatching, "gäller heltidsnormen också timanställda?")
        XCTAssertEqual("ÅSA ÖBERG\u{00A0}Ärlig".foldedForMatching, "åsa öberg ärlig", "a no-break space is white space too")
        XCTAssertEqual("".foldedForMatching, "")
        XCTAssertEqual(" \t ".foldedForMatching, "")
    }

    func testAgreesWithLowercasedAndSplitOnDrawnTexts() {
        let alphabet = Array("aZåÄöÉé İßΣς1?. \t\n\u{00A0}\u{2003}-–”")
        for text in drawnTexts(from: alphabet, count: 2_000, maxLength: 24, seed: 7) {
            let expected = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertEqual(text.foldedForMatching, expected, text.debugDescription)
        }
    }

    func testFoldsEveryLatinScalarAsUnicodeDoes() {
        // Latin-1 is folded by table; the table must say what Unicode's properties say.
        for value in UInt32(0)..<0x250 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "x" + String(Character(scalar)) + "y"
            let expected = scalar.properties.isWhitespace ? "x y" : "x" + scalar.properties.lowercaseMapping + "y"
            XCTAssertEqual(text.foldedForMatching, expected, String(format: "U+%04X", value))
        }
    }

    func testAQuestionsKeyIsTrimmedOfClosingMarksAsFoundationTrims() {
        XCTAssertEqual(AptRecord.Question.groupingKey("  Gäller det OSS? "), "gäller det oss")
        XCTAssertEqual(AptRecord.Question.groupingKey("?!. "), "")
        let closingMarks = CharacterSet(charactersIn: "?!. ")
        let alphabet = Array("aÅö?!. .\t\u{00A0}–e\u{0301}")
        for text in drawnTexts(from: alphabet, count: 2_000, maxLength: 12, seed: 11) {
            XCTAssertEqual(AptRecord.Question.groupingKey(text), text.foldedForMatching.trimmingCharacters(in: closingMarks), text.debugDescription)
        }
    }

    func testLowercasesScalarwiseAsLowercasedDoes() {
        for value in UInt32(0)..<0x600 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "Ö" + String(Character(scalar)) + "Z"
            XCTAssertEqual(text.lowercasedScalarwise.unicodeScalars.elementsEqual(text.lowercased().unicodeScalars), true, String(format: "U+%04X", value))
        }
        XCTAssertEqual("VI SKA".lowercasedScalarwise, "vi ska")
        XCTAssertEqual("ÅSA İLKAY ΣΟΦΙΑΣ".lowercasedScalarwise, "ÅSA İLKAY ΣΟΦΙΑΣ".lowercased())
    }
}

