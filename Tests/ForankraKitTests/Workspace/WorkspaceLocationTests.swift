import Foundation
import XCTest
@testable import ForankraKit

/// Where a command finds its workspace, and `init` never overwriting one.
final class WorkspaceLocationTests: XCTestCase {
    func testInitRefusesAnExistingWorkspaceAndChangesNothing() throws {
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv"])
        let before = workspace.snapshot()
        let again = runForankra(["init", "ws", "--org", "Annan kommun"], in: workspace.folder.path)
        XCTAssertEqual(again.code, .cannotWrite, again.standardError)
        XCTAssertTrue(again.standardError.contains("det finns redan en arbetsyta här"), again.standardError)
        let inside = runForankra(["init", "--org", "Annan kommun"], in: workspace.root)
        XCTAssertEqual(inside.code, .cannotWrite, inside.standardError)
        assertSameFiles(before, workspace.snapshot(), "a refused init")
    }

    func testTheWorkspaceIsFoundFromASubfolder() throws {
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv"])
        let subfolder = workspace.root + "/workshops"
        let new = runForankra(["workshop", "new", "--date", "2026-12-01", "--start", "09:00", "--end", "12:00", "--place", "Sal B", "--capacity", "10", "--sections", "2"], in: subfolder)
        XCTAssertEqual(new.code, .success, new.standardError)
        XCTAssertTrue(workspace.folder.exists("ws/workshops/2026-12-01-sal-b.md"))
        XCTAssertFalse(workspace.folder.exists("ws/workshops/workshops"))
        let list = runForankra(["roster", "list", "--department", "social"], in: workspace.root + "/roster")
        XCTAssertEqual(list.code, .success, list.standardError)
        XCTAssertTrue(list.standardOutput.contains("Socialförvaltningen"), list.standardOutput)
    }

    func testDashWNamesTheWorkspaceFromAnywhereElse() throws {
        let workspace = try TestWorkspace()
        let elsewhere = try TemporaryFolder()
        let imported = runForankra(["roster", "import", TestPaths.packageRoot + "/materials/roster/chefer.csv", "-w", workspace.root], in: elsewhere.path)
        XCTAssertEqual(imported.code, .success, imported.standardError)
        XCTAssertTrue(workspace.folder.exists("ws/roster/chefer.md"))
        XCTAssertEqual(elsewhere.listing(), [])
        let relative = runForankra(["roster", "list", "-w", "../../ws"], in: workspace.folder.path + "/ws/apt")
        XCTAssertEqual(relative.code, .success, relative.standardError)
        XCTAssertTrue(relative.standardOutput.contains("anna.lindqvist"))
    }

    func testOutsideAWorkspaceACommandSaysSoWithExit66() throws {
        let elsewhere = try TemporaryFolder()
        let result = runForankra(["workshop", "list"], in: elsewhere.path)
        XCTAssertEqual(result.code, .noInput, result.standardError)
        XCTAssertTrue(result.standardError.contains("du står inte i en arbetsyta för forankra"), result.standardError)
        XCTAssertEqual(elsewhere.listing(), [])
    }
}
