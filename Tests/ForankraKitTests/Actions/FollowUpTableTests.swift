import Foundation
import XCTest
@testable import ForankraKit

/// HR's follow-up table of the programme's promises, in the demo workspace: made once, changed
/// a cell at a time, checked like every record, and shown in status, report and followup.
final class FollowUpTableTests: XCTestCase {
    private var folder: TemporaryFolder!
    private var workspace = ""

    override func setUpWithError() throws {
        (folder, workspace) = try demoWorkspaceWithoutFollowUpTable()
    }

    private func run(_ arguments: [String]) -> CommandResult { runForankra(arguments, in: workspace) }

    func testInitWritesOneRowPerPromiseAndPeriodAndNeverReplacesTheTable() throws {
        let made = run(["actions", "init"])
        XCTAssertEqual(made.code, .success, made.standardError)
        XCTAssertEqual(made.standardOutput, "Skrev uppfoljning.md: 21 punkter på 46 rader, programperiod 2026–2029.\n")
        let text = try folder.read("demo/arbetsyta/uppfoljning.md")
        XCTAssertTrue(text.contains("| A15 | 11 | Medarbetarundersökningen genomförs vartannat år. Ansvarig: HR-direktören. Första gången: hösten 2026. | HR-direktören | 2026-12-31 | ej påbörjad |  |  |"), text)
        XCTAssertTrue(text.contains("| HR-direktören | 2028-12-31 | ej påbörjad |"), "a recurring point has a row per period")
        try folder.write("demo/arbetsyta/uppfoljning.md", text + "\nHR:s egen anteckning.\n")
        let again = run(["actions", "init"])
        XCTAssertEqual(again.code, .cannotWrite)
        XCTAssertTrue(again.standardError.contains("uppfoljning.md finns redan; forankra ersätter den aldrig"), again.standardError)
        XCTAssertTrue(try folder.read("demo/arbetsyta/uppfoljning.md").hasSuffix("HR:s egen anteckning.\n"))
    }

    func testSetAddAndTheProgressViews() throws {
        XCTAssertEqual(run(["actions", "init"]).code, .success)
        try folder.write("demo/arbetsyta/underlag/personalbokslut-2026.pdf", "%PDF-1.4\n")
        let set = run(["actions", "set", "A13", "--due", "2026-04-30", "--status", "klar", "--evidence", "underlag/personalbokslut-2026.pdf"])
        XCTAssertEqual(set.code, .success, set.standardError)
        let ambiguous = run(["actions", "set", "A13", "--status", "klar"])
        XCTAssertEqual(ambiguous.code, .usage)
        XCTAssertTrue(ambiguous.standardError.contains("A13 återkommer; ange perioden med --due\n  Dess datum: 2026-04-30, 2027-04-30, 2028-04-30, 2029-04-30."),
                      ambiguous.standardError)
        XCTAssertEqual(run(["actions", "set", "A19", "--evidence", "saknas.pdf"]).code, .dataError)
        let added = run(["actions", "add", "--text", "Chefsdag om programmet", "--owner", "HR-avdelningen", "--due", "2026-10-31", "--section", "3"])
        XCTAssertEqual(added.standardOutput, "La till A22 i uppfoljning.md (1 rad).\n", added.standardError)
        XCTAssertEqual(run(["actions", "add", "--text", "Avstämning i ledningsgruppen", "--every", "quarter"]).standardOutput,
                       "La till A23 i uppfoljning.md (16 rader).\n")
        XCTAssertEqual(run(["check"]).code, .success, run(["check"]).standardOutput)
        XCTAssertTrue(try folder.read("demo/arbetsyta/uppfoljning.md").contains("förvaltningscheferna med stöd av HR-avdelningen, HR-avdelningen\n"),
                      "the owner named in 'actions add' is declared, so check accepts it")

        // 2026-11-23 (the tests' day): A13's first period is done; A18, A19, the new A22 and the
        // first three quarters of A23 are late.
        let status = run(["status"]).standardOutput
        XCTAssertTrue(status.contains("Programmets åtgärder och mål: 63 punkter, varav 1 klar, 6 försenade, 52 i tid och 4 utan datum"), status)
        let report = run(["report", "--format", "md", "-o", folder.path + "/rapport.md"])
        XCTAssertEqual(report.code, .success, report.standardError)
        let markdown = try String(contentsOfFile: folder.path + "/rapport.md", encoding: .utf8)
        XCTAssertTrue(markdown.contains("| A22 | 3 Ledarskap | ”Chefsdag om programmet” | 2026-10-31 | HR-avdelningen | Ej påbörjad |"), markdown)
        XCTAssertFalse(markdown.contains("| A13 | 11 Uppföljning |"), "a point that is done is not late")
        // Kept over the period: by the year points are due; A13's 2026 period is the one done.
        XCTAssertTrue(markdown.contains("| Klart senast (år) | Antal punkter | Klara | Försenade | Inte klara, i tid | Andel klara |\n| --- | --- | --- | --- | --- | --- |\n| 2026 | 16 | 1 | 6 | 9 | 6 % |\n| 2027 | 12 | 0 | 0 | 12 | – |"), markdown)
        XCTAssertEqual(run(["report", "-o", folder.path + "/rapport.html"]).code, .success)
        let html = try String(contentsOfFile: folder.path + "/rapport.html", encoding: .utf8)
        XCTAssertTrue(html.contains("Programmets åtgärder och mål: andel klara per år"), "the chart is drawn")
        XCTAssertTrue(html.contains(">1 av 16, 6 försenade<"), html)
        let json = run(["report", "--format", "json", "-o", folder.path + "/rapport.json"])
        XCTAssertEqual(json.code, .success)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: folder.path + "/rapport.json"))) as? [String: Any])
        let promises = try XCTUnwrap(object["promises"] as? [String: Any])
        XCTAssertEqual(promises["late"] as? Int, 6)
        XCTAssertEqual(promises["done"] as? Int, 1)
        XCTAssertEqual(run(["report", "--format", "csv", "-o", folder.path + "/csv"]).code, .success)
        XCTAssertTrue(try String(contentsOfFile: folder.path + "/csv/programmets-atgarder.csv", encoding: .utf8).contains("HR-avdelningen;0;1;0"))
        let followup = run(["followup"]).standardOutput
        XCTAssertTrue(followup.contains("## Programmets försenade åtgärder och mål (6)"), followup)
        XCTAssertTrue(followup.contains("- A22, avsnitt 3: ”Chefsdag om programmet” skulle vara klart 2026-10-31, försenat 23 dagar; ansvarig: HR-avdelningen"), followup)
    }

    func testCheckFindsEveryMistakeInTheTable() throws {
        XCTAssertEqual(run(["actions", "init"]).code, .success)
        var text = try folder.read("demo/arbetsyta/uppfoljning.md")
        text = text.replacingOccurrences(of: "| A4 | 5 |", with: "| A4 | 55 |")
        text = text.replacingOccurrences(of: "| 2029-12-31 | ej påbörjad |  |  |\n| A5", with: "| 2029-13-31 | färdig |  | protokoll.pdf |\n| A5")
        if let owner = text.range(of: "| HR-direktören |") { text.replaceSubrange(owner, with: "| HR-direktörn |") }
        let lines = text.components(separatedBy: "\n")
        let repeated = try XCTUnwrap(lines.first { $0.hasPrefix("| A10 |") })
        text = text.replacingOccurrences(of: repeated, with: repeated + "\n" + repeated)
        try folder.write("demo/arbetsyta/uppfoljning.md", text)
        let check = run(["check"])
        XCTAssertEqual(check.code, .problemsFound)
        for code in ["UNKNOWN-SECTION", "BAD-DATE", "BAD-VALUE"] {
            XCTAssertTrue(check.standardOutput.contains("uppfoljning.md:18: fel: [\(code)]"), "\(code):\n\(check.standardOutput)")
        }
        XCTAssertTrue(check.standardOutput.contains("fel: [UNKNOWN-OWNER] den ansvariga 'HR-direktörn' står varken under 'owners' överst i filen"),
                      check.standardOutput)
        XCTAssertTrue(check.standardOutput.contains("fel: [BAD-VALUE] id:t A10 med datumet '2028-09-22' står även på rad"), check.standardOutput)
        XCTAssertTrue(check.standardOutput.contains("statusen 'färdig' är inte någon av ej påbörjad, pågår, klar, inte aktuell"), check.standardOutput)
        XCTAssertTrue(check.standardOutput.contains("underlaget 'protokoll.pdf' är ingen fil i arbetsytan"), check.standardOutput)
        let set = run(["actions", "set", "A1", "--status", "klar"])
        XCTAssertEqual(set.code, .dataError, "a writer refuses a table check refuses")
    }
}
