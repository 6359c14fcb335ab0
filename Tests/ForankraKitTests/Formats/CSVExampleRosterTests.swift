import Foundation
import XCTest
@testable import ForankraKit

final class CSVExampleRosterTests: XCTestCase {
    private let path = TestPaths.packageRoot + "/materials/roster/chefer.csv"

    private func roster() throws -> CSVTable {
        try CSVReader.read(Data(contentsOf: URL(fileURLWithPath: path)), path: path)
    }

    func testExampleRosterIsAnExcelStyleExportWithTheSwedishHeader() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        XCTAssertTrue(String(decoding: data, as: UTF8.self).contains("\r\n"))
        let table = try roster()
        XCTAssertEqual(table.separator, ";")
        XCTAssertEqual(table.encoding, .utf8WithBOM)
        XCTAssertEqual(table.header, ["Anst.nr", "Förnamn", "Efternamn", "E-post", "Förvaltning", "Enhet", "Antal medarbetare", "Chef från"])
        XCTAssertTrue((55...65).contains(table.rows.count), "\(table.rows.count) rows")
        XCTAssertTrue(table.rows.allSatisfy { $0.fields.count == 8 })
    }

    func testExampleRosterHasUniqueEmailsAndNumbers() throws {
        let table = try roster()
        XCTAssertEqual(Set(table.rows.map { $0[3] }).count, table.rows.count)
        XCTAssertEqual(Set(table.rows.map { $0[0] }).count, table.rows.count)
        XCTAssertTrue(table.rows.contains { $0[3] == "anna.lindqvist2@sjohamra.se" })
        XCTAssertTrue(table.rows.allSatisfy { $0[3].hasSuffix("@sjohamra.se") && $0[3].allSatisfy(\.isASCII) })
    }

    func testExampleRosterKeepsCommasInQuotedAndUnquotedUnitNames() throws {
        let units = try roster().rows.map { $0[5] }
        XCTAssertTrue(units.contains("Kök, städ och lokalvård"))
        XCTAssertTrue(units.contains("Individ- och familjeomsorg, barn och unga"))
    }

    func testExampleRosterHasStaffCountsAndThreeRecentManagers() throws {
        let rows = try roster().rows
        let counts = rows.compactMap { Int($0[6]) }
        XCTAssertEqual(counts.count, rows.count)
        XCTAssertTrue(counts.allSatisfy { (4...45).contains($0) })
        XCTAssertTrue((1_300...1_700).contains(counts.reduce(0, +)))
        XCTAssertEqual(rows.filter { $0[7] > "2026-06-01" }.count, 3)
    }
}
