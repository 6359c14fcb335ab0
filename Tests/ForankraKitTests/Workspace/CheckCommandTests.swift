import Foundation
import XCTest
@testable import ForankraKit

final class CheckCommandTests: XCTestCase {
    private typealias Fixture = CheckWorkspaceFixture

    /// The problems planted by `plantProblems`, as `path:line: CODE` in report order.
    private let plantedProblems = [
        "apt/2024/2024-03-01-anna.lind-2.md:2: IMPLAUSIBLE-DATE",
        "apt/2026/.2026-10-12-anna.lind-1.md.forankra-tmp-999999999-7:1: STALE-TEMP",
        "apt/2026/2026-02-30-ghost-2.md:2: BAD-DATE",
        "apt/2026/2026-02-30-ghost-2.md:3: UNKNOWN-MANAGER",
        "apt/2026/2026-02-30-ghost-2.md:6: BAD-NUMBER",
        "apt/2026/2026-09-15-cia.ek-3.md:2: INACTIVE-MANAGER",
        "apt/2026/2026-10-12-anna.lind-1-2.md:2: DUPLICATE-APT",
        "apt/2026/2026-10-20-bo.berg-2.md:2: IMPLAUSIBLE-DATE",
        "apt/2026/2026-10-20-bo.berg-2.md:5: UNKNOWN-SECTION",
        "apt/2026/2026-10-25-bo.berg-3.md:1: MISSING-FIELD",
        "apt/2026/2026-11-02-dan.ny-2.md:6: PARTICIPANTS-ABOVE-STAFF",
        "apt/2026/trasig.md:9: FRONT-MATTER",
        "forankra.md:5: SETTINGS",
        "roster/chefer.md:14: DUPLICATE-MANAGER",
        "roster/chefer.md:15: BAD-NUMBER",
        "roster/chefer.md:15: BAD-DATE",
        "roster/chefer.md:15: DUPLICATE-EMAIL",
        "roster/chefer.md:16: BAD-ID",
        "templates/teman/trasig.md:1: THEME-FILE",
        "uppfoljning.md:11: UNKNOWN-OWNER",
        "workshops/2026-10-06-sal-a.md:6: OVER-CAPACITY",
        "workshops/2026-10-06-sal-a.md:21: UNKNOWN-MANAGER",
        "workshops/2026-10-06-sal-a.md:22: BAD-VALUE",
        "workshops/2026-10-06-sal-a.md:26: ANONYMOUS-LINKED",
        "workshops/2026-10-06-sal-a.md:29: BAD-VALUE",
        "workshops/2027-01-20-sal-b.md:7: UNKNOWN-SECTION",
        "workshops/2027-01-20-sal-b.md:18: ATTENDANCE-BEFORE-DATE",
        "workshops/2030-05-01-sal-c.md:2: IMPLAUSIBLE-DATE",
    ]

    /// Every code but PROGRAMME-MISSING (which needs a workspace without its programme), several
    /// in one file and three on one roster line.
    private func plantProblems(in folder: TemporaryFolder) throws {
        try folder.write("forankra.md", Fixture.settings.replacingOccurrences(of: "language: sv\n", with: "language: sv\napt_minutes: lång\n"))
        try folder.write("roster/chefer.md", Fixture.roster(Fixture.rosterRows + [
            "| anna.lind | Anna Andersson | anna.andersson@test.se | BUF | Fritids | 4 | 2022-01-01 |  |",
            "| eva.ek | Eva Ek | BO.BERG@test.se | SOC | Boendet | tolv | 2026-02-30 |  |",
            "| ../../ut | Ut Ut | ut@test.se | SOC | Boendet | 3 |  |  |",
        ]))
        // HR's follow-up table with an owner misspelt.
        try folder.write("uppfoljning.md", """
            ---
            forankra: uppföljning av programmets åtgärder och mål
            period: 2026–2029
            owners: HR-avdelningen
            ---

            ## Åtgärder och mål

            | Id | Avsnitt | Åtgärd eller mål | Ansvarig | Klart senast | Status | Kommentar | Underlag |
            | --- | --- | --- | --- | --- | --- | --- | --- |
            | A1 |  | Chefsdag om programmet | HR-avdelnigen | 2026-10-31 | pågår |  |  |

            """)
        // Left by a write killed halfway by a process that is long gone.
        try folder.write("apt/2026/.2026-10-12-anna.lind-1.md.forankra-tmp-999999999-7", "---\ndate: 2026-10-1")
        try folder.write("workshops/2026-10-06-sal-a.md", Fixture.workshop(capacity: "2", rows: [
            "| anna.lind | Anna Lind | BUF | närvarande |",
            "| bo.berg | Bo Berg | SOC | närvarande |",
            "| dan.ny | Dan Ny | SBF | närvarande |",
            "| okand.chef | Okänd | SBF | frånvarande |",
            "| cia.ek | Cia Ek | KLF | kanske |",
        // An anonymous answer numbered among the named ones, as files written before anonymous
        // answers got their own section have it.
        ], feedback: "### Återkoppling 1\n\n- Från: anonym\n- Betyg: 7\n\nBra dag.\n"))
        try folder.write("workshops/2027-01-20-sal-b.md", Fixture.workshop(
            date: "2027-01-20", sections: "2, 9", status: "planerad",
            rows: ["| cia.ek | Cia Ek | KLF | närvarande |", "| dan.ny | Dan Ny | SBF | inbjuden |"]))
        try folder.write("workshops/2030-05-01-sal-c.md", Fixture.workshop(date: "2030-05-01", status: "planerad", rows: ["| dan.ny | Dan Ny | SBF | inbjuden |"]))
        try folder.write("apt/2026/2026-10-12-anna.lind-1-2.md", Fixture.apt(date: "2026-10-12", manager: "anna.lind", sections: "1, 3"))
        try folder.write("apt/2026/2026-10-20-bo.berg-2.md", Fixture.apt(date: "2026-12-05", manager: "bo.berg", sections: "2, 9"))
        try folder.write("apt/2026/2026-09-15-cia.ek-3.md", Fixture.apt(date: "2026-11-02", manager: "cia.ek", sections: "3"))
        try folder.write("apt/2026/2026-11-02-dan.ny-2.md", Fixture.apt(date: "2026-11-02", manager: "dan.ny", participants: "15"))
        try folder.write("apt/2026/2026-02-30-ghost-2.md", Fixture.apt(date: "2026-02-30", manager: "ghost", participants: "-3"))
        try folder.write("apt/2024/2024-03-01-anna.lind-2.md", Fixture.apt(date: "2024-03-01", manager: "anna.lind"))
        try folder.write("apt/2026/2026-10-25-bo.berg-3.md", Fixture.apt(date: "2026-10-25", manager: "bo.berg", sections: "3")
            .replacingOccurrences(of: "manager: bo.berg\n", with: ""))
        try folder.write("apt/2026/trasig.md", Fixture.apt(date: "2026-10-01", manager: "dan.ny")
            .replacingOccurrences(of: "source: apt log\n", with: "source: apt log\nsource: för hand\n"))
        try folder.write("templates/teman/trasig.md", "Bara text, ingen front matter.\n")
    }

    /// The `path:line: CODE` part of each entry's first line, `path:line: fel: [CODE] message`.
    private func entryHeads(_ output: String) -> [String] {
        output.components(separatedBy: "\n").filter { !$0.hasPrefix(" ") && ($0.contains(": fel: [") || $0.contains(": error: [")) }.map { line in
            let keyword = line.contains(": fel: [") ? ": fel: [" : ": error: ["
            let place = line.components(separatedBy: keyword)[0]
            let code = line.components(separatedBy: keyword)[1].components(separatedBy: "] ")[0]
            return place + ": " + code
        }
    }

    func testCleanWorkspaceSaysAllIsWellAndExitsZero() throws {
        let folder = try Fixture.clean()
        let result = runForankra(["check"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardOutput + result.standardError)
        XCTAssertEqual(result.standardOutput, "Allt i ordning: 4 chefer, 2 workshoppar, 3 APT:er, programmet med 3 avsnitt.\n")
    }

    func testCleanWorkspaceInEnglishSaysSoInEnglish() throws {
        let folder = try Fixture.clean()
        try folder.write("forankra.md", Fixture.settings.replacingOccurrences(of: "language: sv", with: "language: en"))
        let result = runForankra(["check"], in: folder.path + "/apt")
        XCTAssertEqual(result.code, .success)
        XCTAssertEqual(result.standardOutput, "All in order: 4 managers, 2 workshops, 3 APTs, the programme with 3 sections.\n")
    }

    func testCheckReportsEveryProblemWithItsLine() throws {
        let folder = try Fixture.clean()
        try plantProblems(in: folder)
        let result = runForankra(["check"], in: folder.path)
        XCTAssertEqual(result.code, .problemsFound)
        XCTAssertEqual(result.standardError, "")
        XCTAssertEqual(entryHeads(result.standardOutput), plantedProblems)
        XCTAssertEqual(Set(plantedProblems.compactMap { $0.split(separator: " ").last.map(String.init) }).count, ProblemCode.allCases.count - 2,
                       "every code but PROGRAMME-MISSING and UNREADABLE is planted")
    }

    func testEachProblemQuotesItsLineAndGivesAHint() throws {
        let folder = try Fixture.clean()
        try plantProblems(in: folder)
        // The English wording, as an English locale gets it; the Swedish is checked below.
        let output = runForankra(["check"], in: folder.path, environment: ["LANG": "en_US.UTF-8"]).standardOutput
        let expected = [
            """
            apt/2026/2026-02-30-ghost-2.md:2: error: [BAD-DATE] '2026-02-30' is not a real date
                date: 2026-02-30
                hint: Write the date as YYYY-MM-DD.
            """,
            """
            apt/2026/2026-10-12-anna.lind-1-2.md:2: error: [DUPLICATE-APT] the same APT (anna.lind, 2026-10-12, a shared section) is already recorded in apt/2026/2026-10-12-anna.lind-1.md
                date: 2026-10-12
            """,
            """
            apt/2026/trasig.md:9: error: [FRONT-MATTER] the key 'source' is given twice, on lines 8 and 9
                source: för hand
            """,
            """
            forankra.md:5: error: [SETTINGS] 'apt_minutes' must be a whole number from 10 to 120, not 'lång'
                apt_minutes: lång
            """,
            """
            roster/chefer.md:15: error: [DUPLICATE-EMAIL] BO.BERG@test.se is also on line 11
                | eva.ek | Eva Ek | BO.BERG@test.se | SOC | Boendet | tolv | 2026-02-30 …
                hint: Each manager needs an e-mail of their own.
            """,
            """
            workshops/2026-10-06-sal-a.md:29: error: [BAD-VALUE] the rating '7' is not a whole number from 1 to 5
                - Betyg: 7
            """,
            """
            workshops/2027-01-20-sal-b.md:18: error: [ATTENDANCE-BEFORE-DATE] cia.ek is marked närvarande, but the workshop on 2027-01-20 has not taken place yet
                | cia.ek | Cia Ek | KLF | närvarande |
            """,
            """
            apt/2026/2026-11-02-dan.ny-2.md:6: error: [PARTICIPANTS-ABOVE-STAFF] 15 participants, but dan.ny has 8 staff on the roster
                participants: 15
            """,
        ]
        for entry in expected {
            XCTAssertTrue(output.contains(entry + "\n"), "missing:\n\(entry)\n--- in ---\n\(output)")
        }
        let entries = output.components(separatedBy: "\n").filter { !$0.hasPrefix(" ") && $0.contains(": error: [") }
        let hints = output.components(separatedBy: "\n").filter { $0.hasPrefix("    hint: ") }
        XCTAssertEqual(hints.count, entries.count, "one hint per problem")
    }

    func testSummaryCountsProblemsByCode() throws {
        let folder = try Fixture.clean()
        try plantProblems(in: folder)
        let lines = runForankra(["check"], in: folder.path).standardOutput.components(separatedBy: "\n")
        XCTAssertEqual(lines.suffix(3), [
            "",
            "28 fel: 1 ANONYMOUS-LINKED, 1 ATTENDANCE-BEFORE-DATE, 2 BAD-DATE, 1 BAD-ID, 2 BAD-NUMBER, 2 BAD-VALUE, 1 DUPLICATE-APT, 1 DUPLICATE-EMAIL, "
                + "1 DUPLICATE-MANAGER, 1 FRONT-MATTER, 3 IMPLAUSIBLE-DATE, 1 INACTIVE-MANAGER, 1 MISSING-FIELD, 1 OVER-CAPACITY, "
                + "1 PARTICIPANTS-ABOVE-STAFF, 1 SETTINGS, 1 STALE-TEMP, 1 THEME-FILE, 2 UNKNOWN-MANAGER, 1 UNKNOWN-OWNER, 2 UNKNOWN-SECTION",
            "",
        ])
    }

    func testJSONHasTheSameProblems() throws {
        let folder = try Fixture.clean()
        try plantProblems(in: folder)
        let result = runForankra(["check", "--json"], in: folder.path)
        XCTAssertEqual(result.code, .problemsFound)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let problems = try XCTUnwrap(object["problems"] as? [[String: Any]])
        let heads = problems.map { "\($0["path"] as? String ?? ""):\($0["line"] as? Int ?? 0): \($0["code"] as? String ?? "")" }
        XCTAssertEqual(heads, plantedProblems)
        let first = try XCTUnwrap(problems.first { $0["code"] as? String == "BAD-NUMBER" && ($0["path"] as? String)?.hasPrefix("apt/") == true })
        XCTAssertEqual(first["quote"] as? String, "participants: -3")
        XCTAssertEqual(first["message"] as? String, "'participants' must be a whole number from 0 to 100000, not '-3'")
        XCTAssertNotNil(first["hint"] as? String)
        let summary = try XCTUnwrap(object["summary"] as? [String: Int])
        XCTAssertEqual(summary["IMPLAUSIBLE-DATE"], 3)
        XCTAssertEqual(summary.values.reduce(0, +), plantedProblems.count)
        let counts = try XCTUnwrap(object["counts"] as? [String: Int])
        XCTAssertEqual(counts, ["managers": 7, "workshops": 3, "apts": 9, "sections": 3])
    }

    func testMissingProgrammeIsReportedAtItsSetting() throws {
        let folder = try Fixture.clean()
        try FileManager.default.removeItem(atPath: folder.path + "/programme/program.md")
        let result = runForankra(["check"], in: folder.path)
        XCTAssertEqual(result.code, .problemsFound)
        XCTAssertTrue(result.standardOutput.hasPrefix("forankra.md:3: fel: [PROGRAMME-MISSING] programmet programme/program.md kan inte läsas: filen finns inte\n    programme: programme/program.md\n"),
                      result.standardOutput)
        XCTAssertTrue(result.standardOutput.hasSuffix("\n1 fel: 1 PROGRAMME-MISSING\n"))
    }

    func testAFileThatIsNotTextIsReportedAndTheRestStillChecked() throws {
        let folder = try Fixture.clean()
        try folder.write("apt/2026/bild.md", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0xFF]))
        try folder.write("apt/2026/2026-11-30-anna.lind-2.md", Fixture.apt(date: "2026-11-30", manager: "anna.lind"))
        let result = runForankra(["check"], in: folder.path)
        XCTAssertEqual(entryHeads(result.standardOutput), ["apt/2026/2026-11-30-anna.lind-2.md:2: IMPLAUSIBLE-DATE", "apt/2026/bild.md:1: UNREADABLE"])
    }

    func testOtherCommandsStillRefuseABrokenRecordNamingFileAndLine() throws {
        let folder = try Fixture.clean()
        try folder.write("apt/2026/2026-02-30-ghost-2.md", Fixture.apt(date: "2026-02-30", manager: "ghost", participants: "-3"))
        // An APT is a record of its own: a broken record of another meeting does not hold it up
        // (a write reads only the meetings it could repeat), and check still names the broken one.
        let log = runForankra(["apt", "log", "--manager", "dan.ny", "--section", "2", "--date", "2026-11-20", "--participants", "5"], in: folder.path)
        XCTAssertEqual(log.code, .success, log.standardError)
        let check = runForankra(["check"], in: folder.path).standardOutput
        XCTAssertTrue(check.contains("apt/2026/2026-02-30-ghost-2.md:2: fel: [BAD-DATE] '2026-02-30' är inget giltigt datum"), check)
        XCTAssertTrue(check.contains("apt/2026/2026-02-30-ghost-2.md:6: fel: [BAD-NUMBER] 'participants' ska vara ett heltal från 0 till 100000, inte '-3'"), check)
        // A broken record of the same meeting does stop it, with its file and line.
        try folder.write("apt/2026/2026-11-21-dan.ny-2.md", Fixture.apt(date: "2026-11-21", manager: "dan.ny", participants: "-3"))
        let same = runForankra(["apt", "log", "--manager", "dan.ny", "--section", "2", "--date", "2026-11-21", "--participants", "5"], in: folder.path)
        XCTAssertEqual(same.code, .dataError)
        XCTAssertTrue(same.standardError.contains("apt/2026/2026-11-21-dan.ny-2.md:6: fel: [BAD-NUMBER] 'participants' ska vara ett heltal från 0 till 100000, inte '-3'"), same.standardError)

        try folder.write("roster/chefer.md", Fixture.roster(Fixture.rosterRows + ["| eva.ek | Eva Ek | eva@test.se | SOC | Boendet | tolv |  |  |"]))
        let list = runForankra(["roster", "list"], in: folder.path)
        XCTAssertEqual(list.code, .dataError)
        XCTAssertTrue(list.standardError.contains("roster/chefer.md:14: fel: [BAD-NUMBER] 'Medarbetare' ska vara ett heltal, 0 eller mer, inte 'tolv'"), list.standardError)
    }

    /// Every problem of the broken workspace, message and hint, has its Swedish: `check` reads
    /// Swedish by default and English with an English locale, with the same places and codes.
    func testEveryProblemReadsSwedishByDefaultAndEnglishWithAnEnglishLocale() throws {
        let folder = try Fixture.clean()
        try plantProblems(in: folder)
        let swedish = runForankra(["check"], in: folder.path).standardOutput
        let english = runForankra(["check"], in: folder.path, environment: ["LANG": "en_US.UTF-8"]).standardOutput
        XCTAssertEqual(entryHeads(swedish), plantedProblems)
        XCTAssertEqual(entryHeads(english), plantedProblems)

        let json = runForankra(["check", "--json"], in: folder.path).standardOutput
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        var untranslated: [String] = []
        for problem in try XCTUnwrap(object["problems"] as? [[String: Any]]) {
            for key in ["message", "hint"] {
                for line in (problem[key] as? String ?? "").components(separatedBy: "\n") {
                    let text = line.trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty, Wording.swedish(text) == nil { untranslated.append(text) }
                }
            }
        }
        XCTAssertEqual(untranslated, [], "messages the Swedish catalog lacks")

        for entry in [
            "apt/2026/2026-02-30-ghost-2.md:2: fel: [BAD-DATE] '2026-02-30' är inget giltigt datum\n    date: 2026-02-30\n    tips: Skriv datumet som ÅÅÅÅ-MM-DD.\n",
            "apt/2026/2026-10-25-bo.berg-3.md:1: fel: [MISSING-FIELD] APT-posten saknar 'manager'\n",
            "roster/chefer.md:15: fel: [BAD-DATE] '2026-02-30' är inget giltigt datum (kolumnen Från)\n",
            "roster/chefer.md:15: fel: [DUPLICATE-EMAIL] BO.BERG@test.se står även på rad 11\n",
            "workshops/2027-01-20-sal-b.md:18: fel: [ATTENDANCE-BEFORE-DATE] cia.ek är markerad som närvarande, men workshoppen den 2027-01-20 har inte ägt rum än\n",
            "\n28 fel: 1 ANONYMOUS-LINKED, ",
        ] {
            XCTAssertTrue(swedish.contains(entry), "missing:\n\(entry)\n--- in ---\n\(swedish)")
        }
        XCTAssertFalse(swedish.contains("    hint: "), swedish)
        XCTAssertTrue(english.contains("apt/2026/2026-02-30-ghost-2.md:2: error: [BAD-DATE] '2026-02-30' is not a real date\n    date: 2026-02-30\n    hint: Write the date as YYYY-MM-DD.\n"), english)
        XCTAssertTrue(english.contains("\n28 problems: 1 ANONYMOUS-LINKED, "), english)
        XCTAssertEqual(runForankra(["check", "--json"], in: folder.path, environment: ["LANG": "en_US.UTF-8"]).standardOutput, json,
                       "JSON is the same in both languages")
    }
}
