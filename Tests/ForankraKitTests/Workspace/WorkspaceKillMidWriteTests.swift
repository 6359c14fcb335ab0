import Foundation
import XCTest
@testable import ForankraKit

/// A command killed at any moment leaves every record either as it was or as the command meant
/// to write it, never half written, and its temporary files are never read as records.
final class WorkspaceKillMidWriteTests: XCTestCase {
    static let workshop = "workshops/2026-10-06-sal-a.md"

    /// Runs the command to the end once, unhurried, and returns how long it took, so the kills
    /// below fall over the whole run, the write included.
    private func duration(_ arguments: [String], in workspace: TestWorkspace) throws -> UInt32 {
        let started = Date()
        let result = try ForankraBinary.run(arguments, in: workspace.root, log: workspace.folder.path + "/log.txt")
        XCTAssertEqual(result.code, 0, result.output)
        return UInt32(max(Date().timeIntervalSince(started), 0.04) * 1_000_000)
    }

    /// Starts the command, kills it after up to `limit` microseconds, waits for it.
    private func startAndKill(_ arguments: [String], in workspace: TestWorkspace, within limit: UInt32) throws {
        let process = try ForankraBinary.start(arguments, in: workspace.root, log: workspace.folder.path + "/log.txt")
        usleep(UInt32.random(in: 0...limit))
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// Files a reader would take for records: everything not hidden behind a leading dot.
    private func visibleFiles(in workspace: TestWorkspace) -> [String] {
        (FileManager.default.enumerator(atPath: workspace.root)?.allObjects as? [String] ?? [])
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted()
    }

    func testKilledFeedbackLeavesTheWorkshopWholeOrWithTheNewFeedback() throws {
        try ForankraBinary.requireBuilt()
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv"])
        workspace.succeed(["workshop", "new", "--date", "2026-10-06", "--start", "13:00", "--end", "16:00", "--place", "Sal A", "--capacity", "20", "--sections", "3,5"])
        workspace.succeed(["workshop", "invite", "--auto"])
        let limit = try duration(["workshop", "feedback", "2026-10-06", "--text", "Första", "--rating", "4"], in: workspace)
        let visible = visibleFiles(in: workspace)
        for round in 1...30 {
            let before = try XCTUnwrap(workspace.data(Self.workshop))
            let earlier = try workspace.workshops()[0].feedback
            let count = earlier.count
            let text = "Runda \(round): bra samtal, för lite tid."
            try startAndKill(["workshop", "feedback", "2026-10-06", "--text", text, "--rating", "3"], in: workspace, within: limit * 6 / 5)
            let after = try XCTUnwrap(workspace.data(Self.workshop))
            let workshop = try WorkshopFile.read(try workspace.text(Self.workshop), path: Self.workshop, id: "2026-10-06-sal-a")
            if after != before {
                // Anonymous answers are kept sorted by content, so the new one may land anywhere.
                XCTAssertEqual(workshop.feedback.count, count + 1, "round \(round)")
                XCTAssertTrue(workshop.feedback.contains { $0.text == text }, "round \(round)")
                XCTAssertEqual(Set(workshop.feedback.map(\.text)), Set(earlier.map(\.text)).union([text]), "round \(round): the old answers were not kept")
            }
            XCTAssertEqual(visibleFiles(in: workspace), visible, "round \(round)")
            XCTAssertEqual(try workspace.workshops().map(\.id), ["2026-10-06-sal-a"], "round \(round)")
        }
    }

    func testKilledRosterImportLeavesTheOldOrTheNewRoster() throws {
        try ForankraBinary.requireBuilt()
        let workspace = try TestWorkspace()
        let first = try workspace.writeOutside("a/chefer.csv", generatedRosterCSV(count: 3_000))
        let second = try workspace.writeOutside("b/chefer.csv", generatedRosterCSV(count: 3_000, unitSuffix: " norr"))
        _ = try duration(["roster", "import", first], in: workspace)
        let versionA = try XCTUnwrap(workspace.data("roster/chefer.md"))
        let limit = try duration(["roster", "import", second], in: workspace)
        let versionB = try XCTUnwrap(workspace.data("roster/chefer.md"))
        XCTAssertNotEqual(versionA, versionB)
        let visible = visibleFiles(in: workspace)
        for round in 1...10 {
            let current = workspace.data("roster/chefer.md")
            try startAndKill(["roster", "import", current == versionA ? second : first], in: workspace, within: limit * 6 / 5)
            let after = workspace.data("roster/chefer.md")
            XCTAssertTrue(after == versionA || after == versionB, "round \(round): the roster is neither the old nor the new one")
            let roster = try RosterFile.read(try workspace.text("roster/chefer.md"), path: "roster/chefer.md")
            XCTAssertEqual(roster.managers.count, 3_000, "round \(round)")
            XCTAssertEqual(visibleFiles(in: workspace), visible, "round \(round)")
        }
        let finished = try ForankraBinary.run(["roster", "import", first], in: workspace.root, log: workspace.folder.path + "/log.txt")
        XCTAssertEqual(finished.code, 0, "a killed import left the workspace unusable: \(finished.output)")
    }

    /// 300 APT writers killed at random moments: every record on disk is whole, and `check`
    /// names every temporary file they left behind, no more and no fewer.
    func testThreeHundredKilledWritersLeaveWholeRecordsAndCheckNamesEveryLeftover() throws {
        try ForankraBinary.requireBuilt()
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv"])
        let start = CalendarDate(year: 2026, month: 1, day: 5) ?? .epoch
        func arguments(_ round: Int) -> [String] {
            ["apt", "log", "--manager", "anna.lindqvist", "--section", "3", "--date", start.adding(days: round).description, "--participants", "12",
             "--note", "Runda \(round): vi pratade om arbetsmiljön och kom överens om tre saker att pröva före sommaren."]
        }
        let limit = try duration(arguments(0), in: workspace)
        for round in 1...300 {
            try startAndKill(arguments(round), in: workspace, within: limit * 6 / 5)
        }
        let store = try AptStore.read(workspace.workspace())
        XCTAssertGreaterThan(store.records.count, 1, "some writers finished before their kill")
        XCTAssertLessThan(store.records.count, 301, "some writers were killed before they wrote")
        for record in store.records {
            XCTAssertEqual(record.participants, 12, record.path)
            XCTAssertTrue(record.conclusion.hasSuffix("före sommaren."), "\(record.path) is cut short")
        }
        let leftovers = (FileManager.default.enumerator(atPath: workspace.root)?.allObjects as? [String] ?? [])
            .filter { $0.contains(AtomicFile.temporaryMarker) }.sorted()
        let check = workspace.run(["check"])
        let named = check.standardOutput.components(separatedBy: "\n").filter { $0.contains("[STALE-TEMP]") }
        XCTAssertEqual(named.count, leftovers.count, check.standardOutput)
        for leftover in leftovers {
            XCTAssertTrue(named.contains { $0.hasPrefix(leftover + ":") }, "check does not name \(leftover)")
        }
        print("300 killed APT writers: \(store.records.count) records written whole, \(leftovers.count) temporary files left and named by check")
        let otherProblems = check.standardOutput.components(separatedBy: "\n").filter { $0.contains(": fel: [") && !$0.contains("[STALE-TEMP]") }
        XCTAssertEqual(otherProblems, [], "a killed write left a record check refuses")
    }

    func testReadersIgnoreHiddenFilesSuchAsLeftoverTemporaryFiles() throws {
        let workspace = try TestWorkspace()
        workspace.succeed(["workshop", "new", "--date", "2026-10-06", "--start", "13:00", "--end", "16:00", "--place", "Sal A", "--capacity", "20", "--sections", "3,5"])
        let half = String(try workspace.text(Self.workshop).prefix(40))
        try workspace.write("workshops/.2026-10-06-sal-a.md.tmp-123-456", half)
        try workspace.write("workshops/.halvfardig.md", half)
        try FileManager.default.createDirectory(atPath: workspace.root + "/apt/.trash", withIntermediateDirectories: true)
        try workspace.write("apt/.trash/2026-11-10-anna.lindqvist-5.md", half)
        XCTAssertEqual(try workspace.workspace().markdownFiles(in: "workshops"), [Self.workshop])
        XCTAssertEqual(try workspace.workshops().map(\.id), ["2026-10-06-sal-a"])
        XCTAssertEqual(try AptStore.read(workspace.workspace()).records.count, 0)
        workspace.succeed(["workshop", "list"])
    }
}
