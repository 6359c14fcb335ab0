import Foundation
import XCTest
@testable import ForankraKit

/// Ratings by department: a department of three is never shown on its own, and one more group
/// is hidden so its average cannot be worked out from the overall one.
final class DepartmentFeedbackTests: XCTestCase {
    /// Six managers in the large department, three in the small one; everyone at one workshop.
    /// Ratings: the large department 6 × 4, the small one 2, 3, 1 (named), five anonymous 5s.
    private func workspace() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        var roster = "# Chefer\n\n| Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n"
        let large = (1...6).map { "s\($0)" }
        let small = ["t1", "t2", "t3"]
        for id in large { roster += "| \(id) | Stor \(id) | \(id)@x.se | Stora förvaltningen | Enhet | 10 | 2025-01-01 |  |\n" }
        for id in small { roster += "| \(id) | Liten \(id) | \(id)@x.se | Lilla förvaltningen | Enhet | 10 | 2025-01-01 |  |\n" }
        try folder.write("roster/chefer.md", roster)
        for file in ["workshops/2026-03-03-sal-a.md", "workshops/2026-04-07-sal-a.md"] { try FileManager.default.removeItem(atPath: folder.path + "/" + file) }
        for file in try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/apt") where file.hasSuffix(".md") {
            try FileManager.default.removeItem(atPath: folder.path + "/apt/" + file)
        }
        let feedback: [(Int?, String?, String)] = large.map { (4, $0, "Bra.") } + zip([2, 3, 1], small).map { ($0, $1, "Nja.") }
            + Array(repeating: (5, nil, "Mycket bra."), count: 5)
        try folder.write("workshops/2026-03-03-sal-a.md", ProgressWorkspaceFixture.workshop(
            date: "2026-03-03", rows: (large + small).map { ($0, "Namn \($0)", "närvarande") }, feedback: feedback))
        return folder
    }

    func testADepartmentOfThreeIsHiddenAndOneMoreGroupWithIt() throws {
        let folder = try workspace()
        let result = runForankra(["report", "--format", "json", "-o", "r.json"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any])
        let feedback = try XCTUnwrap(report["feedback"] as? [String: Any])
        XCTAssertEqual(feedback["averageRating"] as? Double, 3.93, "55 / 14 overall, enough answers to show")
        let groups = try XCTUnwrap(feedback["byDepartment"] as? [[String: Any]])
        XCTAssertEqual(groups.map { $0["department"] as? String ?? "anonym" }, ["Lilla förvaltningen", "Stora förvaltningen", "anonym"])
        XCTAssertEqual(groups.map { $0["ratings"] as? Int }, [3, 6, 5])
        XCTAssertEqual(groups.map { $0["suppressed"] as? Bool }, [true, false, true],
                       "the small department is too few; the anonymous five go with it, or 55 − 24 − 25 would give its 6")
        XCTAssertEqual(groups.map { $0["averageRating"] as? Double }, [nil, 4, nil])
    }

    func testTheMarkdownAndCSVSayTooFewWhereTheFigureIsHidden() throws {
        let folder = try workspace()
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success)
        let markdown = try folder.read("r.md")
        XCTAssertTrue(markdown.contains("| Lilla förvaltningen | 3 | 3 | för få svar för att redovisas |"), markdown)
        XCTAssertTrue(markdown.contains("| Stora förvaltningen | 6 | 6 | 4,0 av 5 |"), markdown)
        XCTAssertTrue(markdown.contains("| Anonym återkoppling | 5 | 5 | för få svar för att redovisas |"), markdown)
        XCTAssertEqual(runForankra(["report", "--format", "csv", "-o", "csv"], in: folder.path).code, .success)
        let csv = try folder.read("csv/betyg-per-forvaltning.csv")
        XCTAssertTrue(csv.contains("Lilla förvaltningen;3;3;för få svar för att redovisas\r\n"), csv)
        XCTAssertTrue(csv.contains("Stora förvaltningen;6;6;4,0\r\n"), csv)
    }

    func testOneDepartmentsReportHidesTheSameCells() throws {
        let folder = try workspace()
        XCTAssertEqual(runForankra(["report", "--format", "json", "--department", "Lilla förvaltningen", "-o", "r.json"], in: folder.path).code, .success)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any])
        let groups = (report["feedback"] as? [String: Any])?["byDepartment"] as? [[String: Any]] ?? []
        XCTAssertEqual(groups.count, 1)
        XCTAssertEqual(groups.first?["suppressed"] as? Bool, true)
        XCTAssertTrue(groups.first?["averageRating"] is NSNull)
    }
}
