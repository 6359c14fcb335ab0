import Foundation
import XCTest
@testable import ForankraKit

/// Invitations calendars treat as invitations: with an organizer in forankra.md a meeting
/// request managers can answer; a moved workshop raises SEQUENCE so calendars move the meeting
/// they have; a cancelled one becomes a cancellation.
final class WorkshopCalendarUpdateTests: XCTestCase {
    private static let invitation = "packs/2026-12-08-sal-a/inbjudan.ics"

    private func workspace(organizer: Bool) throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        if organizer {
            let settings = try workspace.text("forankra.md")
                .replacingOccurrences(of: "minimum_group_size: 5", with: "minimum_group_size: 5\norganizer: HR-avdelningen <hr@sjohamra.se>")
            try workspace.write("forankra.md", settings)
        }
        let csv = "Namn;E-post;Förvaltning\nAnna Lindqvist;anna.lindqvist@sjohamra.se;BUF\nAli Hussein;ali.hussein@sjohamra.se;SOC\n"
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", csv)])
        workspace.succeed(["workshop", "new", "--date", "2026-12-08", "--start", "13:00", "--end", "16:00", "--place", "Sal A",
                           "--capacity", "10", "--sections", "3,5"])
        let invited = workspace.succeed(["workshop", "invite", "2026-12-08", "--managers", "anna.lindqvist,ali.hussein"])
        XCTAssertTrue(invited.standardOutput.contains("2 inbjudna från 2 förvaltningar"), invited.standardOutput)
        return workspace
    }

    /// The unfolded content lines of the invitation.
    private func lines(_ workspace: TestWorkspace) throws -> [String] {
        try ICalendarFolding.unfold(workspace.text(Self.invitation)).components(separatedBy: "\r\n")
    }

    func testWithAnOrganizerTheInvitationIsAMeetingRequestManagersCanAnswer() throws {
        let workspace = try workspace(organizer: true)
        let lines = try lines(workspace)
        XCTAssertTrue(lines.contains("METHOD:REQUEST"), "\(lines)")
        XCTAssertTrue(lines.contains("ORGANIZER;CN=HR-avdelningen:mailto:hr@sjohamra.se"), "\(lines)")
        let attendees = lines.filter { $0.hasPrefix("ATTENDEE") }
        XCTAssertEqual(attendees.count, 2)
        XCTAssertTrue(attendees.allSatisfy { $0.contains("RSVP=TRUE") }, "\(attendees)")
        XCTAssertTrue(lines.contains("SEQUENCE:0"))
        let description = try XCTUnwrap(lines.first { $0.hasPrefix("DESCRIPTION:") })
        XCTAssertTrue(description.contains("\\n- Avsnitt 3 Ledarskap\\n- Avsnitt 5 Arbetsmiljö och hälsa\\n"), "sections by number and title: \(description)")
        XCTAssertTrue(description.contains("Ta med din kalender"), description)
    }

    func testWithoutAnOrganizerTheInvitationIsPublishedAsBefore() throws {
        let workspace = try workspace(organizer: false)
        let lines = try lines(workspace)
        XCTAssertTrue(lines.contains("METHOD:PUBLISH"))
        XCTAssertFalse(lines.contains { $0.hasPrefix("ORGANIZER") })
        XCTAssertTrue(lines.filter { $0.hasPrefix("ATTENDEE") }.allSatisfy { $0.contains("RSVP=FALSE") }, "nobody to answer to")
    }

    func testAMovedWorkshopRaisesTheSequenceAndKeepsItInTheWorkshopFile() throws {
        let workspace = try workspace(organizer: true)
        let uid = try XCTUnwrap(try lines(workspace).first { $0.hasPrefix("UID:") })
        let moved = workspace.succeed(["workshop", "move", "2026-12-08", "--date", "2026-12-15", "--start", "09:00", "--end", "12:00", "--place", "Folkets hus"])
        XCTAssertTrue(moved.standardOutput.contains("Ny inbjudan, version 2"), moved.standardOutput)
        var lines = try lines(workspace)
        XCTAssertTrue(lines.contains("SEQUENCE:1"), "\(lines)")
        XCTAssertTrue(lines.contains(uid), "the same event, so calendars move it instead of adding one")
        XCTAssertTrue(lines.contains("DTSTART;TZID=Europe/Stockholm:20261215T090000"), "\(lines)")
        XCTAssertTrue(lines.contains("LOCATION:Folkets hus"))
        let workshop = try XCTUnwrap(workspace.workshops().first)
        XCTAssertEqual(workshop.sequence, 1)
        XCTAssertEqual(workshop.id, "2026-12-08-sal-a", "the id and file stay")
        XCTAssertTrue(try workspace.text("workshops/2026-12-08-sal-a.md").contains("\nsequence: 1\n"))

        // Writing the pack again changes nothing in the invitation: the sequence stays.
        workspace.succeed(["workshop", "pack", "2026-12-08"])
        XCTAssertTrue(try self.lines(workspace).contains("SEQUENCE:1"))
        XCTAssertEqual(try workspace.workshops().first?.sequence, 1)

        // Inviting one more is a new version too.
        let csv = "Namn;E-post;Förvaltning\nAnna Lindqvist;anna.lindqvist@sjohamra.se;BUF\nAli Hussein;ali.hussein@sjohamra.se;SOC\nSara Ek;sara.ek@sjohamra.se;KLF\n"
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer2.csv", csv)])
        let one = workspace.succeed(["workshop", "invite", "2026-12-08", "--managers", "sara.ek"])
        XCTAssertTrue(one.standardOutput.contains("1 inbjuden från 1 förvaltning,"), one.standardOutput)
        XCTAssertTrue(try self.lines(workspace).contains("SEQUENCE:2"))

        let cancelled = workspace.succeed(["workshop", "cancel", "2026-12-08"])
        XCTAssertTrue(cancelled.standardOutput.contains("Skicka den till de 3 inbjudna."), cancelled.standardOutput)
        lines = try self.lines(workspace)
        XCTAssertTrue(lines.contains("METHOD:CANCEL"), "\(lines)")
        XCTAssertTrue(lines.contains("STATUS:CANCELLED"))
        XCTAssertTrue(lines.contains("SEQUENCE:3"))
        XCTAssertEqual(try workspace.workshops().first?.status, .cancelled)
        XCTAssertEqual(workspace.run(["workshop", "move", "2026-12-08", "--date", "2026-12-16"]).code, .dataError, "a cancelled workshop is not moved")
        XCTAssertEqual(workspace.run(["check"]).code, .success)
    }

    func testAMoveTheRulesRefuseWritesNothing() throws {
        let workspace = try workspace(organizer: true)
        let before = workspace.snapshot()
        XCTAssertEqual(workspace.run(["workshop", "move", "2026-12-08", "--date", "2031-01-01"]).code, .dataError)
        XCTAssertEqual(workspace.run(["workshop", "move", "2026-12-08"]).code, .usage)
        assertSameFiles(before, workspace.snapshot(), "a refused move")
    }

    func testInitAsksForTheOrganizerAndRefusesOneWithoutAnAddress() throws {
        let folder = try TemporaryFolder()
        let made = runForankra(["init", "ws", "--programme", TestPaths.markdownExample, "--organizer", "HR-avdelningen <hr@sjohamra.se>"], in: folder.path)
        XCTAssertEqual(made.code, .success, made.standardError)
        let settings = try String(contentsOfFile: folder.path + "/ws/forankra.md", encoding: .utf8)
        XCTAssertTrue(settings.contains("\norganizer: HR-avdelningen <hr@sjohamra.se>\n"), settings)
        XCTAssertEqual(try Workspace.open(root: folder.path + "/ws").settings.organizer, CalendarInvitation.Person(name: "HR-avdelningen", email: "hr@sjohamra.se"))

        let without = runForankra(["init", "ws2", "--programme", TestPaths.markdownExample], in: folder.path)
        XCTAssertTrue(without.standardOutput.contains("Skriv in HR:s funktionsbrevlåda som organizer i forankra.md"), without.standardOutput)
        XCTAssertEqual(runForankra(["init", "ws3", "--programme", TestPaths.markdownExample, "--organizer", "HR-avdelningen"], in: folder.path).code, .usage)

        let broken = try String(contentsOfFile: folder.path + "/ws/forankra.md", encoding: .utf8).replacingOccurrences(of: "<hr@sjohamra.se>", with: "hr at sjohamra")
        try broken.write(toFile: folder.path + "/ws/forankra.md", atomically: true, encoding: .utf8)
        let check = runForankra(["check"], in: folder.path + "/ws")
        XCTAssertEqual(check.code, .problemsFound)
        XCTAssertTrue(check.standardOutput.contains("organizer"), check.standardOutput)
    }
}
