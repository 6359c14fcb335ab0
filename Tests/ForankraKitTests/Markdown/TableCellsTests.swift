import XCTest
@testable import ForankraKit

/// Table rows are cut at pipe bytes when nothing can join a pipe or a space to its neighbour;
/// the cells must be the ones the character-by-character reading gives, or a roster row, an
/// attendance list or a programme table reads differently.
final class TableCellsTests: XCTestCase {
    func testCutsARosterRow() {
        XCTAssertEqual(MarkdownTable.cells(of: "| anna.lindqvist | Anna Lindqvist | Äldreomsorgen |  | 12 |"),
                       ["anna.lindqvist", "Anna Lindqvist", "Äldreomsorgen", "", "12"])
        XCTAssertEqual(MarkdownTable.cells(of: "  Åsa |\tÖrjan  "), ["Åsa", "Örjan"])
        XCTAssertEqual(MarkdownTable.cells(of: "|"), [""])
        XCTAssertEqual(MarkdownTable.cells(of: "||"), [""])
        XCTAssertEqual(MarkdownTable.cells(of: "| a \\| b | c |"), ["a | b", "c"])
    }

    func testLeavesAPipeWithAMarkOnItToTheCharacterReading() {
        XCTAssertNil(MarkdownTable.cellsOfPlainRow("| a |\u{0301} b |"))
        XCTAssertNil(MarkdownTable.cellsOfPlainRow("| a \u{0600}| b |"))
        XCTAssertNotNil(MarkdownTable.cellsOfPlainRow("| Åsa | Jönköping |"))
    }

    func testAgreesWithTheCharacterReadingOnDrawnRows() {
        // Pipes, spaces, tabs and escapes, Swedish letters, and what joins clusters: combining
        // marks, a joiner, an emoji modifier, a prepended mark, a carriage return.
        let alphabet = ["|", "|", " ", " ", "\t", "\\", "a", "Å", "ö", "1", "-", "e\u{0301}", "\u{0301}", "\u{200D}", "👍🏽", "\u{1F3FD}",
                        "\u{0600}", "\r", "\u{00A0}", "ا"]
        for row in drawnTexts(from: alphabet, count: 5_000, maxLength: 16, seed: 41) {
            XCTAssertEqual(MarkdownTable.cells(of: Substring(row)), MarkdownTable.cellsCharacterByCharacter(of: Substring(row)), row.debugDescription)
        }
    }
}
