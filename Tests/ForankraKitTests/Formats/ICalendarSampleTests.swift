import Foundation
import XCTest
@testable import ForankraKit

/// Writes a sample invitation for the conformance check in scripts/conformance/ics_check.py,
/// only when FORANKRA_ICS_SAMPLE=/path/to/sample.ics is set; otherwise skipped. Next to the
/// .ics it writes `<path>.expected.json`, the values the check compares with.
final class ICalendarSampleTests: XCTestCase {
    func testWritesASampleInvitationWhenAskedTo() throws {
        guard let path = ProcessInfo.processInfo.environment["FORANKRA_ICS_SAMPLE"], !path.isEmpty else {
            throw XCTSkip("set FORANKRA_ICS_SAMPLE=/path/to/sample.ics to write the conformance sample")
        }
        let invitation = try Self.sample()
        try Data(ICalendarWriter.render(invitation).utf8).write(to: URL(fileURLWithPath: path))
        let expected: [String: Any] = [
            "uid": invitation.uid,
            "summary": invitation.summary,
            "location": invitation.location,
            "description": invitation.description,
            "attendees": invitation.attendees.count,
            "organizer": invitation.organizer?.name ?? "",
            "start_local": "2026-02-03T13:00:00",
            "start_utc": "2026-02-03T12:00:00Z",
            "end_utc": "2026-02-03T15:00:00Z",
            "stamp_utc": "2026-11-23T08:00:00Z",
            "sequence": invitation.sequence,
        ]
        let json = try JSONSerialization.data(withJSONObject: expected, options: [.prettyPrinted, .sortedKeys])
        try json.write(to: URL(fileURLWithPath: path + ".expected.json"))
    }

    /// A winter workshop (CET, so 13:00 local is 12:00 UTC) with everything that is hard to
    /// write: escapes, newlines, Swedish letters and emoji past the fold, 40 attendees.
    static func sample() throws -> CalendarInvitation {
        let day = try XCTUnwrap(CalendarDate(iso: "2026-11-23")).dayNumber
        return CalendarInvitation(
            uid: "workshop-2026-02-03-stadshuset@forankra",
            stamp: Date(timeIntervalSince1970: TimeInterval(day * 86_400 + 8 * 3600)),
            date: try XCTUnwrap(CalendarDate(iso: "2026-02-03")),
            start: try XCTUnwrap(ClockTime("13:00")),
            end: try XCTUnwrap(ClockTime("16:00")),
            summary: "Chefsworkshop: lön, arbetsmiljö; hälsa \\ 🎉 – Västerås stad, förvaltningarna",
            location: "Stadshuset, sal 2; plan 3 (ingång från Fiskartorget)",
            description: "Välkommen!\nVi går igenom C:\\HR\\Program, steg 1; steg 2.\n\n"
                + String(repeating: "åäö", count: 40) + " " + String(repeating: "👩‍👩‍👧‍👦", count: 5) + "\nTa med dator.",
            organizer: .init(name: "Åsa Öberg, HR", email: "asa.oberg@vasteras.se"),
            attendees: (1...40).map { .init(name: "Chef \($0): Ängström; Örjan", email: "chef\($0)@vasteras.se") },
            sequence: 3)
    }
}
