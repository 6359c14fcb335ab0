import XCTest
@testable import ForankraKit

/// A write reads only its manager's row of the roster; the row must be the one the whole
/// roster gives, and anything unusual must fall back to reading the whole roster.
final class RosterOneManagerTests: XCTestCase {
    private let roster = """
        ---
        imported: 2026-01-10
        ---

        # Chefer

        Rätta gärna här; nästa import läser tabellen.

        | Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | bo | Bo Ek | bo@kommun.se | Kultur | Biblioteket | 4 | | |
        | bo.ek | Bo Ek | bo.ek@kommun.se | Omsorg | Hemtjänst Norr | 21 | 2025-02-01 | |
        |   asa.berg   | Åsa Berg | | Omsorg | Hemtjänst Syd | 9 | | |

        """

    private func workspace(roster text: String) throws -> (TestWorkspace, Workspace) {
        let test = try TestWorkspace()
        try test.write("roster/chefer.md", text)
        return (test, try test.workspace())
    }

    func testReadsTheOneRowAsTheWholeRosterHasIt() throws {
        let (test, workspace) = try workspace(roster: roster)
        let whole = try RosterStore.read(workspace)
        for id in ["bo", "bo.ek", "asa.berg"] {
            let one = try RosterStore.read(workspace, onlyManager: id)
            XCTAssertEqual(one.managers.map(\.id), [id], "only the row of \(id), not one that begins the same")
            XCTAssertEqual(one.manager(id: id), whole.manager(id: id))
        }
        _ = test
    }

    func testAnUnknownIdReadsTheWholeRoster() throws {
        let (test, workspace) = try workspace(roster: roster)
        XCTAssertEqual(try RosterStore.read(workspace, onlyManager: "ingen.alls").managers, try RosterStore.read(workspace).managers)
        _ = test
    }

    func testARowWithAProblemGetsTheWholeRostersAnswer() throws {
        let broken = roster.replacingOccurrences(of: "| Hemtjänst Norr | 21 |", with: "| Hemtjänst Norr | många |")
        let (test, workspace) = try workspace(roster: broken)
        XCTAssertThrowsError(try RosterStore.read(workspace, onlyManager: "bo.ek")) { error in
            XCTAssertTrue("\(error)".contains("chefer.md:12"), "\(error)")
        }
        _ = test
    }

    func testARosterWithoutATableIsReadWhole() throws {
        let (test, workspace) = try workspace(roster: "# Chefer\n\nInga ännu.\n")
        XCTAssertThrowsError(try RosterStore.read(workspace, onlyManager: "bo"))
        _ = test
    }
}
