import Foundation
import XCTest
@testable import ForankraKit

final class RolloutPlanTests: XCTestCase {
    private func day(_ text: String) throws -> CalendarDate { try XCTUnwrap(CalendarDate(iso: text)) }

    func testWithoutMilestonesThePlanIsAStraightLineFromStartToTarget() throws {
        let plan = try XCTUnwrap(RolloutPlan(start: day("2026-01-01"), target: day("2026-01-11"), milestones: []))
        XCTAssertEqual(plan.share(on: try day("2025-12-24")), 0)
        XCTAssertEqual(plan.share(on: try day("2026-01-01")), 0)
        XCTAssertEqual(plan.share(on: try day("2026-01-06")), 0.5, accuracy: 1e-9)
        XCTAssertEqual(plan.share(on: try day("2026-01-11")), 1)
        XCTAssertEqual(plan.share(on: try day("2026-03-01")), 1)
    }

    func testMilestonesBendThePlanFromPointToPoint() throws {
        let milestones = RolloutPlan.milestones(from: "2026-01-11 50 %, 2026-01-21 60%").milestones
        let plan = try XCTUnwrap(RolloutPlan(start: day("2026-01-01"), target: day("2026-01-31"), milestones: milestones))
        XCTAssertEqual(plan.share(on: try day("2026-01-06")), 0.25, accuracy: 1e-9, "halfway to 50 %")
        XCTAssertEqual(plan.share(on: try day("2026-01-16")), 0.55, accuracy: 1e-9, "halfway from 50 to 60 %")
        XCTAssertEqual(plan.share(on: try day("2026-01-26")), 0.8, accuracy: 1e-9, "halfway from 60 to 100 %")
        XCTAssertEqual(plan.milestones.map(\.share), [0.5, 0.6])
    }

    func testWithoutATargetThePlanStaysAtTheLastMilestone() throws {
        let plan = try XCTUnwrap(RolloutPlan(start: day("2026-01-01"), target: nil,
                                             milestones: RolloutPlan.milestones(from: "2026-01-11 80 %").milestones))
        XCTAssertEqual(plan.share(on: try day("2026-06-01")), 0.8, accuracy: 1e-9)
        XCTAssertNil(RolloutPlan(start: try day("2026-01-01"), target: nil, milestones: []), "nothing to aim for")
        XCTAssertNil(RolloutPlan(start: nil, target: try day("2026-12-31"), milestones: []))
    }

    func testSharesAreReadTheSwedishWayToo() {
        let read = RolloutPlan.milestones(from: "2026-03-31 12,5 %; 2026-06-30 40.5%,2026-09-30\t75")
        XCTAssertEqual(read.problems, [])
        XCTAssertEqual(read.milestones.map(\.share), [0.125, 0.405, 0.75])
    }

    func testBadMilestonesAreSettingsProblemsOnTheirLine() throws {
        let text = """
        ---
        organisation: Testby kommun
        programme: programme/program.md
        rollout_start: 2026-02-01
        rollout_target: 2026-12-31
        rollout_milestones: snart 10 %, 2026-01-15 20 %, 2026-06-30 mycket, 2026-05-31 30 %, 2026-04-30 10 %, 2027-03-01 90 %
        ---

        """
        let reading = WorkspaceSettings.reading(text, path: "forankra.md")
        let messages = reading.problems.map(\.message)
        XCTAssertTrue(reading.problems.allSatisfy { $0.code == .settings && $0.line == 6 })
        XCTAssertTrue(messages.contains { $0.contains("'snart 10 %' comes before the first date") }, "\(messages)")
        let second = RolloutPlan.milestones(from: "2026-01-15 20 %, 2026-06-30 mycket, 2026-05-31 30 %, 2026-04-30 10 %, 2027-03-01 90 %").problems
        XCTAssertTrue(second.contains("'mycket' after 2026-06-30 is not a share from 0 to 100 %"), "\(second)")
        XCTAssertTrue(second.contains { $0.contains("date order: 2026-04-30 comes after 2026-05-31") }, "\(second)")
        XCTAssertTrue(second.contains { $0.contains("cannot go back: 2026-04-30") }, "\(second)")
        let full = WorkspaceSettings.reading(text.replacingOccurrences(of: "snart 10 %, ", with: ""), path: "forankra.md").problems.map(\.message)
        XCTAssertTrue(full.contains { $0.contains("2026-01-15 is not after rollout_start") }, "\(full)")
        XCTAssertTrue(full.contains { $0.contains("2027-03-01 is after rollout_target") }, "\(full)")
        let noStart = WorkspaceSettings.reading("---\norganisation: X\nprogramme: p.md\nrollout_milestones: 2026-06-30 50 %\n---\n", path: "forankra.md")
        XCTAssertEqual(noStart.problems.map(\.line), [4])
        XCTAssertTrue(noStart.problems[0].message.contains("needs rollout_start"))
    }

    func testTheReportFollowsTheMilestonesAndNamesThem() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let settings = try folder.read("forankra.md")
        try folder.write("forankra.md", settings.replacingOccurrences(
            of: "rollout_target: 2026-12-31\n", with: "rollout_target: 2026-12-31\nrollout_milestones: 2026-03-31 50 %, 2026-06-30 90 %\n"))
        XCTAssertEqual(runForankra(["report", "--format", "json", "-o", "r.json"], in: folder.path).code, .success)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any])
        // 23 November: 146 of the 184 days from 30 June (90 %) to 31 December (100 %).
        XCTAssertEqual((report["summary"] as? [String: Any])?["plan"] as? Double, 0.9793)
        let milestones = report["planMilestones"] as? [[String: Any]] ?? []
        XCTAssertEqual(milestones.compactMap { $0["date"] as? String }, ["2026-03-31", "2026-06-30"])
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success)
        XCTAssertTrue(try folder.read("r.md").contains("i raka linjer genom delmålen 31 mars 2026 50 %, 30 juni 2026 90 % och vidare till 100 % när det ska vara klart (31 december 2026)."))
        let status = runForankra(["status"], in: folder.path).standardOutput
        XCTAssertTrue(status.contains("planen i dag: 98 %"), status)
    }

    func testABadMilestoneIsListedFirstAndTheRestStillReports() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let settings = try folder.read("forankra.md")
        try folder.write("forankra.md", settings.replacingOccurrences(
            of: "rollout_target: 2026-12-31\n", with: "rollout_target: 2026-12-31\nrollout_milestones: 2026-06-30 snart\n"))
        let status = runForankra(["status"], in: folder.path)
        XCTAssertEqual(status.code, .success, status.standardError)
        XCTAssertTrue(status.standardOutput.contains("Obs: underlagen har 1 fel: 1 SETTINGS."), status.standardOutput)
        XCTAssertTrue(status.standardOutput.contains("planen i dag: 90 %"), "without the milestone the plan is the straight line")
        let report = runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path)
        XCTAssertEqual(report.code, .success, report.standardError)
        XCTAssertTrue(try folder.read("r.md").contains("- SETTINGS: 1"))
        let check = runForankra(["check"], in: folder.path)
        XCTAssertTrue(check.standardOutput.contains("forankra.md:9: fel: [SETTINGS] 'snart' efter 2026-06-30 är ingen andel från 0 till 100 %"), check.standardOutput)
    }
}
