import Foundation
import XCTest
@testable import ForankraKit

/// The commands that write records judge what they write by the same rules as `check`, so a
/// record a command accepted is never one that `check` then refuses. Today is 2026-11-23.
final class WritersFollowCheckRulesTests: XCTestCase {
    private typealias Fixture = CheckWorkspaceFixture

    private func aptLog(_ extra: [String], manager: String = "dan.ny", date: String, participants: String = "5") -> [String] {
        ["apt", "log", "--manager", manager, "--section", "2", "--date", date, "--participants", participants] + extra
    }

    /// Each case: what `apt log` was given, and the code it (and `check`, for the same record
    /// written by hand) must give; nil when the record is fine.
    func testAptLogRefusesExactlyWhatCheckRefuses() throws {
        let cases: [(manager: String, date: String, participants: String, code: String?)] = [
            ("dan.ny", "2024-02-29", "5", "IMPLAUSIBLE-DATE"),   // more than two years before the rollout (2026-09-01)
            ("dan.ny", "2026-11-24", "5", "IMPLAUSIBLE-DATE"),   // tomorrow
            ("cia.ek", "2026-10-15", "4", "INACTIVE-MANAGER"),   // left on 2026-10-01
            ("dan.ny", "2026-11-02", "30", "PARTICIPANTS-ABOVE-STAFF"),
            ("ghost", "2026-11-02", "5", "UNKNOWN-MANAGER"),
            ("dan.ny", "2024-09-01", "5", nil),                  // exactly two years before: allowed
            ("dan.ny", "2026-11-23", "10", nil),
        ]
        for example in cases {
            let folder = try Fixture.clean()
            let log = runForankra(aptLog([], manager: example.manager, date: example.date, participants: example.participants), in: folder.path)
            let label = "\(example.manager) \(example.date) \(example.participants)"
            if let code = example.code {
                XCTAssertEqual(log.code, .dataError, label)
                XCTAssertTrue(log.standardError.contains("fel: [\(code)]"), "\(label): \(log.standardError)")
                XCTAssertFalse(folder.listing().contains { $0.contains("-\(example.manager)-2") && $0.contains(example.date) }, "\(label): nothing written")
                try folder.write("apt/handskriven.md", Fixture.apt(date: example.date, manager: example.manager, participants: example.participants))
                let check = runForankra(["check"], in: folder.path)
                XCTAssertTrue(check.standardOutput.contains("apt/handskriven.md:2: fel: [\(code)]") || check.standardOutput.contains("apt/handskriven.md:3: fel: [\(code)]")
                              || check.standardOutput.contains("apt/handskriven.md:6: fel: [\(code)]"), "\(label): check names the same rule\n\(check.standardOutput)")
            } else {
                XCTAssertEqual(log.code, .success, "\(label): \(log.standardError)")
                let check = runForankra(["check"], in: folder.path)
                XCTAssertEqual(check.code, .success, "\(label): what apt log wrote passes check\n\(check.standardOutput)")
            }
        }
    }

    func testASecondReportOfTheSameAptIsRefusedAndForceRecordsAFurtherGroupCheckAccepts() throws {
        let folder = try Fixture.clean()
        XCTAssertEqual(runForankra(aptLog([], date: "2026-11-10"), in: folder.path).code, .success)
        let again = runForankra(aptLog([], date: "2026-11-10"), in: folder.path)
        XCTAssertEqual(again.code, .dataError)
        XCTAssertTrue(again.standardError.contains("fel: [DUPLICATE-APT]"), again.standardError)
        XCTAssertTrue(again.standardError.contains("--force"), "the hint says how to record a further group")
        let further = runForankra(aptLog(["--force"], date: "2026-11-10"), in: folder.path)
        XCTAssertEqual(further.code, .success, further.standardError)
        let text = try folder.read("apt/2026/2026-11-10-dan.ny-2-2.md")
        XCTAssertTrue(text.contains("\nsession: 2\n"), text)
        let check = runForankra(["check"], in: folder.path)
        XCTAssertEqual(check.code, .success, "a further group the same day is not a duplicate:\n\(check.standardOutput)")
    }

    func testWorkshopNewRefusesTheYearsCheckRefuses() throws {
        for (date, accepted) in [("1999-05-04", false), ("2031-05-06", false), ("2023-11-22", false), ("2027-03-02", true)] {
            let folder = try Fixture.clean()
            let new = runForankra(["workshop", "new", "--date", date, "--start", "09:00", "--end", "12:00", "--place", "Sal D",
                                   "--capacity", "10", "--sections", "1"], in: folder.path)
            if accepted {
                XCTAssertEqual(new.code, .success, "\(date): \(new.standardError)")
                XCTAssertEqual(runForankra(["check"], in: folder.path).code, .success, "\(date): the new workshop passes check")
            } else {
                XCTAssertEqual(new.code, .dataError, date)
                XCTAssertTrue(new.standardError.contains("fel: [IMPLAUSIBLE-DATE] workshoppen är daterad \(date)"), "\(date): \(new.standardError)")
                XCTAssertFalse(folder.exists("workshops/\(date)-sal-d.md"))
                try folder.write("workshops/\(date)-sal-d.md", Fixture.workshop(date: date, status: "planerad", rows: []))
                XCTAssertTrue(runForankra(["check"], in: folder.path).standardOutput.contains("workshops/\(date)-sal-d.md:2: fel: [IMPLAUSIBLE-DATE]"), date)
            }
        }
    }

    func testAWorkshopEditIsRefusedOnlyForAProblemItWouldAdd() throws {
        let folder = try Fixture.clean()
        // A planned workshop with one seat left: a problem HR made by hand elsewhere in the
        // file (an unknown manager) does not block inviting, but going over capacity does.
        try folder.write("workshops/2027-01-20-sal-b.md", Fixture.workshop(
            date: "2027-01-20", capacity: "3", status: "planerad",
            rows: ["| cia.ek | Cia Ek | KLF | inbjuden |", "| okand.chef | Okänd | KLF | inbjuden |"]))
        let one = runForankra(["workshop", "invite", "2027-01-20", "--managers", "dan.ny"], in: folder.path)
        XCTAssertEqual(one.code, .success, one.standardError)
        let over = runForankra(["workshop", "invite", "2027-01-20", "--managers", "anna.lind"], in: folder.path)
        XCTAssertEqual(over.code, .dataError)
        XCTAssertFalse(try folder.read("workshops/2027-01-20-sal-b.md").contains("anna.lind"))
    }
}
