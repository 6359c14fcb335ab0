import Foundation
import XCTest
@testable import ForankraKit

/// Re-importing an export keeps every manager's id, so workshops and APTs stay attached to
/// the right person; what is gone gets an end date instead of being deleted.
final class WorkspaceRosterReimportTests: XCTestCase {
    static let header = "Namn,E-post,Förvaltning,Enhet,Antal medarbetare\n"
    static let first = header + """
        Anna Lindqvist,anna.lindqvist@sjohamra.se,Barn- och utbildningsförvaltningen,Solbackens förskola,22
        Ali Hussein,ali.hussein@sjohamra.se,Socialförvaltningen,Individ- och familjeomsorg,18
        Eva Nyström,eva.nystrom@sjohamra.se,Socialförvaltningen,Försörjningsstöd,12
        Henrik Dahl,henrik.dahl@sjohamra.se,Kommunledningsförvaltningen,IT-enheten,9
        Sara Ekström,sara.ekstrom@sjohamra.se,Barn- och utbildningsförvaltningen,Norrviks skola,45
        Jonas Persson,jonas.persson@sjohamra.se,Samhällsbyggnadsförvaltningen,Bygglov,7

        """
    /// Henrik changed unit, Eva left, a second Anna Lindqvist (another address) came, and the
    /// rows are in another order.
    static let second = header + """
        Jonas Persson,jonas.persson@sjohamra.se,Samhällsbyggnadsförvaltningen,Bygglov,7
        Anna Lindqvist,anna.lindqvist@hemtjanst.sjohamra.se,Vård- och omsorgsförvaltningen,Hemtjänst norr,30
        Henrik Dahl,henrik.dahl@sjohamra.se,Kommunledningsförvaltningen,Digitaliseringsenheten,9
        Sara Ekström,sara.ekstrom@sjohamra.se,Barn- och utbildningsförvaltningen,Norrviks skola,45
        Ali Hussein,ali.hussein@sjohamra.se,Socialförvaltningen,Individ- och familjeomsorg,18
        Anna Lindqvist,anna.lindqvist@sjohamra.se,Barn- och utbildningsförvaltningen,Solbackens förskola,22

        """

    func testReimportKeepsIdsEndsTheMissingAndGivesTheNewcomerAFreshId() throws {
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", Self.first)])
        let before = try workspace.roster()
        XCTAssertEqual(before.managers.map(\.id), ["anna.lindqvist", "ali.hussein", "eva.nystrom", "henrik.dahl", "sara.ekstrom", "jonas.persson"])

        let result = workspace.succeed(["roster", "import", try workspace.writeOutside("ny/chefer.csv", Self.second)])
        XCTAssertTrue(result.standardOutput.hasPrefix("1 nya, 1 ändrade, 1 har slutat, 4 oförändrade. 6 aktiva chefer."), result.standardOutput)

        let after = try workspace.roster()
        for kept in ["anna.lindqvist", "ali.hussein", "henrik.dahl", "sara.ekstrom", "jonas.persson"] {
            XCTAssertEqual(after.manager(id: kept)?.email, before.manager(id: kept)?.email, kept)
            XCTAssertNil(after.manager(id: kept)?.to, kept)
        }
        XCTAssertEqual(after.manager(id: "henrik.dahl")?.unit, "Digitaliseringsenheten")
        let gone = try XCTUnwrap(after.manager(id: "eva.nystrom"))
        XCTAssertEqual(gone.to, CalendarDate(iso: "2026-11-23"))
        XCTAssertFalse(gone.isActive(on: CalendarDate(iso: "2026-11-23")!))
        let newcomer = try XCTUnwrap(after.manager(id: "anna.lindqvist2"))
        XCTAssertEqual(newcomer.email, "anna.lindqvist@hemtjanst.sjohamra.se")
        XCTAssertEqual(newcomer.department, "Vård- och omsorgsförvaltningen")
        XCTAssertEqual(after.managers.count, 7)
    }

    func testImportingTheSameExportAgainWritesNothing() throws {
        let workspace = try TestWorkspace()
        let csv = try workspace.writeOutside("chefer.csv", Self.first)
        workspace.succeed(["roster", "import", csv])
        let bytes = workspace.data("roster/chefer.md")
        let stamp = try workspace.modificationDate("roster/chefer.md")
        let snapshot = workspace.snapshot()
        usleep(20_000)
        let again = workspace.succeed(["roster", "import", csv])
        XCTAssertTrue(again.standardOutput.hasPrefix("0 nya, 0 ändrade, 0 har slutat, 6 oförändrade."), again.standardOutput)
        XCTAssertEqual(workspace.data("roster/chefer.md"), bytes)
        XCTAssertEqual(try workspace.modificationDate("roster/chefer.md"), stamp)
        assertSameFiles(snapshot, workspace.snapshot(), "a second import of the same file")
    }

    func testEveryUsualExportShapeGivesTheSameManagers() throws {
        let expected = try importedManagers(Data(Self.first.utf8))
        let semicolon = Self.first.replacingOccurrences(of: ",", with: ";")
        let tab = Self.first.replacingOccurrences(of: ",", with: "\t")
        let windows = try XCTUnwrap(semicolon.replacingOccurrences(of: "\n", with: "\r\n").data(using: .windowsCP1252))
        let bom = Data([0xEF, 0xBB, 0xBF]) + Data(semicolon.utf8)
        let split = Self.first.replacingOccurrences(of: "Namn,", with: "Förnamn,Efternamn,")
            .replacingOccurrences(of: "Anna Lindqvist,", with: "Anna,Lindqvist,").replacingOccurrences(of: "Ali Hussein,", with: "Ali,Hussein,")
            .replacingOccurrences(of: "Eva Nyström,", with: "Eva,Nyström,").replacingOccurrences(of: "Henrik Dahl,", with: "Henrik,Dahl,")
            .replacingOccurrences(of: "Sara Ekström,", with: "Sara,Ekström,").replacingOccurrences(of: "Jonas Persson,", with: "Jonas,Persson,")
        for (name, data) in [("semicolon", Data(semicolon.utf8)), ("tab", Data(tab.utf8)), ("windows-1252", windows), ("bom", bom), ("first and last name", Data(split.utf8))] {
            XCTAssertEqual(try importedManagers(data), expected, name)
        }
    }

    func testMapNamesAColumnTheUsualNamesDoNotCover() throws {
        let odd = Self.first.replacingOccurrences(of: "Förvaltning,", with: "Org.nivå 2,")
        let expected = try importedManagers(Data(Self.first.utf8))
        XCTAssertEqual(try importedManagers(Data(odd.utf8), extra: ["--map", "Org.nivå 2=department"]), expected)
    }

    func testAUnitWithALineBreakIsOneLineInTheRosterAndReimportsUnchanged() throws {
        let workspace = try TestWorkspace()
        let csv = try workspace.writeOutside("chefer.csv", Self.header + "Anna Lindqvist,anna.lindqvist@sjohamra.se,BUF,\"Solbacken\nhus B\",22\nAli Hussein,ali.hussein@sjohamra.se,SOF,IFO,18\n")
        workspace.succeed(["roster", "import", csv])
        let roster = try workspace.roster()
        XCTAssertEqual(roster.manager(id: "anna.lindqvist")?.unit, "Solbacken hus B", "a value is one line: the break becomes a space")
        XCTAssertEqual(roster.manager(id: "ali.hussein")?.unit, "IFO")
        let text = try workspace.text("roster/chefer.md")
        XCTAssertEqual(text.components(separatedBy: "\n").filter { $0.hasPrefix("| ") }.count, 4, "a line break inside a cell broke the table:\n\(text)")
        let bytes = workspace.data("roster/chefer.md")
        let again = workspace.succeed(["roster", "import", csv])
        XCTAssertTrue(again.standardOutput.hasPrefix("0 nya, 0 ändrade, 0 har slutat, 2 oförändrade."), again.standardOutput)
        XCTAssertEqual(workspace.data("roster/chefer.md"), bytes)
    }

    func testDryRunWritesNothing() throws {
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", Self.first)])
        let snapshot = workspace.snapshot()
        let result = workspace.succeed(["roster", "import", try workspace.writeOutside("ny.csv", Self.second), "--dry-run"])
        XCTAssertTrue(result.standardOutput.contains("1 nya, 1 ändrade, 1 har slutat"), result.standardOutput)
        assertSameFiles(snapshot, workspace.snapshot(), "--dry-run")
    }

    /// Imports `data` into a new workspace and returns the managers without their line numbers.
    private func importedManagers(_ data: Data, extra: [String] = [], file: StaticString = #filePath, line: UInt = #line) throws -> [Manager] {
        let workspace = try TestWorkspace()
        workspace.succeed(["roster", "import", try workspace.writeOutside("export.csv", data)] + extra, file: file, line: line)
        return try workspace.roster().managers.map { manager in
            var plain = manager
            plain.line = 0
            return plain
        }
    }
}
