import XCTest
@testable import ForankraKit

/// `forankra programme update`: a revised programme taken into a workspace that has already
/// held APTs. Old records keep counting and stay valid; whoever took up a chapter that changed
/// is asked to take it up again, and nobody else.
final class ProgrammeUpdateTests: XCTestCase {
    /// The fixture's programme revised: a new chapter 2 pushes the others one number on, the
    /// work environment chapter (was 2, now 3) gets a new sentence, the pay chapter only a new number.
    private static let revised = """
        # Personalpolitiskt program

        ## 1 Värdegrund

        Vi ska bemöta varandra med respekt.

        ## 2 Digital arbetsmiljö

        Digitala verktyg ska göra arbetet lättare.

        ## 3 Arbetsmiljö

        Alla ska ha en god arbetsmiljö. Ingen ska behöva svara på jobbmejl på fritiden.

        ## 4 Lön

        Lönen ska vara rättvis och begriplig.

        """

    private func updatedWorkspace(before: (TemporaryFolder) throws -> Void = { _ in }) throws -> TemporaryFolder {
        let folder = try CheckWorkspaceFixture.clean()
        try before(folder)
        try folder.write("program-2027.md", Self.revised)
        let update = runForankra(["programme", "update", "program-2027.md", "--since", "2026-11-01"], in: folder.path)
        XCTAssertEqual(update.code, .success, update.standardError)
        // The fixture's programme has no cover, so the new version applies from the update.
        XCTAssertTrue(update.standardOutput.contains("Arbetsytan följer nu den nya versionen av programmet, som gäller från den 1 november 2026: programme/program-2027.md. Förra versionen finns kvar som programme/program.md; APT:er före 2026-11-01 räknas efter den."), update.standardOutput)
        XCTAssertTrue(update.standardOutput.contains("Ändrade avsnitt: 3 (ny text). Nytt avsnitt: 2 Digital arbetsmiljö."), update.standardOutput)
        XCTAssertTrue(update.standardOutput.contains("1 arbetsplats har haft APT om ett avsnitt som sedan har ändrats och behöver ta upp det igen."), update.standardOutput)
        return folder
    }

    func testTheUpdateKeepsTheOldVersionAndOldRecordsStayValid() throws {
        let folder = try updatedWorkspace { folder in
            XCTAssertEqual(runForankra(["actions", "init"], in: folder.path).code, .success)
            let added = runForankra(["actions", "add", "--text", "Lönekartläggning", "--section", "3", "--due", "2027-06-30"], in: folder.path)
            XCTAssertEqual(added.code, .success, added.standardError)
        }
        XCTAssertTrue(try folder.read("uppfoljning.md").contains("| A2 | 4 | Lönekartläggning |"), "HR's table follows the pay chapter to its new number")
        XCTAssertTrue(try folder.read("uppfoljning.md").contains("| A1 | 3 | Alla ska ha en god arbetsmiljö. |"), "and the work environment chapter to its")
        let settings = try folder.read("forankra.md")
        XCTAssertTrue(settings.contains("programme: programme/program-2027.md\n"), settings)
        XCTAssertTrue(settings.contains("previous_programme: programme/program.md\nprogramme_since: 2026-11-01\n---\n"), settings)
        XCTAssertTrue(settings.contains("# Inställningar"), "HR's own text stays")
        XCTAssertTrue(folder.exists("programme/program.md"))
        XCTAssertEqual(try folder.read("programme/program-2027.md"), Self.revised)

        // bo.berg's APT on the old "2 Arbetsmiljö" (2026-10-20) is valid under the old numbers.
        let check = runForankra(["check"], in: folder.path)
        XCTAssertEqual(check.code, .success, check.standardOutput + check.standardError)

        // An APT before the update that uses a new number is named as wrong, with the reason.
        try folder.write("apt/2026/2026-10-25-dan.ny-4.md", CheckWorkspaceFixture.apt(date: "2026-10-25", manager: "dan.ny", sections: "4"))
        let wrong = runForankra(["check"], in: folder.path)
        XCTAssertTrue(wrong.standardOutput.contains("apt/2026/2026-10-25-dan.ny-4.md:5: fel: [UNKNOWN-SECTION] avsnittet '4' finns inte i förra versionen av programmet, som gällde 2026-10-25"),
                      wrong.standardOutput)

        let again = runForankra(["programme", "update", "program-2027.md"], in: folder.path)
        XCTAssertEqual(again.code, .dataError)
        XCTAssertTrue(again.standardError.contains("arbetsytan har redan en förra version"), again.standardError)
    }

    func testFollowupNamesWhoMustTakeUpTheChangedChapterUntilTheyHave() throws {
        let folder = try updatedWorkspace()
        var followup = runForankra(["followup"], in: folder.path).standardOutput
        XCTAssertTrue(followup.contains("## Enheter som behöver ta upp ändrade avsnitt igen (1)"), followup)
        XCTAssertTrue(followup.contains("- Hemtjänsten (Bo Berg, bo.berg): behöver ta upp ändringarna i avsnitt 3"), followup)
        XCTAssertFalse(followup.contains("Förskolan Solen (Anna Lind, anna.lind): ta upp"), "chapter 1 did not change")

        // The rollout counts the old APT on "2" as one on the new "3": bo.berg lacks only 1, 2 and 4.
        XCTAssertTrue(followup.contains("- Hemtjänsten (Bo Berg, bo.berg): ingen APT ännu om avsnitt 1, 2 och 4 (av 4)"), followup)

        XCTAssertEqual(runForankra(["report", "--format", "json", "-o", "rapport.json"], in: folder.path).code, .success)
        let json = try folder.read("rapport.json")
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let revision = try XCTUnwrap(object["revision"] as? [String: Any])
        XCTAssertEqual(revision["since"] as? String, "2026-11-01")
        let changed = try XCTUnwrap(revision["changed"] as? [[String: Any]])
        XCTAssertEqual(changed.map { $0["id"] as? String }, ["3"])
        XCTAssertEqual(changed.first?["before"] as? Int, 1)
        XCTAssertEqual(changed.first?["remaining"] as? Int, 1)
        XCTAssertTrue(runForankra(["status"], in: folder.path).standardOutput.contains("Ny version av programmet (gäller från 2026-11-01): 1 arbetsplats behöver ta upp ändrade avsnitt igen (avsnitt 3); nytt avsnitt: 2"))

        let logged = runForankra(["apt", "log", "--manager", "bo.berg", "--section", "3", "--date", "2026-11-20", "--participants", "12"], in: folder.path)
        XCTAssertEqual(logged.code, .success, logged.standardError)
        followup = runForankra(["followup"], in: folder.path).standardOutput
        XCTAssertTrue(followup.contains("## Enheter som behöver ta upp ändrade avsnitt igen (0)"), followup)
    }

    /// `sheets --changed`: sheets for the chapters a workplace must take up again or has not
    /// met yet, each opening with what is new.
    func testSheetsForTheChangedChaptersOpenWithWhatIsNew() throws {
        let folder = try CheckWorkspaceFixture.clean()
        let before = runForankra(["sheets", "--changed", "-o", "nytt"], in: folder.path)
        XCTAssertEqual(before.code, .dataError)
        XCTAssertTrue(before.standardError.contains("arbetsytan har bara en version av programmet"), before.standardError)

        let updated = try updatedWorkspace()
        let result = runForankra(["sheets", "--changed", "-o", "nytt"], in: updated.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        XCTAssertEqual(updated.listing().filter { $0.hasPrefix("nytt/apt-") && $0.hasSuffix(".md") },
                       ["nytt/apt-02-digital-arbetsmiljo.md", "nytt/apt-03-arbetsmiljo.md"], "chapter 1 and 4 did not change")
        let changed = try updated.read("nytt/apt-03-arbetsmiljo.md")
        XCTAssertTrue(changed.contains("""
            ## Nytt sedan förra versionen

            Programmet har reviderats: den nya versionen gäller från den 1 november 2026. Har ni redan haft APT om avsnittet räcker det att ni nu samtalar om det som är nytt. Har ni inte tagit upp avsnittet ännu går ni igenom hela avsnittet. Den nya lydelsen står i fetstil och den tidigare lydelsen under den.

            > **”Ingen ska behöva svara på jobbmejl på fritiden.”**
            >
            > *Ny mening.*

            - Avsnittet har nytt nummer: 3 (tidigare 2).

            ## Så här kan ni lägga upp träffen
            """), changed)
        XCTAssertTrue(try updated.read("nytt/apt-02-digital-arbetsmiljo.md").contains("Hela avsnittet är nytt: det kom till när programmet reviderades, och den nya versionen gäller från den 1 november 2026."))
        XCTAssertTrue(try updated.read("nytt/apt-03-arbetsmiljo.html").contains("<strong>”Ingen ska behöva svara på jobbmejl på fritiden.”</strong>"))

        let both = runForankra(["sheets", "program-2027.md", "--changed"], in: updated.path)
        XCTAssertEqual(both.code, .usage)
    }

    /// A new version that cannot be read is refused with its reason, and nothing is recorded.
    func testAnUnreadableNewVersionChangesNothing() throws {
        let folder = try CheckWorkspaceFixture.clean()
        try folder.write("trasig.pdf", Data("%PDF-1.4\nnot a real pdf\n".utf8))
        let settings = try folder.read("forankra.md")
        let result = runForankra(["programme", "update", "trasig.pdf"], in: folder.path)
        XCTAssertNotEqual(result.code, .success)
        XCTAssertTrue(result.standardError.hasPrefix("trasig.pdf"), result.standardError)
        XCTAssertEqual(try folder.read("forankra.md"), settings)
        XCTAssertEqual(folder.listing().filter { $0.hasPrefix("programme/") }, ["programme/program.md"])

        let missing = runForankra(["programme", "update", "finns-inte.md"], in: folder.path)
        XCTAssertEqual(missing.code, .noInput, missing.standardError)
        XCTAssertEqual(try folder.read("forankra.md"), settings)
    }

    /// The new commands' bad input, as a user meets it: every message Swedish, naming the file.
    func testBadInputToTheNewCommandsIsNamedInSwedish() throws {
        let folder = try CheckWorkspaceFixture.clean()
        try folder.write("utf16.csv", Data([0xFF, 0xFE, 0x41, 0x00, 0x3B, 0x00]))
        let imported = runForankra(["actions", "import", "utf16.csv"], in: folder.path)
        XCTAssertEqual(imported.code, .dataError)
        XCTAssertEqual(imported.standardError, """
            utf16.csv: fel: filen är i UTF-16, som forankra inte kan läsa
              Exportera listan igen som CSV: välj Spara som i Excel och filformatet CSV UTF-8 (kommaavgränsad) (*.csv).

            """)
        let diff = runForankra(["diff", "programme/program.md", "saknas.md"], in: folder.path)
        XCTAssertEqual(diff.code, .noInput)
        XCTAssertTrue(diff.standardError.hasPrefix("saknas.md: fel: filen finns inte"), diff.standardError)
    }
}
