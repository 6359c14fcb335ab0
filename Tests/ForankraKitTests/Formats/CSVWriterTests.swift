import Foundation
import XCTest
@testable import ForankraKit

final class CSVWriterTests: XCTestCase {
    private func text(_ data: Data) -> String {
        String(decoding: data.dropFirst(3), as: UTF8.self)
    }

    func testExcelFileHasBOMSemicolonsAndCRLF() {
        let data = CSVWriter.excel(header: ["Enhet", "Antal"], rows: [[.text("Lärkan"), .integer(42)]])
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(text(data), "Enhet;Antal\r\nLärkan;42\r\n")
    }

    func testSeparatorsQuotesAndLineBreaksAreQuoted() {
        let data = CSVWriter.excel(header: ["A"], rows: [
            [.text("Kök; städ")], [.text("kallas \"Pelle\"")], [.text("rad ett\nrad två")], [.text("a, b")],
        ])
        XCTAssertEqual(text(data), "A\r\n\"Kök; städ\"\r\n\"kallas \"\"Pelle\"\"\"\r\n\"rad ett\nrad två\"\r\na, b\r\n")
    }

    func testDecimalsAreWrittenWithDecimalComma() {
        let data = CSVWriter.excel(header: ["X"], rows: [
            [.decimal(12.5, places: 1)], [.decimal(3.14159, places: 2)], [.decimal(-0.001, places: 1)],
            [.decimal(7, places: 0)], [.decimal(-2.25, places: 2)], [.empty],
        ])
        XCTAssertEqual(text(data), "X\r\n12,5\r\n3,14\r\n0,0\r\n7\r\n-2,25\r\n\r\n")
    }

    func testTextThatExcelWouldRunAsAFormulaGetsALeadingApostrophe() {
        let cells = ["=SUM(A1)", "+46 70 123 45 67", "-x", "@x", "\tflik", "\rretur"]
        let data = CSVWriter.excel(header: ["A"], rows: cells.map { [.text($0)] })
        XCTAssertEqual(text(data), "A\r\n'=SUM(A1)\r\n'+46 70 123 45 67\r\n'-x\r\n'@x\r\n'\tflik\r\n\"'\rretur\"\r\n")
    }

    func testNumbersAreNotNeutralised() {
        let data = CSVWriter.excel(header: ["A", "B"], rows: [[.integer(-3), .decimal(-1.5, places: 1)]])
        XCTAssertEqual(text(data), "A;B\r\n-3;-1,5\r\n")
    }

    func testWhatIsWrittenReadsBackAsTheSameCells() throws {
        let header = ["Enhet", "Chef", "Antal", "Andel", "Not"]
        let rows: [[CSVCell]] = [
            [.text("Kök; städ och lokalvård"), .text("Marianne Sjögren"), .integer(38), .decimal(12.5, places: 1), .text("rad ett\nrad två")],
            [.text("Hemtjänst Norr"), .text("Ibrahim \"Ibbe\" Demir"), .integer(-3), .decimal(0.25, places: 2), .empty],
            [.text(" Biblioteket "), .text("Gunilla Wallin"), .integer(0), .decimal(100, places: 0), .text("a, b")],
        ]
        let table = try CSVReader.read(CSVWriter.excel(header: header, rows: rows), path: "rapport.csv")
        XCTAssertEqual(table.header, header)
        XCTAssertEqual(table.separator, ";")
        XCTAssertEqual(table.encoding, .utf8WithBOM)
        XCTAssertEqual(table.rows.map(\.fields), [
            ["Kök; städ och lokalvård", "Marianne Sjögren", "38", "12,5", "rad ett\nrad två"],
            ["Hemtjänst Norr", "Ibrahim \"Ibbe\" Demir", "-3", "0,25", ""],
            [" Biblioteket ", "Gunilla Wallin", "0", "100", "a, b"],
        ])
        XCTAssertEqual(table.rows.map(\.line), [2, 4, 5])
    }
}
