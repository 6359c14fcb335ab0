import Foundation
import XCTest
@testable import ForankraKit

/// An evaluation's action table, saved from Excel, added to HR's follow-up table in the demo
/// workspace: areas placed in the programme's sections, times read as Swedish tables write
/// them, a second import adding nothing, and a faulty file refused whole.
final class ActionTableImportTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var workspace = ""

    override func setUpWithError() throws {
        (folder, workspace) = try demoWorkspaceWithoutFollowUpTable()
        XCTAssertEqual(run(["actions", "init"]).code, .success)
    }

    private func run(_ arguments: [String]) -> CommandResult { runForankra(arguments, in: workspace) }

    private func table() throws -> String { try folder.read("demo/arbetsyta/uppfoljning.md") }

    func testAnEvaluationsActionTableBecomesRowsOnceOnly() throws {
        // Excel's Swedish CSV: a BOM, semicolons, headings in another order and one it does not know.
        let csv = "\u{FEFF}Förbättringsområde;Åtgärd;Start;Klart;Ansvarig;Status;Budget\r\n"
            + "Ledarskap;Chefsintroduktion med programmet för alla nya chefer;2027-01;hösten 2027;HR-avdelningen;pågår;50 000\r\n"
            + "Arbetsmiljö;Skyddsronderna följs upp;;årligen;Varje chef;;\r\n"
            + "Digitalisering;E-utbildning om programmet;;juni 2027;HR-avdelningen;;\r\n"
            + "Rekrytering;Kompetensbaserad rekrytering i alla förvaltningar;;2028-03-31;Förvaltningscheferna;ej påbörjad;\r\n"
        try folder.write("demo/arbetsyta/atgardsplan.csv", csv)
        let before = try table()

        let preview = run(["actions", "import", "atgardsplan.csv", "--dry-run"])
        XCTAssertEqual(preview.code, .success, preview.standardError)
        XCTAssertTrue(preview.standardOutput.hasPrefix("Skulle lägga till 4 punkter (A22–A25) på 7 rader i uppfoljning.md"), preview.standardOutput)
        XCTAssertEqual(try table(), before, "a dry run writes nothing")

        let imported = run(["actions", "import", "atgardsplan.csv"])
        XCTAssertEqual(imported.code, .success, imported.standardError)
        XCTAssertEqual(imported.standardOutput, """
            La till 4 punkter (A22–A25) på 7 rader i uppfoljning.md från atgardsplan.csv.
              A22 (avsnitt 3, 2027-12-31, HR-avdelningen): Chefsintroduktion med programmet för alla nya chefer
              A23 (avsnitt 5, 4 perioder från 2026-12-31, Varje chef): Skyddsronderna följs upp
              A24 (2027-06-30, HR-avdelningen): Digitalisering: E-utbildning om programmet
              A25 (avsnitt 9, 2028-03-31, Förvaltningscheferna): Kompetensbaserad rekrytering i alla förvaltningar
            Lästes inte: kolumnerna Budget.

            """)
        let text = try table()
        XCTAssertTrue(text.contains("| A22 | 3 | Chefsintroduktion med programmet för alla nya chefer | HR-avdelningen | 2027-12-31 | pågår | Start: 2027-01 |  |"), text)
        XCTAssertTrue(text.contains("| A23 | 5 | Skyddsronderna följs upp | Varje chef | 2029-12-31 | ej påbörjad |  |  |"), text)
        XCTAssertTrue(text.contains(", HR-avdelningen\n"), "an owner the table names is declared for check")
        XCTAssertEqual(run(["check"]).code, .success, run(["check"]).standardOutput)

        let again = run(["actions", "import", "atgardsplan.csv"])
        XCTAssertEqual(again.code, .success)
        XCTAssertTrue(again.standardOutput.contains("Inget nytt i atgardsplan.csv: uppfoljning.md har redan alla dess punkter.\n7 rader fanns redan och hoppades över."),
                      again.standardOutput)
        XCTAssertEqual(try table(), text, "a second import adds nothing")
    }

    func testEveryProblemInTheFileIsNamedAndNothingIsWritten() throws {
        try folder.write("demo/arbetsyta/fel.csv", "Avsnitt;Åtgärd;Klart;Status\n42;Något;2027-01-01;klar\n3;;2027-01-01;\n3;Chefsdag;snart;färdig\n3;Chefsdag igen;2027-05-01;pågår\n")
        let before = try table()
        let refused = run(["actions", "import", "fel.csv"])
        XCTAssertEqual(refused.code, .dataError)
        for expected in ["fel.csv:2: fel: [UNKNOWN-SECTION] avsnittet '42' finns inte i programmet",
                         "fel.csv:3: fel: [MISSING-FIELD] raden saknar åtgärd",
                         "fel.csv:4: fel: [BAD-DATE] 'snart' i kolumnen 'Klart' är varken ett datum eller en tid som forankra förstår",
                         "fel.csv:4: fel: [BAD-VALUE] statusen 'färdig' är inte någon av ej påbörjad, pågår, klar, inte aktuell"] {
            XCTAssertTrue(refused.standardError.contains(expected), "\(expected)\n\(refused.standardError)")
        }
        XCTAssertEqual(try table(), before, "the good row is not written either")

        try folder.write("demo/arbetsyta/utan.csv", "Vad;När\nChefsdag;2027\n")
        let headless = run(["actions", "import", "utan.csv", "--lang", "en"])
        XCTAssertEqual(headless.code, .dataError)
        XCTAssertTrue(headless.standardError.contains("utan.csv:1: error: the file has no column for the action ('Åtgärd')"), headless.standardError)
    }
}
