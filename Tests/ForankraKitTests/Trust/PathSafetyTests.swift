import Foundation
import XCTest
@testable import ForankraKit

/// Nothing made from record data leaves the workspace, output never replaces a record or a file
/// forankra did not write, and links out of the workspace are never followed by a writer.
final class PathSafetyTests: XCTestCase {
    private typealias Fixture = CheckWorkspaceFixture

    func testAnIdThatIsAPathIsABadIDAndWritesNothing() throws {
        let folder = try Fixture.clean()
        try folder.write("roster/chefer.md", Fixture.roster(Fixture.rosterRows + ["| ../../../../escaped | Ut Ut | ut@test.se | SOC | X | 3 |  |  |"]))
        XCTAssertTrue(runForankra(["check"], in: folder.path).standardOutput.contains("roster/chefer.md:14: fel: [BAD-ID] '../../../../escaped'"))
        let log = runForankra(["apt", "log", "--manager", "../../../../escaped", "--section", "2", "--date", "2026-11-20", "--participants", "3"], in: folder.path)
        XCTAssertEqual(log.code, .dataError)
        XCTAssertTrue(log.standardError.contains("[BAD-ID]"), log.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/../../../escaped"))
        XCTAssertFalse(folder.listing().contains { $0.contains("escaped") })
        for id in ["anna.lind", "bo-ek2", "a"] { XCTAssertTrue(Manager.isValidID(id), id) }
        for id in ["../x", "a/b", "Anna", "a..b", ".a", "a-", "", "ä", "a\u{0332}", "anna.lind\u{0301}", "a b"] { XCTAssertFalse(Manager.isValidID(id), id) }
    }

    func testOutputNeverReplacesARecordOrTheSettings() throws {
        let folder = try Fixture.clean()
        let settings = try folder.read("forankra.md")
        let roster = try folder.read("roster/chefer.md")
        for arguments in [["report", "-o", "forankra.md"], ["report", "--format", "md", "-o", "roster/chefer.md"],
                          ["followup", "-o", "workshops/2026-10-06-sal-a.md"], ["report", "--format", "csv", "-o", "apt"],
                          ["report", "--format", "csv", "-o", "."], ["report", "-o", "forankra.md", "--force"]] {
            let result = runForankra(arguments, in: folder.path)
            XCTAssertEqual(result.code, .cannotWrite, "\(arguments): \(result.standardError)")
            XCTAssertTrue(result.standardError.contains("fel:"), "\(arguments)")
        }
        let pack = runForankra(["pack", Fixture.programmePath(folder), "--date", "2027-02-03", "--start", "13:00", "--end", "16:00", "--place", "A", "-o", "workshops"], in: folder.path)
        XCTAssertEqual(pack.code, .cannotWrite, pack.standardError)
        XCTAssertEqual(try folder.read("forankra.md"), settings)
        XCTAssertEqual(try folder.read("roster/chefer.md"), roster)
    }

    func testOutputReplacesOnlyWhatForankraWroteUnlessForced() throws {
        let folder = try Fixture.clean()
        try folder.write("mina/anteckningar.md", "Mina egna anteckningar.\n")
        let refused = runForankra(["report", "--format", "md", "-o", "mina/anteckningar.md"], in: folder.path)
        XCTAssertEqual(refused.code, .cannotWrite)
        XCTAssertTrue(refused.standardError.contains("mina/anteckningar.md: fel: forankra har inte skrivit filen"), refused.standardError)
        XCTAssertEqual(try folder.read("mina/anteckningar.md"), "Mina egna anteckningar.\n")
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success)
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success, "its own report it replaces")
        XCTAssertEqual(runForankra(["report", "--format", "csv", "-o", "csv"], in: folder.path).code, .success)
        XCTAssertEqual(runForankra(["report", "--format", "csv", "-o", "csv"], in: folder.path).code, .success, "CSV files are listed as its own")
        XCTAssertEqual(runForankra(["report", "--format", "csv", "-o", "mina"], in: folder.path).code, .cannotWrite, "a folder of other things")
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "mina/anteckningar.md", "--force"], in: folder.path).code, .success)
    }

    func testWritersNeverFollowALinkOutOfTheWorkspace() throws {
        let folder = try Fixture.clean()
        let outside = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/apt/2027", withDestinationPath: outside.path)
        try FileManager.default.createDirectory(atPath: folder.path + "/packs", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/packs/2027-01-20-sal-b", withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/reports", withDestinationPath: outside.path)
        let pack = runForankra(["workshop", "pack", "2027-01-20"], in: folder.path)
        XCTAssertEqual(pack.code, .cannotWrite, pack.standardError)
        let report = runForankra(["report"], in: folder.path)
        XCTAssertEqual(report.code, .cannotWrite, report.standardError)
        XCTAssertEqual(outside.listing(), [], "nothing landed outside")
        let record = AptRecord(path: "apt/2027/2027-01-05-dan.ny-2.md", date: CalendarDate(iso: "2027-01-05") ?? .epoch, managerID: "dan.ny",
                               unit: "", sections: ["2"], participants: 3, conclusion: "", commitments: [], questions: [], source: "test")
        let workspace = try Workspace.open(root: folder.path)
        XCTAssertThrowsError(try AptStore.write(AptStore.Planned(record: record, text: "x", problems: []), in: workspace))
        XCTAssertEqual(outside.listing(), [])
    }

    func testATemplateThatLinksOutOfItsFolderIsRefused() throws {
        let folder = try TemporaryFolder()
        let secret = try TemporaryFolder()
        try secret.write("hemligt.md", "hemlig text\n")
        try FileManager.default.createDirectory(atPath: folder.path + "/mallar/sv", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/mallar/sv/apt-underlag.md", withDestinationPath: secret.path + "/hemligt.md")
        let result = runForankra(["sheets", TestPaths.markdownExample, "5", "--templates", "mallar", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .dataError)
        XCTAssertTrue(result.standardError.contains("mallen är en länk till en fil utanför mall-mappen"), result.standardError)
        XCTAssertFalse(folder.exists("ut"))
    }

    func testAStoppedWritesTemporaryFileIsNamedByCheckAndRemovedByTheNextWrite() throws {
        let folder = try Fixture.clean()
        let leftover = "workshops/.2026-10-06-sal-a.md.forankra-tmp-999999999-3"
        try folder.write(leftover, "---\ndate: 2026")
        XCTAssertTrue(runForankra(["check"], in: folder.path).standardOutput.contains("\(leftover):1: fel: [STALE-TEMP]"))
        XCTAssertEqual(runForankra(["workshop", "feedback", "2026-10-06", "--text", "Bra."], in: folder.path).code, .success)
        XCTAssertFalse(folder.exists(leftover), "the next write of the same file removes what a killed one left")
        let made = try TemporaryFolder()
        XCTAssertEqual(runForankra(["init", "ws", "--org", "Testby kommun"], in: made.path).code, .success)
        let ignore = try made.read("ws/.gitignore")
        XCTAssertTrue(ignore.contains(".*.forankra-tmp-*") && ignore.contains(".forankra.lock"), ignore)
    }
}
