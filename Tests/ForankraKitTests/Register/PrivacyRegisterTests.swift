import Foundation
import XCTest
@testable import ForankraKit

/// `forankra privacy` (the register of personal data) and `roster forget` (a person replaced
/// by a pseudonym everywhere), on workspaces made with the real commands. The tests run on
/// 2026-11-23.
final class PrivacyRegisterTests: XCTestCase {
    /// Four managers: Bo Ek left in the summer of 2025, Bo Ekström (a longer name that starts
    /// the same) and two Karin Holms in different units are still here. Bo Ek has two APTs, one
    /// with a commitment that names him, and he came to a workshop with the others.
    private func workspace() throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        let csv = """
        Namn;E-post;Förvaltning;Enhet;Medarbetare;Till
        Bo Ek;bo.ek@sjohamra.se;Socialförvaltningen;Hemtjänst Norr;12;2025-06-30
        Bo Ekström;bo.ekstrom@sjohamra.se;Socialförvaltningen;Hemtjänst Söder;9;
        Karin Holm;karin.holm@sjohamra.se;Kulturförvaltningen;Biblioteket;7;
        Karin Holm;karin.holm2@sjohamra.se;Tekniska förvaltningen;Gatuenheten;15;

        """
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", csv), "--map", "Till=to"])
        workspace.succeed(["apt", "log", "--manager", "bo.ek", "--section", "3", "--date", "2025-03-10", "--participants", "11",
                           "--commitment", "Boka samtal om schemat; Bo Ek; 2025-04-01"])
        workspace.succeed(["apt", "log", "--manager", "bo.ek", "--section", "5", "--date", "2025-05-12", "--participants", "10"])
        workspace.succeed(["apt", "log", "--manager", "bo.ekstrom", "--section", "3", "--date", "2026-10-01", "--participants", "8"])
        workspace.succeed(["workshop", "new", "--date", "2025-02-04", "--start", "13:00", "--end", "16:00", "--place", "Sal A",
                           "--capacity", "10", "--sections", "3"])
        let id = try XCTUnwrap(workspace.workshops().first?.id)
        workspace.succeed(["workshop", "invite", id, "--managers", "bo.ek,bo.ekstrom,karin.holm,karin.holm2"])
        workspace.succeed(["workshop", "pack", id])
        workspace.succeed(["workshop", "attend", id, "--present", "bo.ek,bo.ekstrom,karin.holm", "--absent", "karin.holm2"])
        return workspace
    }

    func testPrivacyListsEveryFileThatNamesAManagerWithWhatAndWhy() throws {
        let workspace = try workspace()
        try workspace.write("anteckningar.txt", "Ring karin.holm2@sjohamra.se om lokalen.\n")
        try workspace.write("reports/utan-namn.md", "# Rapport\n\nTre av fyra chefer har gått workshoppen.\n")
        let result = workspace.succeed(["privacy"])
        let output = result.standardOutput
        XCTAssertTrue(output.contains("Chefslistan: roster/chefer.md"), output)
        XCTAssertTrue(output.contains("namn, e-post, förvaltning, enhet, antal medarbetare och när var och en var chef här (4 personer)"), output)
        XCTAssertTrue(output.contains("Workshoppar: 1 fil i workshops/"), output)
        XCTAssertTrue(output.contains("Arbetsplatsträffar: 3 filer i apt/"), output)
        XCTAssertTrue(output.contains("Utskrifter:"), output)
        XCTAssertTrue(output.contains("deltagarlistor och kalenderinbjudningar med namn och e-post (4 personer)"), output)
        XCTAssertTrue(output.contains("Ändamål: att följa upp att programmet tagits upp på arbetsplatsträffarna"), output)
        XCTAssertTrue(output.contains("  anteckningar.txt"), "a hand-written note with an e-mail is personal data too: \(output)")
        XCTAssertFalse(output.contains("utan-namn.md"), "a file that names nobody is not listed: \(output)")
        XCTAssertTrue(output.contains("Ingen gallringsfrist är angiven"), output)

        let english = runForankra(["privacy"], in: workspace.root, environment: [:])
        XCTAssertEqual(english.code, .success)
        try workspace.write("forankra.md", try workspace.text("forankra.md").replacingOccurrences(of: "language: sv", with: "language: en"))
        XCTAssertTrue(workspace.succeed(["privacy"]).standardOutput.contains("The roster: roster/chefer.md"))
    }

    func testRecordsPastTheRetentionPeriodAreFlaggedAndNothingIsDeleted() throws {
        let workspace = try workspace()
        let settings = try workspace.text("forankra.md").replacingOccurrences(of: "minimum_group_size: 5", with: "minimum_group_size: 5\nretention_months: 20")
        try workspace.write("forankra.md", settings)
        let before = workspace.snapshot()
        let result = workspace.run(["privacy"])
        XCTAssertEqual(result.code, .problemsFound, "something past retention is a finding, as in check")
        let output = result.standardOutput
        XCTAssertTrue(output.contains("Posterna sparas i 20 månader (retention_months i forankra.md): det som är från före 2025-03-23 ska gallras."), output)
        // The March APT and the February workshop with its printouts are older; the May APT is not.
        XCTAssertTrue(output.contains("2025-03-10  apt/2025/2025-03-10-bo.ek-3.md"), output)
        XCTAssertFalse(output.contains("2025-05-12-bo.ek"), output)
        XCTAssertTrue(output.contains("2025-02-04  workshops/"), output)
        XCTAssertTrue(output.contains("2025-02-04  packs/"), output)
        // Bo Ek left 2025-06-30, after the limit: not yet to be forgotten.
        XCTAssertFalse(output.contains("forankra roster forget bo.ek\n"), output)
        XCTAssertTrue(output.contains("forankra tar aldrig bort något på egen hand"), output)
        assertSameFiles(before, workspace.snapshot(), "privacy")

        try workspace.write("forankra.md", settings.replacingOccurrences(of: "retention_months: 20", with: "retention_months: 12"))
        XCTAssertTrue(workspace.run(["privacy"]).standardOutput.contains("bo.ek (slutade 2025-06-30): forankra roster forget bo.ek"))

        try workspace.write("forankra.md", settings.replacingOccurrences(of: "retention_months: 20", with: "retention_months: tre år"))
        let broken = workspace.run(["check"])
        XCTAssertEqual(broken.code, .problemsFound)
        XCTAssertTrue(broken.standardOutput.contains("retention_months"), broken.standardOutput)
    }

    func testForgetReplacesThePersonInEveryFileAndKeepsEveryFigure() throws {
        let workspace = try workspace()
        workspace.succeed(["followup", "-o", "uppfoljning-chefer.md"])
        let reportBefore = workspace.succeed(["report", "--format", "json"]).standardOutput
        let statusBefore = workspace.succeed(["status"]).standardOutput

        let result = workspace.succeed(["roster", "forget", "bo.ek"])
        XCTAssertTrue(result.standardOutput.contains("bo.ek är ersatt med pseudonym-1"), result.standardOutput)

        XCTAssertEqual(workspace.succeed(["report", "--format", "json"]).standardOutput, reportBefore, "the figures stay")
        XCTAssertEqual(workspace.succeed(["status"]).standardOutput, statusBefore)
        XCTAssertEqual(workspace.run(["check"]).code, .success, workspace.run(["check"]).standardOutput)

        // Nothing in any file names Bo Ek any more; Bo Ekström is untouched.
        let name = try NSRegularExpression(pattern: "Bo Ek(?!ström)|bo\\.ek(?!strom)|BO EK(?!STRÖM)")
        var ekstrom = 0
        for path in WorkspaceFiles.all(in: workspace.root) {
            let text = try workspace.text(path)
            let found = name.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
            XCTAssertNil(found, "\(path) still names Bo Ek: " + (found.flatMap { Range($0.range, in: text) }.map { String(text[text.lineRange(for: $0)]) } ?? ""))
            if text.contains("Bo Ekström") { ekstrom += 1 }
        }
        XCTAssertGreaterThan(ekstrom, 3, "the namesake with the longer name is still there")
        let roster = try workspace.roster()
        let pseudonym = try XCTUnwrap(roster.manager(id: "pseudonym-1"))
        XCTAssertEqual(pseudonym.name, "Pseudonym 1")
        XCTAssertEqual(pseudonym.email, "pseudonym-1@borttagen.invalid")
        XCTAssertEqual(pseudonym.department, "Socialförvaltningen", "what the figures need stays")
        XCTAssertEqual(pseudonym.to, CalendarDate(year: 2025, month: 6, day: 30))
        XCTAssertNotNil(workspace.data("apt/2025/2025-03-10-pseudonym-1-3.md"), "the record is renamed")
        XCTAssertNil(workspace.data("apt/2025/2025-03-10-bo.ek-3.md"))
        XCTAssertTrue(try workspace.text("apt/2025/2025-03-10-pseudonym-1-3.md").contains("Pseudonym 1"), "the commitment's owner too")

        let log = try workspace.text(RegisterLog.path)
        XCTAssertTrue(log.contains("| 2026-11-23 | roster forget | pseudonym-1 |"), log)
        XCTAssertFalse(log.contains("Bo Ek") || log.contains("bo.ek"), "the log must not remember who it was")
        XCTAssertTrue(workspace.succeed(["privacy"]).standardOutput.contains("Loggen: logg/personuppgifter.md"))

        let again = workspace.run(["roster", "forget", "pseudonym-1"])
        XCTAssertEqual(again.code, .dataError)
    }

    func testAManagerStillHereIsForgottenOnlyWithForce() throws {
        let workspace = try workspace()
        let before = workspace.snapshot()
        let refused = workspace.run(["roster", "forget", "bo.ekstrom"])
        XCTAssertEqual(refused.code, .dataError)
        XCTAssertTrue(refused.standardError.contains("roster/chefer.md:"), refused.standardError)
        assertSameFiles(before, workspace.snapshot(), "a refused forget")
        XCTAssertEqual(workspace.run(["roster", "forget", "nobody.here"]).code, .dataError)
        let dryRun = workspace.succeed(["roster", "forget", "bo.ekstrom", "--force", "--dry-run"])
        XCTAssertTrue(dryRun.standardOutput.contains("Provkörning, inget skrevs."), dryRun.standardOutput)
        assertSameFiles(before, workspace.snapshot(), "a dry run")
        workspace.succeed(["roster", "forget", "bo.ekstrom", "--force"])
        XCTAssertNil(try workspace.roster().manager(id: "bo.ekstrom"))
    }

    func testASharedNameIsReplacedOnlyWhereTheLineSaysWhoItIs() throws {
        let workspace = try workspace()
        try workspace.write("anteckningar.md", """
        # Anteckningar

        - Karin Holm, Biblioteket: vill ha fler platser.
        - Karin Holm, Gatuenheten: kommer i vår.
        - Karin Holm ringde.

        """)
        let result = workspace.succeed(["roster", "forget", "karin.holm", "--force"])
        XCTAssertTrue(result.standardOutput.contains("Se över för hand"), result.standardOutput)
        XCTAssertTrue(result.standardOutput.contains("  anteckningar.md"), result.standardOutput)
        let notes = try workspace.text("anteckningar.md")
        XCTAssertTrue(notes.contains("- Pseudonym 1, Biblioteket: vill ha fler platser."), notes)
        XCTAssertTrue(notes.contains("- Karin Holm, Gatuenheten: kommer i vår."), notes)
        XCTAssertTrue(notes.contains("- Karin Holm ringde."), "whose call it was cannot be told, so it is left for a person")
        let roster = try workspace.roster()
        XCTAssertEqual(roster.manager(id: "karin.holm2")?.name, "Karin Holm")
        let workshop = try XCTUnwrap(workspace.workshops().first)
        XCTAssertEqual(workshop.participants.first { $0.managerID == "karin.holm2" }?.name, "Karin Holm")
        XCTAssertEqual(workshop.participants.first { $0.managerID == "pseudonym-1" }?.name, "Pseudonym 1")
        let attendance = try XCTUnwrap(WorkspaceFiles.all(in: workspace.root).first { $0.hasSuffix("narvarolista.md") })
        let list = try workspace.text(attendance)
        XCTAssertTrue(list.contains("Pseudonym 1") && list.contains("Karin\u{00A0}Holm"), list)
        XCTAssertFalse(list.contains("Karin\u{00A0}Holm | Biblioteket"), "the name held by no-break spaces is found too: \(list)")
    }

    func testForgettingAgainAfterAStoppedRunFinishesWithTheSamePseudonym() throws {
        let workspace = try workspace()
        let planned = try Forgetting.plan("bo.ek", in: workspace.workspace(), today: CalendarDate(year: 2026, month: 11, day: 23) ?? .epoch, evenIfActive: false)
        // The run is stopped after its first file.
        let first = try XCTUnwrap(planned.changes.first)
        XCTAssertNotEqual(first.path, "roster/chefer.md", "the roster is written last")
        try workspace.write(first.newPath, first.text)
        if first.newPath != first.path { try FileManager.default.removeItem(atPath: workspace.root + "/" + first.path) }

        workspace.succeed(["roster", "forget", "bo.ek"])
        let ids = try workspace.roster().managers.map(\.id)
        XCTAssertEqual(ids.filter(Pseudonym.isPseudonym), ["pseudonym-1"])
        for path in WorkspaceFiles.all(in: workspace.root) {
            XCTAssertFalse(try workspace.text(path).contains("pseudonym-2"), path)
        }
    }

    func testAnIdIsFoundOnlyAsAWholeWord() {
        let bo = PersonMention(.id, "bo")
        XCTAssertFalse(bo.occurs(in: "bo2 och bo.ek och bo-ek och ebo"))
        XCTAssertTrue(bo.occurs(in: "ansvarig: bo."))
        XCTAssertTrue(bo.occurs(in: "(bo)"))
        XCTAssertEqual(bo.replacing(in: "bo, bo2, bo", with: "pseudonym-1"), "pseudonym-1, bo2, pseudonym-1")
        let name = PersonMention(.name, "Bo Ek")
        XCTAssertFalse(name.occurs(in: "Bo Ekström"))
        XCTAssertTrue(name.occurs(in: "<td>Bo Ek</td>"))
        XCTAssertTrue(PersonMention(.email, "bo@x.se").occurs(in: "mailto:BO@x.se"))
    }

    func testMonthsAreCountedToTheSameDayOrTheMonthsEnd() {
        let date = { (year: Int, month: Int, day: Int) in CalendarDate(year: year, month: month, day: day) ?? .epoch }
        XCTAssertEqual(date(2026, 1, 31).adding(months: 1), date(2026, 2, 28))
        XCTAssertEqual(date(2028, 3, 31).adding(months: -1), date(2028, 2, 29))
        XCTAssertEqual(date(2029, 2, 28).adding(months: -36), date(2026, 2, 28))
        XCTAssertEqual(date(2026, 11, 23).adding(months: -18), date(2025, 5, 23))
        XCTAssertEqual(date(2026, 12, 15).adding(months: 1), date(2027, 1, 15))
    }
}
