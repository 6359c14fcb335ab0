import Foundation
import XCTest
@testable import ForankraKit

/// A record a person edited by hand keeps their text: a command changes only the lines it must,
/// and a record it does not change stays byte for byte the same.
final class WorkspaceHandEditedRecordTests: XCTestCase {
    static let workshopPath = "workshops/2026-10-06-sal-a.md"
    static let aptPath = "apt/2026/2026-11-10-anna.lindqvist-5.md"

    /// The example roster, one held workshop with everyone invited and one APT.
    private func workspaceWithRecords() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv"])
        workspace.succeed(["workshop", "new", "--date", "2026-10-06", "--start", "13:00", "--end", "16:00", "--place", "Sal A", "--capacity", "20", "--sections", "3,5"])
        workspace.succeed(["workshop", "invite", "--auto"])
        workspace.succeed(["workshop", "attend", "2026-10-06", "--present", "anna.lindqvist"])
        workspace.succeed(["apt", "log", "--manager", "anna.lindqvist", "--section", "5", "--date", "2026-11-10", "--participants", "14",
                           "--commitment", "Se över rastschemat; Lena Berg; 2026-12-15", "--question", "Gäller policyn vikarier?"])
        return workspace
    }

    /// Adds prose paragraphs and a comment after the first heading and gives one table row odd spacing.
    private func editByHand(_ text: String, oddRowFor id: String) throws -> String {
        var lines = text.components(separatedBy: "\n")
        let heading = try XCTUnwrap(lines.firstIndex { $0.hasPrefix("# ") })
        lines.insert(contentsOf: ["", "Anteckning från HR: lokalen byttes i sista stund.", "Fika beställt  från köket.", "", "<!-- kom ihåg att skicka ut presentationen -->"], at: heading + 1)
        if let row = lines.firstIndex(where: { $0.hasPrefix("| \(id) |") }) {
            let cells = RecordTable.cells(of: lines[row])
            lines[row] = "|\(cells[0])|  " + cells.dropFirst().joined(separator: "   |") + " |"
        }
        return lines.joined(separator: "\n")
    }

    func testAttendanceChangesOnlyItsOwnLineInAHandEditedWorkshop() throws {
        let workspace = try workspaceWithRecords()
        let edited = try editByHand(try workspace.text(Self.workshopPath), oddRowFor: "henrik.dahl")
        try workspace.write(Self.workshopPath, edited)

        workspace.succeed(["workshop", "attend", "2026-10-06", "--excused", "ahmed.yusuf"])
        let first = try workspace.text(Self.workshopPath)
        let changed = changedLines(edited, first)
        XCTAssertEqual(changed.count, 1, "\(changed)")
        XCTAssertEqual(changed.first?.2, "| ahmed.yusuf | Ahmed Yusuf | Barn- och utbildningsförvaltningen | förhinder |")

        workspace.succeed(["workshop", "attend", "2026-10-06", "--absent", "henrik.dahl"])
        let second = try workspace.text(Self.workshopPath)
        let oddRow = changedLines(first, second)
        XCTAssertEqual(oddRow.count, 1, "\(oddRow)")
        XCTAssertEqual(oddRow.first?.2, "| henrik.dahl | Henrik Dahl | Kommunledningsförvaltningen | frånvarande |")
        XCTAssertEqual(try workspace.workshops().first?.participant("henrik.dahl")?.attendance, .absent)
    }

    func testAHandEditedAptRecordIsLeftByteForByteByOtherCommands() throws {
        let workspace = try workspaceWithRecords()
        var edited = try editByHand(try workspace.text(Self.aptPath), oddRowFor: "")
        edited = edited.replacingOccurrences(of: "- [ ] Gäller", with: "- [x] Gäller") + "\nHR svarade per mejl 2026-11-20.\n"
        try workspace.write(Self.aptPath, edited)
        let bytes = workspace.data(Self.aptPath)

        workspace.succeed(["apt", "log", "--manager", "henrik.dahl", "--section", "5", "--date", "2026-11-10", "--participants", "6"])
        workspace.succeed(["workshop", "attend", "2026-10-06", "--present", "henrik.dahl"])
        workspace.succeed(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv"])
        XCTAssertEqual(workspace.data(Self.aptPath), bytes)
        let records = try AptStore.read(workspace.workspace()).records
        XCTAssertEqual(records.count, 2)
        XCTAssertEqual(records.first { $0.managerID == "anna.lindqvist" }?.questions.first?.answered, true)
    }

    func testReimportChangesOnlyTheChangedManagersLineInAHandEditedRoster() throws {
        let workspace = try workspaceWithRecords()
        let edited = try editByHand(try workspace.text("roster/chefer.md"), oddRowFor: "ali.hussein")
        try workspace.write("roster/chefer.md", edited)
        XCTAssertEqual(try workspace.roster().manager(id: "ali.hussein")?.name, "Ali Hussein", "the odd spacing does not read")

        let csv = try String(contentsOfFile: TestPaths.packageRoot + "/materials/roster/chefer.csv", encoding: .utf8)
        let moved = csv.replacingOccurrences(of: ";Solbackens förskola;", with: ";Solbackens förskola och Ekbacken;")
        XCTAssertNotEqual(moved, csv)
        let result = workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", moved)])
        XCTAssertTrue(result.standardOutput.hasPrefix("0 nya, 1 ändrade, 0 har slutat"), result.standardOutput)
        let changed = changedLines(edited, try workspace.text("roster/chefer.md"))
        XCTAssertEqual(changed.count, 1, "\(changed)")
        XCTAssertTrue(changed.first?.2.hasPrefix("| anna.lindqvist | Anna Lindqvist |") ?? false)
        XCTAssertTrue(changed.first?.2.contains("| Solbackens förskola och Ekbacken |") ?? false)
    }

    func testARecordSavedWithCRLFAndABOMStillReadsAndKeepsItsStyle() throws {
        let workspace = try workspaceWithRecords()
        let original = try workspace.text(Self.workshopPath)
        let windows = Data([0xEF, 0xBB, 0xBF]) + Data(original.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try workspace.write(Self.workshopPath, windows)
        try workspace.write(Self.aptPath, Data([0xEF, 0xBB, 0xBF]) + Data(try workspace.text(Self.aptPath).replacingOccurrences(of: "\n", with: "\r\n").utf8))

        let list = workspace.succeed(["workshop", "list"])
        XCTAssertTrue(list.standardOutput.contains("2026-10-06-sal-a"), list.standardOutput)
        XCTAssertTrue(list.standardOutput.contains("genomförd"), list.standardOutput)
        workspace.succeed(["apt", "log", "--manager", "henrik.dahl", "--section", "5", "--date", "2026-11-10", "--participants", "6"])
        let duplicate = workspace.run(["apt", "log", "--manager", "anna.lindqvist", "--section", "5", "--date", "2026-11-10", "--participants", "3"])
        XCTAssertEqual(duplicate.code, .dataError, "the CRLF record was not read: \(duplicate.standardError)")

        workspace.succeed(["workshop", "attend", "2026-10-06", "--excused", "ahmed.yusuf"])
        let after = try XCTUnwrap(workspace.data(Self.workshopPath))
        XCTAssertTrue(after.starts(with: [0xEF, 0xBB, 0xBF]), "the BOM was dropped")
        let oldLines = String(decoding: windows, as: UTF8.self).components(separatedBy: "\r\n")
        let newLines = String(decoding: after, as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertEqual(oldLines.count, newLines.count)
        XCTAssertEqual(zip(oldLines, newLines).filter { $0 != $1 }.count, 1)
    }
}
