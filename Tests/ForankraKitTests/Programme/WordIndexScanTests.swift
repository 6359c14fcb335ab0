import XCTest
@testable import ForankraKit

/// Theme words are cut from every APT's conclusion and questions by reading UTF-8 bits and a
/// Latin-1 table; a word must be what Unicode's properties make it, or a theme's count moves.
final class WordIndexScanTests: XCTestCase {
    func testCutsSwedishTextIntoLowercasedWords() {
        XCTAssertEqual(WordIndex.words(in: "ÅTERKOPPLING på Lönesamtal – 2026!"), ["återkoppling", "på", "lönesamtal", "2026"])
        XCTAssertEqual(WordIndex.words(in: "Ærø × ÷ Straße"), ["ærø", "straße"])
    }

    func testEveryScalarIsAWordOrASeparatorAsUnicodeSays() {
        let ranges: [ClosedRange<UInt32>] = [0x80...0x2FF, 0x370...0x52F, 0x2000...0x20CF, 0x1E00...0x1EFF, 0x1F300...0x1F3FF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let properties = scalar.properties
                let isWord = properties.isAlphabetic || properties.numericType == .decimal || properties.generalCategory == .nonspacingMark
                let expected = isWord ? [properties.changesWhenLowercased ? properties.lowercaseMapping : String(scalar)] : []
                XCTAssertEqual(WordIndex.words(in: " " + String(scalar) + " "), expected, String(format: "U+%04X", value))
            }
        }
    }
}
