import Foundation
import XCTest
@testable import ForankraKit

/// A bad export is refused with the line to look at, and the workspace is left exactly as it was.
final class WorkspaceRosterImportRefusalTests: XCTestCase {
    private func assertRefused(_ csv: String, mentions expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", WorkspaceRosterReimportTests.first)], file: file, line: line)
        let before = workspace.snapshot()
        let result = workspace.run(["roster", "import", try workspace.writeOutside("fel.csv", csv)])
        XCTAssertEqual(result.code, .dataError, result.standardError, file: file, line: line)
        for text in expected {
            XCTAssertTrue(result.standardError.contains(text), "expected '\(text)' in:\n\(result.standardError)", file: file, line: line)
        }
        assertSameFiles(before, workspace.snapshot(), "a refused import", file: file, line: line)
    }

    func testAHeaderWithoutANameColumnIsRefusedAtLineOne() throws {
        try assertRefused("Anst.nr,Org,Telefon\n1,Soc,070\n", mentions: ["fel.csv:1:", "namn (Namn"])
    }

    func testAHeaderWithoutManagersIsRefused() throws {
        try assertRefused("Namn,E-post,Förvaltning\n", mentions: ["fel.csv:1:", "inga chefer"])
    }

    func testTwoManagersWithOneAddressAreRefusedNamingBothLines() throws {
        try assertRefused(
            "Namn,E-post,Förvaltning\nAnna Lindqvist,anna@sjohamra.se,BUF\nAli Hussein,ali@sjohamra.se,SOF\nAnna Berg,anna@sjohamra.se,SOF\n",
            mentions: ["fel.csv:4:", "står även på rad 2"])
    }

    func testStaffThatIsNotANumberIsRefusedNamingTheRow() throws {
        try assertRefused(
            "Namn,E-post,Förvaltning,Medarbetare\nAnna Lindqvist,anna@sjohamra.se,BUF,12\nAli Hussein,ali@sjohamra.se,SOF,tolv\n",
            mentions: ["fel.csv:3:", "rad 2", "'tolv'"])
    }
}
