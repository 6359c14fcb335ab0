import XCTest
@testable import ForankraKit

/// `check` finds a meeting recorded twice by putting the files in order by manager, day and
/// name, not by keeping every record to look it up; the rule it applies is the writers' rule.
final class CheckDuplicateAptTests: XCTestCase {
    private func duplicateLines(_ folder: TemporaryFolder) throws -> [String] {
        let check = try WorkspaceCheck.run(root: folder.path, today: CalendarDate(iso: "2026-11-23") ?? .epoch)
        return check.problems.filter { $0.code == .duplicateApt }.map { "\($0.path) <- \($0.message.components(separatedBy: " in ").last ?? "")" }.sorted()
    }

    func testOnlyTheSameMeetingInALaterFileIsADuplicate() throws {
        let folder = try CheckWorkspaceFixture.clean()
        // The fixture has bo.berg on section 2 on 2026-10-20 in "…-bo.berg-2.md".
        try folder.write("apt/2026/2026-10-20-bo.berg-2-2.md", meeting("2026-10-20", "bo.berg", "2", "6"))
        // A second group the same day, on purpose: not a duplicate, and not one of its copy either.
        try folder.write("apt/2026/2026-10-20-bo.berg-2-grupp.md", meeting("2026-10-20", "bo.berg", "2", "6")
            .replacingOccurrences(of: "participants: 6", with: "participants: 6\nsession: 2"))
        // Another section the same day, another manager the same day, the same manager another day.
        try folder.write("apt/2026/2026-10-20-bo.berg-3.md", meeting("2026-10-20", "bo.berg", "3", "6"))
        try folder.write("apt/2026/2026-10-20-cia.ek-2.md", meeting("2026-10-20", "cia.ek", "2", "5"))
        try folder.write("apt/2026/2026-10-21-bo.berg-2.md", meeting("2026-10-21", "bo.berg", "2", "6"))
        // Filed by hand under another name, on two sections: a repeat of the first file by name
        // that shares a section.
        try folder.write("apt/2026/kopia.md", meeting("2026-10-20", "bo.berg", "2, 3", "6"))

        XCTAssertEqual(try duplicateLines(folder), [
            "apt/2026/2026-10-20-bo.berg-2-2.md <- apt/2026/2026-10-20-bo.berg-2.md",
            "apt/2026/kopia.md <- apt/2026/2026-10-20-bo.berg-2.md",
        ])
    }
}

private func meeting(_ date: String, _ manager: String, _ sections: String, _ participants: String) -> String {
    CheckWorkspaceFixture.apt(date: date, manager: manager, sections: sections, participants: participants)
}
