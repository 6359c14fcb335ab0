import Foundation
import XCTest
@testable import ForankraKit

/// `rollout_sections` chooses the main sections a workplace is to take up at APT; the rollout
/// is counted over those only.
final class RolloutSectionsTests: XCTestCase {
    private func workspace(sections: String) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        let settings = try folder.read("forankra.md")
        try folder.write("forankra.md", settings.replacingOccurrences(of: "hourly_cost: 400\n", with: "hourly_cost: 400\nrollout_sections: \(sections)\n"))
        return folder
    }

    func testTheRolloutCountsOnlyTheChosenSections() throws {
        let folder = try workspace(sections: "2, 3, 5")
        XCTAssertEqual(runForankra(["report", "--format", "json", "-o", "r.json"], in: folder.path).code, .success)
        let report = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try folder.read("r.json").utf8)) as? [String: Any])
        // a: 3 and 5, c: 3 and 5, f: 2 → 5 of 5 active managers × 3 sections.
        XCTAssertEqual((report["summary"] as? [String: Any])?["rollout"] as? Double, 0.3333)
        XCTAssertEqual((report["sections"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }, ["2", "3", "5"])
        XCTAssertEqual((report["summary"] as? [String: Any])?["aptsHeld"] as? Int, 5, "every APT held still counts as held")
        let status = runForankra(["status"], in: folder.path).standardOutput
        XCTAssertTrue(status.contains("Avsnitt med minst en APT    3 av 3"), status)
        XCTAssertTrue(status.contains("33 % av avsnitten som ska tas upp, på alla arbetsplatser"), status)
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success)
        XCTAssertTrue(try folder.read("r.md").contains("Huvudavsnitten som räknas är de som ska tas upp på APT: 2, 3, 5."))
        let followup = runForankra(["followup"], in: folder.path).standardOutput
        XCTAssertFalse(followup.contains("saknar 1,") || followup.contains(", 11"), "sections not counted are not asked for")
    }

    func testASectionThatIsNotAMainSectionIsASettingsProblem() throws {
        let folder = try workspace(sections: "2, 3.1, 99")
        let check = runForankra(["check"], in: folder.path)
        XCTAssertEqual(check.code, .problemsFound)
        XCTAssertTrue(check.standardOutput.contains("forankra.md:10: fel: [SETTINGS] '3.1' i rollout_sections är inget huvudavsnitt i programmet"), check.standardOutput)
        XCTAssertTrue(check.standardOutput.contains("forankra.md:10: fel: [SETTINGS] '99' i rollout_sections"), check.standardOutput)
    }
}
