import Foundation
import XCTest
@testable import ForankraKit

final class ProgressReportTests: XCTestCase {
    private func json(_ folder: TemporaryFolder, _ extra: [String] = []) throws -> [String: Any] {
        let result = runForankra(["report", "--format", "json", "-o", "r.json"] + extra, in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        return try JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any] ?? [:]
    }

    func testEverySummaryFigureMatchesTheHandCount() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let summary = try json(folder)["summary"] as? [String: Any] ?? [:]
        XCTAssertEqual(summary["activeManagers"] as? Int, 5, "d left before today")
        XCTAssertEqual(summary["reached"] as? Int, 3, "a, c and f were present")
        XCTAssertEqual(summary["catchUp"] as? Int, 1, "e started after the last workshop")
        XCTAssertEqual(summary["notReached"] as? Int, 1, "b only sent apologies")
        XCTAssertEqual(summary["aptsHeld"] as? Int, 5, "d's APT was held, though d has left since")
        XCTAssertEqual(summary["aptParticipants"] as? Int, 9 + 8 + 5 + 4 + 6)
        XCTAssertEqual(summary["staff"] as? Int, 42)
        XCTAssertEqual(summary["staffReached"] as? Int, 19, "a 10 + c 5 + f 4")
        XCTAssertEqual(summary["rollout"] as? Double ?? -1, 0.0909, accuracy: 0.0001, "5 pairs of 5 managers × 11 sections")
        XCTAssertEqual(summary["plan"] as? Double ?? -1, 326.0 / 364.0, accuracy: 0.0001)
    }

    func testDepartmentsAndSectionsMatchTheHandCount() throws {
        let folder = try TemporaryFolder()
        // With groups of at least two, B (only c is active) is too small to show alone; it joins
        // the smallest department shown, A before C on name, as "Övriga förvaltningar".
        try ProgressWorkspaceFixture.write(into: folder, minimumGroupSize: 2)
        let report = try json(folder)
        let departments = report["departments"] as? [[String: Any]] ?? []
        XCTAssertEqual(departments.map { $0["name"] as? String }, ["C-förvaltningen", "Övriga förvaltningar"])
        XCTAssertEqual(departments.map { $0["activeManagers"] as? Int }, [2, 3])
        XCTAssertEqual(departments.map { $0["reached"] as? Int }, [1, 2], "f in C; a and c in the others")
        XCTAssertEqual(departments.map { $0["staffReached"] as? Int }, [4, 15])
        XCTAssertEqual(departments[1]["rollout"] as? Double ?? -1, 4.0 / 33.0, accuracy: 0.0001, "a: 3, 5 and c: 3, 5 of 3 managers × 11")
        let sections = report["sections"] as? [[String: Any]] ?? []
        let byID = Dictionary(uniqueKeysWithValues: sections.map { ($0["id"] as? String ?? "", $0) })
        XCTAssertEqual(byID["3"]?["managersWithApt"] as? Int, 2)
        XCTAssertEqual(byID["3"]?["apts"] as? Int, 3, "a's APT on 3, c's APT on 3 and 5, and d's before d left")
        XCTAssertEqual(byID["3"]?["managersWithApt"] as? Int, 2, "d is no longer active")
        XCTAssertEqual(byID["5"]?["managersWithApt"] as? Int, 2)
        XCTAssertEqual(byID["2"]?["managersWithApt"] as? Int, 1, "2.1 counts towards 2")
        XCTAssertEqual(byID["2"]?["staffReached"] as? Int, 4)
        XCTAssertEqual(byID["7"]?["coverage"] as? Double, 0)
    }

    func testWorkshopsFollowUpAndCostMatchTheHandCount() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let report = try json(folder)
        let workshops = report["workshops"] as? [[String: Any]] ?? []
        XCTAssertEqual(workshops.map { $0["invited"] as? Int }, [4, 1])
        XCTAssertEqual(workshops.first?["attendance"] as? Double, 0.5, "a and c of four invited")
        XCTAssertEqual(workshops.first?["presentOrExcused"] as? Double, 0.75, "b sent apologies, d stayed away")
        XCTAssertEqual(workshops.first?["rating"] as? String, "waiting", "both workshops hold four answers in all, too few to show")
        XCTAssertTrue(workshops.first?["averageRating"] is NSNull)
        let commitments = report["commitments"] as? [String: Any] ?? [:]
        XCTAssertEqual(commitments["open"] as? Int, 2)
        XCTAssertEqual(commitments["done"] as? Int, 1)
        XCTAssertEqual(commitments["overdue"] as? Int, 1, "due 2026-06-01, not done")
        let questions = report["questionsToHR"] as? [String: Any] ?? [:]
        XCTAssertEqual(questions["total"] as? Int, 2)
        XCTAssertEqual(questions["unanswered"] as? Int, 1)
        let cost = report["cost"] as? [String: Any] ?? [:]
        XCTAssertEqual(cost["workshopHours"] as? Double, 9, "3 hours × 2 present + 3 hours × 1")
        XCTAssertEqual(cost["aptHours"] as? Double, 16, "30 minutes × 32 participants")
        XCTAssertEqual(cost["kronor"] as? Double, 10_000, "25 hours × 400 kr")
        let feedback = report["feedback"] as? [String: Any] ?? [:]
        XCTAssertEqual(feedback["anonymousComments"] as? [String], [], "four answers are too few to quote")
    }

    func testDateRangeCountsOnlyWhatHappenedInIt() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let summary = try json(folder, ["--from", "2026-04-15", "--to", "2026-05-05"])["summary"] as? [String: Any] ?? [:]
        XCTAssertEqual(summary["aptsHeld"] as? Int, 2, "c on 04-20 and f on 05-01")
        XCTAssertEqual(summary["reached"] as? Int, 0, "no workshop in the range")
        XCTAssertEqual(summary["activeManagers"] as? Int, 5, "d is still active on 2026-05-05; e has not started")
    }

    func testOneDepartmentsReportCountsOnlyItsManagersAlsoOverTime() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder, minimumGroupSize: 2)
        let report = try json(folder, ["--department", "C-förvaltningen"])
        let summary = report["summary"] as? [String: Any] ?? [:]
        XCTAssertEqual(summary["activeManagers"] as? Int, 2, "e and f")
        XCTAssertEqual(summary["rollout"] as? Double ?? -1, 1.0 / 22.0, accuracy: 0.0001, "f's APT on 2.1")
        let last = (report["timeline"] as? [[String: Any]])?.last
        XCTAssertEqual(last?["rollout"] as? Double ?? -1, 1.0 / 22.0, accuracy: 0.0001, "the timeline follows the department too")
    }

    func testADepartmentTooSmallToShowAloneIsRefusedAndTheHintNamesItsGroup() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder, minimumGroupSize: 2)
        let result = runForankra(["report", "--department", "B-förvaltningen", "-o", "r.html"], in: folder.path)
        XCTAssertEqual(result.code, .usage)
        XCTAssertTrue(result.standardError.contains("B-förvaltningen"), result.standardError)
        XCTAssertTrue(result.standardError.contains("Övriga förvaltningar"), result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/r.html"), "nothing is written for a refused department")
    }

    func testTheWorkspacesOwnThemesAreUsedAlsoWhenItIsGivenWithW() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let bundled = try String(contentsOfFile: ThemeLexiconTests.templatesFolder + "/teman/lon.md", encoding: .utf8)
        try folder.write("ws/templates/teman/lon.md", bundled
            .replacingOccurrences(of: "sv: Lön och löneutveckling", with: "sv: Lön, villkor och bidrag")
            .replacingOccurrences(of: "## Nyckelord\n\n", with: "## Nyckelord\n\nbidraget, "))
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder.path) where !file.hasPrefix("ws") && file.hasSuffix(".md") {
            try folder.write("ws/" + file, try folder.read(file))
        }
        try folder.write("elsewhere/.keep", "")
        let result = runForankra(["report", "--format", "json", "-w", "../ws", "-o", "r.json"], in: folder.path + "/elsewhere")
        XCTAssertEqual(result.code, .success, result.standardError)
        let report = try JSONSerialization.jsonObject(with: Data(try folder.read("elsewhere/r.json").utf8)) as? [String: Any] ?? [:]
        let themes = (report["raisedThemes"] as? [[String: Any]] ?? []).compactMap { $0["theme"] as? String }
        XCTAssertTrue(themes.contains("Lön, villkor och bidrag"), "\(themes)")
    }

    func testEmptyWorkspaceSaysNothingHasHappenedYet() throws {
        let folder = try TemporaryFolder()
        let programme = try String(contentsOfFile: TestPaths.markdownExample, encoding: .utf8)
        try folder.write("programme/program.md", programme)
        try folder.write("forankra.md", "---\norganisation: Testby kommun\nprogramme: programme/program.md\n---\n")
        for format in ["md", "html", "json", "csv"] {
            let result = runForankra(["report", "--format", format, "-o", "r-\(format)"], in: folder.path)
            XCTAssertEqual(result.code, .success, format + result.standardError)
        }
        XCTAssertTrue(try folder.read("r-md").contains("Inget har hänt ännu"))
        XCTAssertEqual(runForankra(["status"], in: folder.path).code, .success)
    }

    func testLeadershipReportHoldsNoNamesButFollowupDoes() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        for format in ["md", "html", "json"] {
            XCTAssertEqual(runForankra(["report", "--format", format, "-o", "r.\(format)"], in: folder.path).code, .success)
            let text = try folder.read("r.\(format)")
            for name in ["Anna Ek", "Bo Berg", "Cia Dahl", "Fia Holm", "Named text"] {
                XCTAssertFalse(text.contains(name), "\(format) report names \(name)")
            }
        }
        let followup = runForankra(["followup"], in: folder.path)
        XCTAssertTrue(followup.standardOutput.contains("Innehåller personuppgifter"))
        XCTAssertTrue(followup.standardOutput.contains("- Bo Berg (b), Enhet A2: anmälde förhinder till workshoppen 2026-03-03"))
        XCTAssertTrue(followup.standardOutput.contains("Se över schemat"), "the overdue commitment")
        XCTAssertTrue(followup.standardOutput.contains("Hur söker man bidraget?"), "the unanswered question")
    }

    func testHostileNamesAreEscapedInHTMLAndNeutralisedInCSV() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder, department: "=HYPERLINK(\"http://x\")<script>", comment: "<script>alert(1)</script>", minimumGroupSize: 2)
        // d stays, so every department is large enough to be shown under its own name.
        try folder.write("roster/chefer.md", try folder.read("roster/chefer.md").replacingOccurrences(of: "| 2026-06-01 |", with: "|  |"))
        XCTAssertEqual(runForankra(["report", "--format", "html", "-o", "r.html"], in: folder.path).code, .success)
        let html = try folder.read("r.html")
        XCTAssertFalse(html.contains("<script>"))
        // The roster is markdown: a tag typed into a cell is markup and is dropped on reading;
        // the rest of the name reaches the report escaped.
        XCTAssertTrue(html.contains("=HYPERLINK(&quot;http://x&quot;)"), "the department name, escaped")
        XCTAssertEqual(runForankra(["report", "--format", "csv", "-o", "csv"], in: folder.path).code, .success)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: folder.path + "/csv/forvaltningar.csv"))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with BOM for Swedish Excel")
        let csv = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(csv.contains("\r\n"))
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), csv)
        XCTAssertFalse(csv.contains(";=HYPERLINK") || csv.contains("\n=HYPERLINK"), "no cell may start with =")
    }

    func testStatusShowsTheHeadlineFigures() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder, minimumGroupSize: 2)
        let status = runForankra(["status"], in: folder.path)
        XCTAssertEqual(status.code, .success, status.standardError)
        XCTAssertTrue(status.standardOutput.contains("3 av 5"), status.standardOutput)
        XCTAssertTrue(status.standardOutput.contains("1 ej nådd, 1 ny chef som ska nås i efterhand"))
        XCTAssertTrue(status.standardOutput.contains("19 av 42"))
        XCTAssertTrue(status.standardOutput.contains("planen i dag: 90 % → 80 procentenheter efter"), "5 of 55 pairs (9,09 %) against 89,56 %: \(status.standardOutput)")
        // Per group against the plan of 89,56 %: C 1 of 22 pairs; A and B together 4 of 33.
        let departments = status.standardOutput.split(separator: "\n").filter { $0.contains("förvaltning") }
        XCTAssertEqual(departments.map { String($0.split(separator: " ").suffix(4).joined(separator: " ")) },
                       ["5 % 85 efter", "12 % 77 efter"])
        XCTAssertTrue(status.standardOutput.split(separator: "\n").allSatisfy { $0.count <= 100 }, "fits 100 columns")
    }
}

final class ProgressReportEdgeTests: XCTestCase {
    func testAWorkspaceWithProblemsStillReportsListingThemFirstAndCountingWhatIsLeftOut() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        // One APT with an impossible date and one naming a manager who is not on the roster.
        try folder.write("apt/2026/2026-02-30-a-3.md", ProgressWorkspaceFixture.apt(date: "2026-02-30", manager: "a", sections: "3", participants: 5))
        try folder.write("apt/2026/2026-05-02-zz-7.md", ProgressWorkspaceFixture.apt(date: "2026-05-02", manager: "zz", sections: "7", participants: 5))
        let result = runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path)
        XCTAssertEqual(result.code, .success)
        XCTAssertTrue(result.standardError.contains("2 poster är inte med"), result.standardError)
        let report = try folder.read("r.md")
        let problems = try XCTUnwrap(report.range(of: "## Att rätta först"))
        let summary = try XCTUnwrap(report.range(of: "## Sammanfattning"))
        XCTAssertLessThan(problems.lowerBound, summary.lowerBound, "problems come first")
        XCTAssertTrue(report.contains("- BAD-DATE: 1") && report.contains("- UNKNOWN-MANAGER: 1"))
        XCTAssertTrue(report.contains("APT:er som har hållits: 5,"), "the two broken APTs are left out of the five good ones")
        XCTAssertFalse(report.contains("zz"), "no names or ids from the broken records")
    }

    func testARecordThatCannotBeReadAtAllIsCountedAsLeftOut() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        try folder.write("apt/2026/2026-06-01-a-7.md", Data([0, 1, 2, 3, 0x62, 0x69, 0x6E]))
        let result = runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        XCTAssertTrue(result.standardError.contains("1 fel; 1 post är inte med"), result.standardError)
        XCTAssertTrue(try folder.read("r.md").contains("- UNREADABLE: 1"))
    }

    func testStatusOfAWorkspaceWithProblemsCountsThemFirstAndLeavesTheirRecordsOut() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let clean = runForankra(["status"], in: folder.path)
        try folder.write("apt/2026/2026-02-30-a-3.md", ProgressWorkspaceFixture.apt(date: "2026-02-30", manager: "a", sections: "3", participants: 5))
        try folder.write("apt/2026/2026-05-02-zz-7.md", ProgressWorkspaceFixture.apt(date: "2026-05-02", manager: "zz", sections: "7", participants: 5))
        let status = runForankra(["status"], in: folder.path)
        XCTAssertEqual(status.code, .success, status.standardError)
        let lines = status.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[2], "Obs: underlagen har 2 fel: 1 BAD-DATE, 1 UNKNOWN-MANAGER.")
        XCTAssertTrue(lines[3].hasPrefix("2 poster med fel är inte med i siffrorna nedan."), lines[3])
        XCTAssertEqual(Array(lines.dropFirst(5)), Array(clean.standardOutput.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropFirst(2)),
                       "the figures are those of the workspace without the two broken APTs")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 100 }, "fits 100 columns")
    }

    func testACompletedRolloutShowsFullCoverageAndNoOneLeftToReach() throws {
        let folder = try TemporaryFolder()
        let programme = try String(contentsOfFile: TestPaths.markdownExample, encoding: .utf8)
        try folder.write("programme/program.md", programme)
        try folder.write("forankra.md", "---\norganisation: Testby kommun\nprogramme: programme/program.md\nrollout_start: 2026-01-01\nrollout_target: 2026-06-30\n---\n")
        try folder.write("roster/chefer.md", """
        # Chefer

        | Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | a | Anna Ek | a@x.se | A | A1 | 10 | 2025-01-01 |  |
        | b | Bo Berg | b@x.se | B | B1 | 6 | 2025-01-01 |  |

        """)
        try folder.write("workshops/2026-02-03-sal.md", ProgressWorkspaceFixture.workshop(
            date: "2026-02-03", rows: [("a", "Anna Ek", "närvarande"), ("b", "Bo Berg", "närvarande")], feedback: []))
        let topics = (1...11).map(String.init).joined(separator: ", ")
        try folder.write("apt/2026/2026-03-01-a-all.md", ProgressWorkspaceFixture.apt(date: "2026-03-01", manager: "a", sections: topics, participants: 10))
        try folder.write("apt/2026/2026-03-02-b-all.md", ProgressWorkspaceFixture.apt(date: "2026-03-02", manager: "b", sections: topics, participants: 6))
        let result = runForankra(["report", "--format", "json", "-o", "r.json"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let json = try JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any]
        let summary = json?["summary"] as? [String: Any] ?? [:]
        XCTAssertEqual(summary["reached"] as? Int, 2)
        XCTAssertEqual(summary["notReached"] as? Int, 0)
        XCTAssertEqual(summary["rollout"] as? Double, 1)
        XCTAssertEqual(summary["plan"] as? Double, 1, "the target date has passed")
        XCTAssertEqual(summary["staffReached"] as? Int, 16)
        let status = runForankra(["status"], in: folder.path).standardOutput
        XCTAssertTrue(status.contains("i fas"), status)
        XCTAssertTrue(runForankra(["followup"], in: folder.path).standardOutput.contains("Alla aktiva chefer är nådda."))
    }
}
