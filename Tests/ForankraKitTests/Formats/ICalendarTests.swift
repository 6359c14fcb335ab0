import Foundation
import XCTest
@testable import ForankraKit

final class ICalendarTests: XCTestCase {
    // MARK: Reading back

    func testEveryPropertyReadsBackAsWritten() throws {
        let invitation = try sampleInvitation()
        let calendar = try ICalendarTestReader.read(ICalendarWriter.render(invitation))
        let event = try onlyEvent(calendar)

        XCTAssertEqual(calendar.property("PRODID")?.value, "-//forankra//forankra 0.1//SV")
        XCTAssertEqual(calendar.property("VERSION")?.value, "2.0")
        XCTAssertEqual(calendar.property("CALSCALE")?.value, "GREGORIAN")
        XCTAssertEqual(calendar.property("METHOD")?.value, "REQUEST", "with an organizer, a meeting request")

        XCTAssertEqual(try event.property("UID")?.text(), invitation.uid)
        XCTAssertEqual(event.property("DTSTAMP")?.value, "20261123T080000Z")
        XCTAssertEqual(event.property("DTSTART")?.parameter("TZID"), "Europe/Stockholm")
        XCTAssertEqual(event.property("DTSTART")?.value, "20260203T130000")
        XCTAssertEqual(event.property("DTEND")?.parameter("TZID"), "Europe/Stockholm")
        XCTAssertEqual(event.property("DTEND")?.value, "20260203T160000")
        XCTAssertEqual(event.property("SEQUENCE")?.value, "2")
        XCTAssertEqual(try event.property("SUMMARY")?.text(), invitation.summary)
        XCTAssertEqual(try event.property("LOCATION")?.text(), invitation.location)
        XCTAssertEqual(try event.property("DESCRIPTION")?.text(), invitation.description)
        XCTAssertEqual(event.property("STATUS")?.value, "CONFIRMED")
        XCTAssertEqual(event.property("TRANSP")?.value, "OPAQUE")

        let organizer = try XCTUnwrap(event.property("ORGANIZER"))
        XCTAssertEqual(organizer.parameter("CN"), "Åsa Öberg")
        XCTAssertEqual(organizer.value, "mailto:asa.oberg@vasteras.se")

        let attendees = event.properties(named: "ATTENDEE")
        XCTAssertEqual(attendees.map { $0.parameter("CN") }, invitation.attendees.map(\.name))
        XCTAssertEqual(attendees.map(\.value), invitation.attendees.map { "mailto:" + $0.email })
        for attendee in attendees {
            XCTAssertEqual(attendee.parameters.map(\.name), ["CN", "ROLE", "PARTSTAT", "RSVP"])
            XCTAssertEqual(attendee.parameter("ROLE"), "REQ-PARTICIPANT")
            XCTAssertEqual(attendee.parameter("PARTSTAT"), "NEEDS-ACTION")
            XCTAssertEqual(attendee.parameter("RSVP"), "TRUE")
        }
    }

    func testWithoutAnOrganizerItIsPublishedAndACancellationCancels() throws {
        var invitation = try sampleInvitation()
        invitation.organizer = nil
        var calendar = try ICalendarTestReader.read(ICalendarWriter.render(invitation))
        XCTAssertEqual(calendar.property("METHOD")?.value, "PUBLISH")
        XCTAssertEqual(try onlyEvent(calendar).properties(named: "ATTENDEE").compactMap { $0.parameter("RSVP") }, ["FALSE", "FALSE", "FALSE"])

        invitation = try sampleInvitation()
        invitation.isCancelled = true
        calendar = try ICalendarTestReader.read(ICalendarWriter.render(invitation))
        XCTAssertEqual(calendar.property("METHOD")?.value, "CANCEL")
        XCTAssertEqual(try onlyEvent(calendar).property("STATUS")?.value, "CANCELLED")
    }

    func testTextValuesAreEscapedOnTheLine() throws {
        var invitation = try sampleInvitation()
        invitation.summary = #"APT; lön, arbetsmiljö \ hälsa"#
        invitation.description = "Rad 1\nRad 2\r\nRad 3"
        let text = ICalendarWriter.render(invitation)
        XCTAssertTrue(text.contains(#"SUMMARY:APT\; lön\, arbetsmiljö \\ hälsa"# + "\r\n"))
        XCTAssertTrue(text.contains(#"DESCRIPTION:Rad 1\nRad 2\nRad 3"# + "\r\n"))
    }

    func testLineBreaksOfEveryKindReadBackAsNewlines() throws {
        XCTAssertEqual(ICalendarText.escaped("a\r\nb\rc\nd"), #"a\nb\nc\nd"#)
        XCTAssertEqual(ICalendarText.escaped("a\r\n\r\nb"), #"a\n\nb"#)
    }

    func testControlCharactersOtherThanTabAreDroppedFromText() {
        XCTAssertEqual(ICalendarText.escaped("a\u{0}b\u{1B}c\td\u{7F}"), "abc\td")
    }

    func testFortyAttendeesAreAllWrittenInOrder() throws {
        var invitation = try sampleInvitation()
        invitation.attendees = (1...40).map { .init(name: "Chef nr \($0), Förvaltning", email: "chef\($0)@vasteras.se") }
        let event = try onlyEvent(try ICalendarTestReader.read(ICalendarWriter.render(invitation)))
        let attendees = event.properties(named: "ATTENDEE")
        XCTAssertEqual(attendees.count, 40)
        XCTAssertEqual(attendees.map { $0.parameter("CN") }, invitation.attendees.map(\.name))
        XCTAssertEqual(attendees.map(\.value), invitation.attendees.map { "mailto:" + $0.email })
    }

    // MARK: Parameters and addresses

    func testCommonNamesAreQuotedOnlyWhenTheyHoldColonSemicolonOrComma() {
        XCTAssertEqual(ICalendarText.parameterValue("Åsa Öberg"), "Åsa Öberg")
        XCTAssertEqual(ICalendarText.parameterValue("Öberg, Åsa"), #""Öberg, Åsa""#)
        XCTAssertEqual(ICalendarText.parameterValue("HR; stöd"), #""HR; stöd""#)
        XCTAssertEqual(ICalendarText.parameterValue("Chef: IT"), #""Chef: IT""#)
    }

    func testADoubleQuoteInANameIsDroppedAndALineBreakBecomesASpace() throws {
        XCTAssertEqual(ICalendarText.parameterValue(#"Karl "Kalle" Ek"#), "Karl Kalle Ek")
        XCTAssertEqual(ICalendarText.parameterValue("Karl\r\nEk, HR"), #""Karl Ek, HR""#)
        var invitation = try sampleInvitation()
        invitation.attendees = [.init(name: #"Ek, "Kalle""#, email: "kalle@vasteras.se")]
        let event = try onlyEvent(try ICalendarTestReader.read(ICalendarWriter.render(invitation)))
        XCTAssertEqual(event.property("ATTENDEE")?.parameter("CN"), "Ek, Kalle")
    }

    func testNonASCIIEmailAddressesAreWrittenAsGiven() throws {
        var invitation = try sampleInvitation()
        invitation.attendees = [.init(name: "Örjan Ås", email: "örjan.ås@västerås.se")]
        let event = try onlyEvent(try ICalendarTestReader.read(ICalendarWriter.render(invitation)))
        XCTAssertEqual(event.property("ATTENDEE")?.value, "mailto:örjan.ås@västerås.se")
    }

    func testALineBreakInAnAddressCannotAddAProperty() throws {
        var invitation = try sampleInvitation()
        invitation.attendees = [.init(name: "A", email: "a@vasteras.se\r\nATTENDEE:mailto:intruder@example.com")]
        let event = try onlyEvent(try ICalendarTestReader.read(ICalendarWriter.render(invitation)))
        XCTAssertEqual(event.properties(named: "ATTENDEE").count, 1)
    }

    // MARK: Lines and folding

    func testEveryPhysicalLineIsAtMost75OctetsAndEndsWithCRLF() throws {
        var invitation = try sampleInvitation()
        invitation.description = String(repeating: "Långt stycke om lön, arbetsmiljö; och \\ hälsa. ", count: 30)
        invitation.attendees = (1...40).map { .init(name: "Förvaltningschef nummer \($0) på Västerås stad", email: "förvaltningschef.\($0)@västerås.se") }
        let text = ICalendarWriter.render(invitation)
        for line in try physicalLines(text) {
            XCTAssertLessThanOrEqual(line.count, 75, "\(String(decoding: line, as: UTF8.self))")
        }
        XCTAssertTrue(text.utf8.starts(with: "BEGIN:VCALENDAR\r\n".utf8))
        XCTAssertTrue(text.utf8.reversed().starts(with: "END:VCALENDAR\r\n".utf8.reversed()))
    }

    func testFoldsNeverSplitAMultibyteCharacter() throws {
        // Prefixes of 0…3 octets shift every fold across each byte of the two-byte and
        // four-byte characters, so a split would show up in one of them.
        for prefix in ["", "a", "ab", "abc"] {
            var invitation = try sampleInvitation()
            invitation.description = prefix + String(repeating: "åäö", count: 60) + String(repeating: "🙂👩‍👩‍👧‍👦", count: 12)
            invitation.summary = prefix + String(repeating: "ÅÄÖ🎉", count: 20)
            let text = ICalendarWriter.render(invitation)
            for line in try physicalLines(text) {
                XCTAssertNotNil(String(validating: line, as: UTF8.self), "prefix '\(prefix)': a fold split a character")
                XCTAssertLessThanOrEqual(line.count, 75)
            }
            let event = try onlyEvent(try ICalendarTestReader.read(text))
            XCTAssertEqual(try event.property("DESCRIPTION")?.text(), invitation.description)
            XCTAssertEqual(try event.property("SUMMARY")?.text(), invitation.summary)
        }
    }

    func testFoldingKeepsWholeCharactersAndFallsBackToScalarsForGiantOnes() throws {
        let line = "DESCRIPTION:" + String(repeating: "ö", count: 100)
        let folded = ICalendarFolding.fold(line)
        XCTAssertEqual(folded.first?.utf8.count, 75 - 1, "75 would split an ö; the line ends one octet short")
        XCTAssertTrue(folded.dropFirst().allSatisfy { $0.hasPrefix(" ") && $0.utf8.count <= 75 })
        XCTAssertEqual(folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), line)

        // One Character of 1 + 60 combining marks (121 octets) cannot fit on a line at all.
        let giant = "X:" + "a" + String(repeating: "\u{0301}", count: 60)
        let giantFolds = ICalendarFolding.fold(giant)
        XCTAssertGreaterThan(giantFolds.count, 1)
        XCTAssertTrue(giantFolds.allSatisfy { $0.utf8.count <= 75 })
        XCTAssertEqual(giantFolds.first.map { String($0.unicodeScalars.prefix(2)) }, "X:")
    }

    func testAFoldNeverSeparatesABackslashFromWhatItEscapes() {
        for padding in 58...66 {
            let line = "DESCRIPTION:" + String(repeating: "x", count: padding) + #"\\n\\\,\;"# + String(repeating: "y", count: 80)
            let folded = ICalendarFolding.fold(line)
            for physical in folded {
                let trailingBackslashes = physical.reversed().prefix { $0 == "\\" }.count
                XCTAssertEqual(trailingBackslashes % 2, 0, "padding \(padding): '\(physical)'")
            }
            XCTAssertEqual(folded.enumerated().map { $0.offset == 0 ? $0.element : String($0.element.dropFirst()) }.joined(), line)
        }
    }

    func testAShortLineIsNotFolded() {
        XCTAssertEqual(ICalendarFolding.fold("SUMMARY:APT"), ["SUMMARY:APT"])
        let exactly75 = "DESCRIPTION:" + String(repeating: "x", count: 63)
        XCTAssertEqual(ICalendarFolding.fold(exactly75), [exactly75])
        XCTAssertEqual(ICalendarFolding.fold(exactly75 + "y"), [exactly75, " y"])
    }

    // MARK: Time

    func testStampIsWrittenInUTCWhateverTheMachineTimeZone() throws {
        let invitation = try sampleInvitation()
        let original = ProcessInfo.processInfo.environment["TZ"]
        defer {
            if let original { setenv("TZ", original, 1) } else { unsetenv("TZ") }
            tzset()
            NSTimeZone.resetSystemTimeZone()
        }
        var renderings: [String] = []
        for zone in ["UTC", "Europe/Stockholm", "Pacific/Kiritimati", "America/Los_Angeles"] {
            setenv("TZ", zone, 1)
            tzset()
            NSTimeZone.resetSystemTimeZone()
            let text = ICalendarWriter.render(invitation)
            XCTAssertTrue(text.contains("\r\nDTSTAMP:20261123T080000Z\r\n"), "TZ=\(zone)")
            renderings.append(text)
        }
        XCTAssertEqual(Set(renderings).count, 1)
    }

    func testStampsAcrossDayYearAndEpochBoundaries() throws {
        XCTAssertEqual(ICalendarDateTime.utc(try instant("2026-11-23", 8, 0, 0)), "20261123T080000Z")
        XCTAssertEqual(ICalendarDateTime.utc(try instant("2028-02-29", 23, 59, 59)), "20280229T235959Z")
        XCTAssertEqual(ICalendarDateTime.utc(try instant("2026-12-31", 23, 59, 59).addingTimeInterval(0.999)), "20261231T235959Z")
        XCTAssertEqual(ICalendarDateTime.utc(Date(timeIntervalSince1970: 0)), "19700101T000000Z")
        XCTAssertEqual(ICalendarDateTime.utc(Date(timeIntervalSince1970: -1)), "19691231T235959Z")
    }

    func testStartAndEndAreLocalStockholmTimes() throws {
        let date = try XCTUnwrap(CalendarDate(iso: "2026-07-01"))
        let nine = try XCTUnwrap(ClockTime("9:05"))
        XCTAssertEqual(ICalendarDateTime.local(date, nine), "20260701T090500")
    }

    func testTheStockholmTimeZoneHoldsBothRules() throws {
        let calendar = try ICalendarTestReader.read(ICalendarWriter.render(try sampleInvitation()))
        let zones = calendar.components(named: "VTIMEZONE")
        XCTAssertEqual(zones.count, 1)
        let zone = try XCTUnwrap(zones.first)
        XCTAssertEqual(zone.property("TZID")?.value, "Europe/Stockholm")

        let standard = try XCTUnwrap(zone.components(named: "STANDARD").first)
        XCTAssertEqual(standard.properties.map { "\($0.name):\($0.value)" }, [
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        ])
        let daylight = try XCTUnwrap(zone.components(named: "DAYLIGHT").first)
        XCTAssertEqual(daylight.properties.map { "\($0.name):\($0.value)" }, [
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
            "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        ])
        XCTAssertEqual(zone.components.count, 2)
    }

    // MARK: Shape and stability

    func testTheCalendarHoldsTheTimeZoneThenExactlyOneEvent() throws {
        let calendar = try ICalendarTestReader.read(ICalendarWriter.render(try sampleInvitation()))
        XCTAssertEqual(calendar.name, "VCALENDAR")
        XCTAssertEqual(calendar.components.map(\.name), ["VTIMEZONE", "VEVENT"])
    }

    func testTheSameInvitationAlwaysGivesTheSameTextAndUID() throws {
        let first = ICalendarWriter.render(try sampleInvitation())
        let second = ICalendarWriter.render(try sampleInvitation())
        XCTAssertEqual(first, second)
        let uid = try onlyEvent(try ICalendarTestReader.read(first)).property("UID")?.text()
        XCTAssertEqual(uid, "workshop-2026-02-03-stadshuset@forankra")
    }

    func testOptionalPartsAreLeftOutWhenEmpty() throws {
        let invitation = try sampleInvitation(minimal: true)
        let event = try onlyEvent(try ICalendarTestReader.read(ICalendarWriter.render(invitation)))
        XCTAssertEqual(event.properties.map(\.name), [
            "UID", "DTSTAMP", "DTSTART", "DTEND", "SEQUENCE", "SUMMARY", "STATUS", "TRANSP",
        ])
    }

    func testTheSampleInvitationMatchesTheReviewedGoldenFile() throws {
        try assertMatchesGolden(ICalendarWriter.render(try sampleInvitation()), "workshop-invitation.ics")
    }

    // MARK: Helpers

    private func sampleInvitation(minimal: Bool = false) throws -> CalendarInvitation {
        var invitation = CalendarInvitation(
            uid: "workshop-2026-02-03-stadshuset@forankra",
            stamp: try instant("2026-11-23", 8, 0, 0),
            date: try XCTUnwrap(CalendarDate(iso: "2026-02-03")),
            start: try XCTUnwrap(ClockTime("13:00")),
            end: try XCTUnwrap(ClockTime("16:00")),
            summary: "Chefsworkshop: lön, arbetsmiljö; hälsa",
            sequence: 2)
        guard !minimal else {
            invitation.sequence = 0
            return invitation
        }
        invitation.location = "Stadshuset, sal 2; plan 3"
        invitation.description = "Välkommen!\nVi går igenom C:\\HR\\Program, steg 1; steg 2.\n\nTa med dator."
        invitation.organizer = .init(name: "Åsa Öberg", email: "asa.oberg@vasteras.se")
        invitation.attendees = [
            .init(name: "Örjan Ängström", email: "orjan.angstrom@vasteras.se"),
            .init(name: "Lindqvist, Märta", email: "marta.lindqvist@vasteras.se"),
            .init(name: "Chef: Äldreomsorg; Norr", email: "aldreomsorg.norr@vasteras.se"),
        ]
        return invitation
    }

    private func instant(_ iso: String, _ hour: Int, _ minute: Int, _ second: Int) throws -> Date {
        let day = try XCTUnwrap(CalendarDate(iso: iso)).dayNumber
        return Date(timeIntervalSince1970: TimeInterval(day * 86_400 + hour * 3600 + minute * 60 + second))
    }

    private func onlyEvent(_ calendar: ICalendarTestReader.Component) throws -> ICalendarTestReader.Component {
        let events = calendar.components(named: "VEVENT")
        XCTAssertEqual(events.count, 1)
        return try XCTUnwrap(events.first)
    }

    /// The physical lines as bytes, each checked to end in CRLF with no other CR or LF inside.
    private func physicalLines(_ text: String) throws -> [[UInt8]] {
        let bytes = Array(text.utf8)
        var lines: [[UInt8]] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D {
                XCTAssertTrue(index + 1 < bytes.count && bytes[index + 1] == 0x0A, "CR without LF at octet \(index)")
                lines.append(Array(bytes[start..<index]))
                index += 2
                start = index
                continue
            }
            XCTAssertNotEqual(bytes[index], 0x0A, "LF without CR at octet \(index)")
            index += 1
        }
        XCTAssertEqual(start, bytes.count, "the last line does not end in CRLF")
        return lines
    }
}
