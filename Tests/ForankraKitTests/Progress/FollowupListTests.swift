import XCTest
@testable import ForankraKit

/// HR's named list on the hand-counted fixture, with three additions: a coming workshop that
/// Bo Berg is invited to, and an APT by Fia Holm on section 5 that asks the same question as
/// Anna Ek, written differently. Today is 2026-11-23.
///
/// Active managers a b c e f (d left). Present at a workshop: a, c (2026-03-03), f (2026-04-07).
/// Not reached: b (sent apologies 2026-03-03, invited to 2026-12-08) and e (started after the
/// workshops, invited nowhere). The programme has topics 1–11 and no rollout_sections, so every
/// active manager lacks some: a and c have 3 and 5, f has 2 and 5, b and e have none.
/// Unanswered: "Hur söker man bidraget?" from a on 2026-04-10 (227 days) and f on 2026-06-02.
/// Overdue: "Se över schemat" (a, due 2026-06-01, 175 days); "Framtida" is due 2027-01-31.
final class FollowupListTests: XCTestCase {
    private func workspace() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        try folder.write("workshops/2026-12-08-sal-b.md", """
        ---
        date: 2026-12-08
        start: 09:00
        end: 12:00
        place: Sal B
        capacity: 10
        sections: 3, 5
        status: planerad
        ---

        ## Deltagare

        | Id | Namn | Förvaltning | Närvaro |
        | --- | --- | --- | --- |
        | b | Bo Berg | A-förvaltningen | inbjuden |

        """)
        try folder.write("apt/2026/2026-06-02-f-5.md", ProgressWorkspaceFixture.apt(
            date: "2026-06-02", manager: "f", sections: "5", participants: 4, questions: ["- [ ] hur söker man  bidraget"]))
        return folder
    }

    func testEveryPartOfTheListOnTheHandCountedWorkspace() throws {
        let folder = try workspace()
        let result = runForankra(["followup"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let text = result.standardOutput
        XCTAssertTrue(text.contains("## Chefer som ännu inte har gått någon workshop (2)"), text)
        XCTAssertTrue(text.contains("- Bo Berg (b), Enhet A2: anmälde förhinder till workshoppen 2026-03-03; inbjuden till workshop 2026-12-08 (Sal B)"), text)
        XCTAssertTrue(text.contains("- Eva Gran (e), Enhet C1: ännu inte inbjuden till någon workshop"), text)
        XCTAssertFalse(text.contains("Dan Fors"), "d has left and is followed up no more")
        XCTAssertTrue(text.contains("## Enheter som saknar APT om ett eller flera avsnitt (5)"), text)
        XCTAssertTrue(text.contains("- Enhet A1 (Anna Ek, a): ingen APT ännu om avsnitt 1, 2, 4, 6, 7, 8, 9, 10 och 11 (av 11)"), text)
        XCTAssertTrue(text.contains("- Enhet C2 (Fia Holm, f): ingen APT ännu om avsnitt 1, 3, 4, 6, 7, 8, 9, 10 och 11 (av 11)"), text)
        XCTAssertTrue(text.contains("- Enhet A2 (Bo Berg, b): har inte haft någon APT om programmet ännu; chefen har inte gått workshop"), text)
        XCTAssertTrue(text.contains("## Obesvarade frågor till HR (2)\n\nBåda frågorna är samma fråga."), text)
        XCTAssertTrue(text.contains("- **Hur söker man bidraget?** (ställd 2 gånger; obesvarad sedan 2026-04-10, 227 dagar)"), text)
        XCTAssertFalse(text.contains("Besvarad fråga"), "an answered question is not followed up")
        XCTAssertTrue(text.contains("## Försenade åtaganden (1)"), text)
        XCTAssertTrue(text.contains("- skulle vara klart 2026-06-01, försenat 175 dagar: Enhet, Anna Ek (a): Se över schemat; ansvarig: Bo"), text)
        XCTAssertFalse(text.contains("Framtida") || text.contains("Klart redan"), "neither a future nor a done commitment is overdue")
        try assertMatchesGolden(text, "followup.md")
    }

    func testEachPartIsGroupedByDepartmentInAlphabeticalOrder() throws {
        let folder = try workspace()
        let text = runForankra(["followup"], in: folder.path).standardOutput
        let notReached = try XCTUnwrap(text.components(separatedBy: "## Enheter").first)
        XCTAssertEqual(headings(in: notReached), ["A-förvaltningen (1)", "C-förvaltningen (1)"])
        let missing = try XCTUnwrap(text.components(separatedBy: "## Enheter").last?.components(separatedBy: "## Obesvarade").first)
        XCTAssertEqual(headings(in: missing), ["A-förvaltningen (2)", "B-förvaltningen (1)", "C-förvaltningen (2)"])
        XCTAssertEqual(headings(in: try XCTUnwrap(text.components(separatedBy: "## Försenade").last)), ["A-förvaltningen (1)"])
    }

    /// Leadership's report and HR's list count a question written two ways as one, asked twice.
    func testTheReportCountsAQuestionAsTheListDoes() throws {
        let folder = try workspace()
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success)
        let report = try folder.read("r.md")
        XCTAssertTrue(report.contains("\n- Hur söker man bidraget? (ställd 2 gånger, "), report)
        XCTAssertFalse(report.contains("hur söker man"), report)
        XCTAssertTrue(runForankra(["followup"], in: folder.path).standardOutput.contains("(ställd 2 gånger;"))
    }

    /// A broken record does not stop the list: the problems are counted first, the record is
    /// left out, and the rest is as before.
    /// The questions CSV counts a question asked twice once, with how often, how many wait for
    /// an answer and when it was first and last asked; its labels are Swedish.
    func testTheQuestionsCSVGroupsAQuestionWithItsCountAndDates() throws {
        let folder = try workspace()
        XCTAssertEqual(runForankra(["report", "--format", "csv", "-o", "csv"], in: folder.path).code, .success)
        let questions = try folder.read("csv/fragor-till-hr.csv")
        let lines = questions.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first?.replacingOccurrences(of: "\u{FEFF}", with: ""), "Fråga;Antal gånger;Utan svar;Först ställd;Senast ställd")
        XCTAssertTrue(lines.contains("Hur söker man bidraget?;2;2;2026-04-10;2026-06-02"), questions)
        XCTAssertEqual(lines.filter { $0.lowercased().hasPrefix("hur söker man") }.count, 1, "asked twice, listed once")
        let summary = try folder.read("csv/sammanfattning.csv")
        XCTAssertFalse(summary.contains("Catch-up"), summary)
        XCTAssertTrue(summary.contains("Nya chefer som ska nås i efterhand;"), summary)
    }

    func testAWorkspaceWithProblemsStillGetsItsListWithTheProblemsFirst() throws {
        let folder = try workspace()
        let clean = runForankra(["followup"], in: folder.path).standardOutput
        try folder.write("apt/2026/2026-07-01-zz-4.md", ProgressWorkspaceFixture.apt(
            date: "2026-07-01", manager: "zz", sections: "4", participants: 3, questions: ["- [ ] Syns inte"]))
        let result = runForankra(["followup"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let text = result.standardOutput
        XCTAssertTrue(text.contains("**Obs:** underlagen har 1 fel (1 UNKNOWN-MANAGER). 1 post med fel är inte med i listan"), text)
        XCTAssertFalse(text.contains("Syns inte"))
        XCTAssertEqual(text.replacingOccurrences(of: #"\n\n\*\*Obs:\*\*[^\n]*"#, with: "", options: .regularExpression), clean)
    }

    func testNothingToFollowUpSaysSoInEachPart() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        try folder.write("roster/chefer.md", """
        # Chefer

        | Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | d | Dan Fors | d@x.se | B-förvaltningen | Enhet B2 | 8 | 2025-01-01 | 2026-06-01 |

        """)
        try FileManager.default.removeItem(atPath: folder.path + "/apt")
        let text = runForankra(["followup"], in: folder.path).standardOutput
        for expected in ["Alla aktiva chefer är nådda.", "Alla enheter har haft APT om alla avsnitt.", "## Obesvarade frågor till HR (0)\n\nInga.", "## Försenade åtaganden (0)\n\nInga."] {
            XCTAssertTrue(text.contains(expected), expected + "\n" + text)
        }
    }

    func testTheListIsInEnglishWithTheWorkspaceLanguage() throws {
        let folder = try workspace()
        try folder.write("forankra.md", try folder.read("forankra.md").replacingOccurrences(of: "language: sv", with: "language: en"))
        let text = runForankra(["followup"], in: folder.path).standardOutput
        XCTAssertTrue(text.contains("**Holds personal data.**"), text)
        XCTAssertTrue(text.contains("- Bo Berg (b), Enhet A2: sent apologies for the workshop on 2026-03-03; invited to a workshop on 2026-12-08 (Sal B)"), text)
        XCTAssertTrue(text.contains("- Enhet A1 (Anna Ek, a): no APT yet on sections 1, 2, 4, 6, 7, 8, 9, 10 and 11 (of 11)"), text)
        XCTAssertTrue(text.contains("- **Hur söker man bidraget?** (asked 2 times; unanswered since 2026-04-10, 227 days)"), text)
        XCTAssertTrue(text.contains("- due 2026-06-01, 175 days overdue: Enhet, Anna Ek (a): Se över schemat; responsible: Bo"), text)
    }

    /// A name or unit with markdown in it reads as written: nothing turns bold or into a tag.
    func testNamesUnitsAndTextsAreEscapedForMarkdown() throws {
        let folder = try workspace()
        let roster = try folder.read("roster/chefer.md")
            .replacingOccurrences(of: "| Bo Berg |", with: #"| \*Bo\* \<img src=x> Berg |"#)
            .replacingOccurrences(of: "| Enhet A2 |", with: #"| Enhet\_A2 \[x](y) |"#)
        try folder.write("roster/chefer.md", roster)
        let text = runForankra(["followup"], in: folder.path).standardOutput
        XCTAssertEqual(try RosterFile.read(try folder.read("roster/chefer.md"), path: "roster/chefer.md").manager(id: "b")?.name, "*Bo* <img src=x> Berg")
        for named in text.components(separatedBy: "\n").filter({ $0.contains("Berg") }) {
            let characters = Array(named)
            for (index, character) in characters.enumerated() where "*<[_".contains(character) {
                XCTAssertEqual(index > 0 ? characters[index - 1] : " ", "\\", "unescaped \(character) in: \(named)")
            }
        }
        let line = try XCTUnwrap(text.components(separatedBy: "\n").first { $0.hasPrefix("- ") && $0.contains("Berg (b)") })
        XCTAssertEqual(MarkdownInline.plainText(String(line.dropFirst(2))), "*Bo* <img src=x> Berg (b), Enhet_A2 [x](y): anmälde förhinder till workshoppen 2026-03-03; inbjuden till workshop 2026-12-08 (Sal B)")
    }

    private func headings(in text: String) -> [String] {
        text.components(separatedBy: "\n").filter { $0.hasPrefix("### ") }.map { String($0.dropFirst(4)) }
    }
}
