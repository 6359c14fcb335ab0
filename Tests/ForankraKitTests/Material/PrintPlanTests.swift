import Foundation
import XCTest
@testable import ForankraKit

/// The page plan of the printed pack, as far as it is decided before printing: sign-in rows that
/// fill whole pages with room for those who come uninvited, and a pack that opens with its
/// agenda. `make conformance` prints the demo and checks the pages themselves.
final class PrintPlanTests: XCTestCase {
    func testSignInRowsFillWholePagesWithAtLeastFiveBlankRows() {
        let first = WorkshopPack.signInRowsOnFirstPage, next = WorkshopPack.signInRowsPerPage
        for invited in 0...80 {
            let rows = WorkshopPack.signInRows(filled: invited)
            XCTAssertGreaterThanOrEqual(rows - invited, 5, "\(invited) invited")
            XCTAssertTrue(rows == first || (rows - first) % next == 0, "\(rows) rows for \(invited) do not fill whole pages")
            XCTAssertLessThan(rows - invited, 5 + next, "\(invited) invited: a whole page of blank rows too many")
        }
        XCTAssertEqual(WorkshopPack.signInRows(filled: 16), first + next, "16 invited: the 16th name is not alone on page 2, and 5 blank rows follow")
        XCTAssertEqual(WorkshopPack.signInRows(filled: 20, blanks: 0), first + next, "a blank sheet for 20 fills two pages")
    }

    func testThePackOpensWithItsAgendaAndTheSignInSheetHasBlankNumberedRows() throws {
        let workspace = try TestWorkspace()
        var csv = "Namn;E-post;Förvaltning\n"
        for number in 1...16 { csv += "Chef \(number);chef\(number)@sjohamra.se;Förvaltning \(number % 4)\n" }
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", csv)])
        workspace.succeed(["workshop", "new", "--date", "2026-12-08", "--start", "13:00", "--end", "16:00", "--place", "Sal A",
                           "--capacity", "20", "--sections", "3"])
        workspace.succeed(["workshop", "invite", "--auto"])
        workspace.succeed(["workshop", "pack", "2026-12-08"])
        let index = try workspace.text("packs/2026-12-08-sal-a/index.html")
        let firstDocument = try XCTUnwrap(index.range(of: "<section class=\"document\">"))
        let firstHeading = try XCTUnwrap(index.range(of: "<h1>", range: firstDocument.upperBound..<index.endIndex))
        XCTAssertTrue(index[firstHeading.upperBound...].hasPrefix("Dagordning för chefsworkshop"), "the printed pack opens with the agenda")
        XCTAssertFalse(index.contains("narvarolista.md"), "no page of file names")

        let sheet = try workspace.text("packs/2026-12-08-sal-a/narvarolista.md")
        let rows = sheet.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Nr") && !$0.hasPrefix("| ---") }
        XCTAssertEqual(rows.count, WorkshopPack.signInRows(filled: 16))
        XCTAssertEqual(rows.filter { $0.contains("Chef\u{00A0}") }.count, 16, "names held together by no-break spaces")
        XCTAssertTrue(rows.last?.hasPrefix("| \(rows.count) |") ?? false, "blank rows are numbered too: \(rows.last ?? "")")
        XCTAssertTrue(workspace.succeed(["workshop", "list"]).standardOutput.contains("2026-12-08"))
    }

    func testTheGuideAsksManagersAboutTheQuestionsTheirStaffWillGet() throws {
        let folder = try TemporaryFolder()
        let result = runForankra(["pack", TestPaths.markdownExample, "--date", "2026-02-03", "--start", "13:00", "--end", "16:00",
                                  "--place", "Sal A", "--sections", "3,7", "-o", "paket"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let guide = try folder.read("paket/handledning.md")
        for (section, sheet) in [("3", "paket/apt-03-ledarskap.md"), ("7", "paket/apt-07-lon-och-villkor.md")] {
            let part = try XCTUnwrap(guide.components(separatedBy: "## Avsnitt \(section):").dropFirst().first?.components(separatedBy: "**Så tar").first)
            let asked = part.components(separatedBy: "dina medarbetare får frågan ”").dropFirst().compactMap { $0.components(separatedBy: "”").first }
            XCTAssertEqual(asked.count, 2, part)
            let staffSheet = try folder.read(sheet)
            for question in asked { XCTAssertTrue(staffSheet.contains(question), "section \(section): '\(question)' is not on its APT sheet") }
        }
        XCTAssertFalse(guide.contains("Vad gör ni redan i dag som stämmer med det programmet säger?"), "the same four questions for every section are gone")
    }
}
