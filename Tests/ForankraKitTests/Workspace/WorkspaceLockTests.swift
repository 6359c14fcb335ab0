import Foundation
import XCTest
@testable import ForankraKit

/// One writer at a time, across real processes: no update is lost, a busy workspace is reported
/// with who holds it, and a lock left by a process that died is taken over.
final class WorkspaceLockTests: XCTestCase {
    static let workshop = "workshops/2026-10-06-sal-a.md"
    static let managers = ["ahmed.yusuf", "christina.hermansson", "elin.hagglund", "daniel.eriksson",
                           "agneta.lundstrom", "aleksandra.nowak", "amina.osman", "henrik.dahl"]

    /// The example roster and one workshop that has taken place, everyone invited.
    private func workspaceWithHeldWorkshop() throws -> TestWorkspace {
        try ForankraBinary.requireBuilt()
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv"])
        workspace.succeed(["workshop", "new", "--date", "2026-10-06", "--start", "13:00", "--end", "16:00", "--place", "Sal A", "--capacity", "20", "--sections", "3,5"])
        workspace.succeed(["workshop", "invite", "--auto"])
        workspace.succeed(["workshop", "attend", "2026-10-06", "--present", "anna.lindqvist"])
        let invited = Set(try workspace.workshops()[0].participants.map(\.managerID))
        XCTAssertTrue(invited.isSuperset(of: Self.managers), "the test expects these managers invited: \(invited.sorted())")
        return workspace
    }

    /// Starts one `workshop attend` per manager at once and waits for them all.
    private func attendAllAtOnce(in workspace: TestWorkspace) throws -> [(code: Int32, output: String)] {
        let processes = try Self.managers.enumerated().map { index, id in
            try ForankraBinary.start(["workshop", "attend", "2026-10-06", "--present", id], in: workspace.root, log: workspace.folder.path + "/log-\(index).txt")
        }
        return processes.enumerated().map { index, process in
            process.waitUntilExit()
            return (process.terminationStatus, (try? String(contentsOfFile: workspace.folder.path + "/log-\(index).txt", encoding: .utf8)) ?? "")
        }
    }

    private func assertEveryoneIsPresent(in workspace: TestWorkspace, file: StaticString = #filePath, line: UInt = #line) throws {
        let workshop = try XCTUnwrap(workspace.workshops().first, file: file, line: line)
        for id in Self.managers + ["anna.lindqvist"] {
            XCTAssertEqual(workshop.participant(id)?.attendance, .present, "lost the attendance of \(id)", file: file, line: line)
        }
        XCTAssertEqual(workshop.participants.count, 20, file: file, line: line)
        XCTAssertFalse(workspace.folder.exists("ws/" + WorkspaceLock.fileName), "the lock was left behind", file: file, line: line)
    }

    func testEightWritersAtOnceLoseNoUpdate() throws {
        let workspace = try workspaceWithHeldWorkshop()
        for result in try attendAllAtOnce(in: workspace) {
            XCTAssertEqual(result.code, 0, result.output)
        }
        try assertEveryoneIsPresent(in: workspace)
    }

    func testAWriterWaitsForALiveHolderThenGivesUpNamingIt() throws {
        let workspace = try workspaceWithHeldWorkshop()
        let pid = ProcessInfo.processInfo.processIdentifier
        let holder = "pid \(pid) on \(ProcessInfo.processInfo.hostName), roster import\n"
        try workspace.write(WorkspaceLock.fileName, holder)
        let before = workspace.snapshot()
        let result = try ForankraBinary.run(["workshop", "attend", "2026-10-06", "--present", "henrik.dahl"], in: workspace.root, log: workspace.folder.path + "/log.txt")
        XCTAssertEqual(result.code, 75, result.output)
        XCTAssertTrue(result.output.contains("arbetsytan är upptagen"), result.output)
        XCTAssertTrue(result.output.contains("pid \(pid) on"), result.output)
        XCTAssertTrue(result.output.contains("roster import"), result.output)
        assertSameFiles(before, workspace.snapshot(), "a writer that did not get the lock")
    }

    func testALockLeftByAProcessThatIsGoneIsTakenOver() throws {
        let workspace = try workspaceWithHeldWorkshop()
        try workspace.write(WorkspaceLock.fileName, "pid \(Int32.max - 1) on \(ProcessInfo.processInfo.hostName), workshop attend\n")
        let result = try ForankraBinary.run(["workshop", "attend", "2026-10-06", "--present", "henrik.dahl"], in: workspace.root, log: workspace.folder.path + "/log.txt")
        XCTAssertEqual(result.code, 0, result.output)
        XCTAssertEqual(try workspace.workshops().first?.participant("henrik.dahl")?.attendance, .present)
        XCTAssertFalse(workspace.folder.exists("ws/" + WorkspaceLock.fileName))
    }

    func testWritersRacingToTakeOverAStaleLockStillLoseNoUpdate() throws {
        let workspace = try workspaceWithHeldWorkshop()
        try workspace.write(WorkspaceLock.fileName, "pid \(Int32.max - 1) on \(ProcessInfo.processInfo.hostName), workshop attend\n")
        for result in try attendAllAtOnce(in: workspace) {
            XCTAssertEqual(result.code, 0, result.output)
        }
        try assertEveryoneIsPresent(in: workspace)
    }

    func testALockFromAnotherMachineIsNeverTakenOver() throws {
        try ForankraBinary.requireBuilt()
        let workspace = try TestWorkspace()
        let holder = "pid \(Int32.max - 1) on en-annan-dator.sjohamra.se, roster import\n"
        try workspace.write(WorkspaceLock.fileName, holder)
        XCTAssertThrowsError(try WorkspaceLock.acquire(root: workspace.root, command: "test", timeout: 0.1)) { error in
            XCTAssertEqual((error as? ForankraError)?.exitCode, .busy)
            XCTAssertTrue((error as? ForankraError)?.message.contains("en-annan-dator.sjohamra.se") ?? false, "\(error)")
        }
        XCTAssertEqual(try workspace.text(WorkspaceLock.fileName), holder)
    }
}
