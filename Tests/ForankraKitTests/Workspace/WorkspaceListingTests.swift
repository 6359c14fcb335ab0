import XCTest
@testable import ForankraKit

final class WorkspaceListingTests: XCTestCase {
    func testRecordsAreListedSortedThroughYearFoldersWithoutTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        for file in ["apt/2027/2027-01-02-b-5.md", "apt/2026/2026-12-01-a-5.md", "apt/2026/2026-03-01-c-5.md",
                     "apt/2026/.2026-03-01-c-5.md.tmp-1234", "apt/2026/.utkast.md", "apt/.git/x.md",
                     "apt/2026/anteckning.txt", "apt/2026/2026-05-01-d-5-2.md"] {
            try folder.write(file, "x")
        }
        let workspace = Workspace(root: folder.path, settings: WorkspaceSettings(
            organisation: "", programme: "", language: .sv, aptMinutes: 30, minimumGroupSize: 5, rolloutStart: nil, rolloutTarget: nil))
        XCTAssertEqual(workspace.markdownFiles(in: "apt"), [
            "apt/2026/2026-03-01-c-5.md", "apt/2026/2026-05-01-d-5-2.md", "apt/2026/2026-12-01-a-5.md", "apt/2027/2027-01-02-b-5.md",
        ])
        XCTAssertEqual(workspace.markdownFiles(in: "workshops"), [], "a missing folder has no records")
    }
}
