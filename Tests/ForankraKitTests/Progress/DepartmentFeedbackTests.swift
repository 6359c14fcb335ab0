import Foundation
import XCTest
@testable import ForankraKit

/// Ratings by department: a department's part of a block is shown only when it holds enough
/// answers alone; smaller parts are counted with the anonymous answers, and a rest too small to
/// show takes the smallest department with it, so no row is the total minus the others.
final class DepartmentFeedbackTests: XCTestCase {
    /// Six managers in the large department, three in the small one; everyone at one workshop.
    /// Ratings: the large department 6 × 4, the small one 2, 3, 1 (named), five anonymous 5s.
    private func workspace(anonymousAnswers: Int = 5) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        var roster = "# Chefer\n\n| Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        let large = (1...6).map { "s\($0)" }
        let small = ["t1", "t2", "t3"]
        for id in large { roster += "| \(id) | Stor \(id) | \(id)@x.se | Stora förvaltningen | Enhet | 10 | 2025-01-01 |  |\n" }
        for id in small { roster += "| \(id) | Liten \(id) | \(id)@x.se | Lilla förvaltningen | Enhet | 10 | 2025-01-01 |  |\n" }
        // Five more, not at the workshop, so that the small department's managers are counted
        // with them in the rollout figures and the large department can be shown on its own.
        for id in (1...5).map({ "m\($0)" }) { roster += "| \(id) | Mellan \(id) | \(id)@x.se | Mellersta förvaltningen | Enhet | 10 | 2025-01-01 |  |\n" }
        try folder.write("roster/chefer.md", roster)
        for file in ["workshops/2026-03-03-sal-a.md", "workshops/2026-04-07-sal-a.md"] { try FileManager.default.removeItem(atPath: folder.path + "/" + file) }
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/apt") where file.hasSuffix(".md") {
            try FileManager.default.removeItem(atPath: folder.path + "/apt/" + file)
        }
        let feedback: [(Int?, String?, String)] = large.map { (4, $0, "Bra.") } + zip([2, 3, 1], small).map { ($0, $1, "Nja.") }
            + Array(repeating: (5, nil, "Mycket bra."), count: anonymousAnswers)
        try folder.write("workshops/2026-03-03-sal-a.md", ProgressWorkspaceFixture.workshop(
            date: "2026-03-03", rows: (large + small).map { ($0, "Namn \($0)", "närvarande") }, feedback: feedback))
        return folder
    }

    func testASmallDepartmentsPartIsCountedWithTheAnonymousAnswersNeverAlone() throws {
        let folder = try workspace()
        let result = runForankra(["report", "--format", "json", "-o", "r.json"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any])
        let feedback = try XCTUnwrap(report["feedback"] as? [String: Any])
        XCTAssertEqual(feedback["averageRating"] as? Double, 3.93, "55 / 14 overall, enough answers to show")
        let groups = try XCTUnwrap(feedback["byDepartment"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["department"] as? String ?? "övrigt" }, ["Stora förvaltningen", "övrigt"],
                       "three answers from the small department are too few to show; they go into the rest with the five anonymous ones")
        XCTAssertEqual(groups.map { $0["ratings"] as? Int }, [6, 8])
        XCTAssertEqual(groups.map { $0["averageRating"] as? Double }, [4, 3.88], "24 / 6 and (6 + 25) / 8")
    }

    func testARestTooSmallTakesTheSmallestDepartmentWithIt() throws {
        // The small department's three answers and one anonymous answer would be the total minus
        // the large department: they are counted with it, and no department is shown alone.
        let folder = try workspace(anonymousAnswers: 1)
        XCTAssertEqual(runForankra(["report", "--format", "json", "-o", "r.json"], in: folder.path).code, .success)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any])
        let groups = (report["feedback"] as? [String: Any])?["byDepartment"] as? [[String: Any]] ?? []
        XCTAssertEqual(groups.map { $0["department"] as? String ?? "övrigt" }, ["övrigt"])
        XCTAssertEqual(groups.map { $0["ratings"] as? Int }, [10])
    }

    func testTheMarkdownAndCSVNameTheRestOtherFeedback() throws {
        let folder = try workspace()
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success)
        let markdown = try folder.read("r.md")
        XCTAssertTrue(markdown.contains("| Stora förvaltningen | 6 | 6 | 4,0 av 5 |"), markdown)
        XCTAssertTrue(markdown.contains("| Övrig återkoppling | 8 | 8 | 3,9 av 5 |"), markdown)
        XCTAssertFalse(markdown.contains("Lilla förvaltningen |"), "the small department has no row of its own")
        XCTAssertEqual(runForankra(["report", "--format", "csv", "-o", "csv"], in: folder.path).code, .success)
        let csv = try folder.read("csv/betyg-per-forvaltning.csv")
        XCTAssertTrue(csv.contains("Stora förvaltningen;6;6;4,0\r\n"), csv)
        XCTAssertTrue(csv.contains("Övrig återkoppling;8;8;3,9\r\n"), csv)
    }

    func testOneDepartmentsReportShowsOnlyItsOwnRow() throws {
        let folder = try workspace()
        XCTAssertEqual(runForankra(["report", "--format", "json", "--department", "Stora förvaltningen", "-o", "r.json"], in: folder.path).code, .success)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any])
        let groups = (report["feedback"] as? [String: Any])?["byDepartment"] as? [[String: Any]] ?? []
        XCTAssertEqual(groups.map { $0["department"] as? String }, ["Stora förvaltningen"])
        XCTAssertEqual(groups.first?["averageRating"] as? Double, 4)
    }

    func testASmallDepartmentCannotBeReportedOnItsOwn() throws {
        let folder = try workspace()
        let result = runForankra(["report", "--format", "json", "--department", "Lilla förvaltningen", "-o", "r.json"], in: folder.path)
        XCTAssertEqual(result.code, .usage, "three managers are fewer than the five a group must hold")
        XCTAssertTrue(result.standardError.contains("Övriga förvaltningar"), result.standardError)
    }
}
