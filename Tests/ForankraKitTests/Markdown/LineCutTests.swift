import XCTest
@testable import ForankraKit

/// Lines are cut at line feed bytes, and line feeds turned into spaces byte by byte; both must
/// give what the Character and scalar ways gave, or a programme's line numbers and quotes move.
final class LineCutTests: XCTestCase {
    func testCutsAtLineFeedsAsTheCharacterSplitDoes() {
        let alphabet = ["a", "ö", " ", "\n", "\n", "\r", "\r\n", "\u{0301}", "e\u{0301}", "\u{200D}", "👍🏽", "|"]
        for text in drawnTexts(from: alphabet, count: 3_000, maxLength: 12, seed: 31) {
            XCTAssertEqual(LineScanner.lines(of: text), text.split(separator: "\n", omittingEmptySubsequences: false), text.debugDescription)
            XCTAssertEqual(text.lineBreaksAsSpaces.unicodeScalars.map(\.value),
                           text.unicodeScalars.map { $0 == "\n" ? 0x20 : $0.value }, text.debugDescription)
        }
    }

    func testNumbersLinesFromOneWithoutAnEmptyLastLine() {
        var scanner = LineScanner(text: "# Rubrik\n\nText\n")
        var numbered: [String] = []
        while let line = scanner.currentLine {
            numbered.append("\(scanner.lineNumber): \(line)")
            scanner.readLine()
        }
        XCTAssertEqual(numbered, ["1: # Rubrik", "2: ", "3: Text"])
    }
}
