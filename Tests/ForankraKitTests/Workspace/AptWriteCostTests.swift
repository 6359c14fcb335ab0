import Foundation
import XCTest
@testable import ForankraKit

/// A write reads only the records it could repeat: one APT costs the same with ten years of
/// history as with a month's, and a broken file elsewhere does not hold up the next APT.
final class AptWriteCostTests: XCTestCase {
    private func workspaceWithABrokenRecordElsewhere() throws -> TemporaryFolder {
        let folder = try CheckWorkspaceFixture.clean()
        // Not UTF-8, not Windows-1252 either: no reader can make a record of it.
        try folder.write("apt/2026/2026-09-30-dan.ny-2.md", Data([0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0xFF, 0xFE, 0x00, 0x81]))
        try folder.write("apt/2025/2025-05-05-anna.lind-1.md", "---\ndatum: trasig\n---\n")
        return folder
    }

    func testALogIsNotHeldUpByABrokenRecordOfAnotherMeeting() throws {
        let folder = try workspaceWithABrokenRecordElsewhere()
        XCTAssertEqual(runForankra(["check"], in: folder.path).code, .problemsFound, "check still reads every record")
        let logged = runForankra(["apt", "log", "--manager", "bo.berg", "--section", "3", "--date", "2026-11-02", "--participants", "14"], in: folder.path)
        XCTAssertEqual(logged.code, .success, logged.standardError)
        XCTAssertTrue(folder.exists("apt/2026/2026-11-02-bo.berg-3.md"))
    }

    func testTheDuplicateRuleStillHoldsWithoutReadingHistory() throws {
        let folder = try workspaceWithABrokenRecordElsewhere()
        // bo.berg's APT on section 2 on 2026-10-20 is in the fixture.
        let again = runForankra(["apt", "log", "--manager", "bo.berg", "--section", "2", "--date", "2026-10-20", "--participants", "14"], in: folder.path)
        XCTAssertEqual(again.code, .dataError)
        XCTAssertTrue(again.standardError.contains("[DUPLICATE-APT]"), again.standardError)
        let group = runForankra(["apt", "log", "--manager", "bo.berg", "--section", "2", "--date", "2026-10-20", "--participants", "6", "--force"], in: folder.path)
        XCTAssertEqual(group.code, .success, group.standardError)
        XCTAssertTrue(try folder.read(try XCTUnwrap(folder.listing().first { $0.hasPrefix("apt/2026/2026-10-20-bo.berg-2") && $0 != "apt/2026/2026-10-20-bo.berg-2.md" }))
                        .contains("session: 2"), "a further group the same day gets the next session")

        // The same for an import: a form row for a meeting already recorded is refused whole.
        try folder.write("export.csv", """
            Datum för arbetsplatsträffen;E-post;Arbetsplats/enhet;Avsnitt;Antal deltagare;Det viktigaste vi kom fram till;Frågor till HR
            2026-11-03;anna.lind@test.se;Förskolan Solen;2;9;Vi pratade om rasterna.;
            2026-10-20;bo.berg@test.se;Hemtjänsten;2;10;Vi pratade.;

            """)
        let before = folder.listing()
        let imported = runForankra(["apt", "import", "export.csv"], in: folder.path)
        XCTAssertEqual(imported.code, .dataError, imported.standardOutput)
        XCTAssertTrue(imported.standardError.contains("DUPLICATE-APT"), imported.standardError)
        XCTAssertEqual(folder.listing(), before, "nothing was recorded")
    }
}
