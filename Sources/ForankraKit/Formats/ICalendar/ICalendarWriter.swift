import Foundation

/// Writes a `CalendarInvitation` as an RFC 5545 `.ics` file that Outlook and Google Calendar
/// import: CRLF line endings (the last line too), folded at 75 octets, TEXT escaped.
public enum ICalendarWriter {
    public static let productIdentifier = "-//forankra//forankra 0.1//SV"

    public static func render(_ invitation: CalendarInvitation) -> String {
        contentLines(invitation).map(\.rendered).joined()
    }

    static func contentLines(_ invitation: CalendarInvitation) -> [ICalendarContentLine] {
        var lines: [ICalendarContentLine] = [
            .init("BEGIN", "VCALENDAR"),
            .init("PRODID", productIdentifier),
            .init("VERSION", "2.0"),
            .init("CALSCALE", "GREGORIAN"),
            .init("METHOD", invitation.method),
        ]
        lines += StockholmTimeZone.contentLines
        lines += eventLines(invitation)
        lines.append(.init("END", "VCALENDAR"))
        return lines
    }

    /// A wall-clock time with its zone; in the autumn hour that comes twice, the instant in UTC,
    /// so no calendar has to guess which of the two is meant.
    private static func dateTimeLine(_ name: String, _ date: CalendarDate, _ time: ClockTime, zone: [ICalendarContentLine.Parameter]) -> ICalendarContentLine {
        guard SwedishClock.kind(of: date, time) == .repeated else {
            return .init(name, zone, ICalendarDateTime.local(date, time))
        }
        return .init(name, ICalendarDateTime.utc(Date(timeIntervalSince1970: TimeInterval(SwedishClock.utcSeconds(date, time)))))
    }

    private static func eventLines(_ invitation: CalendarInvitation) -> [ICalendarContentLine] {
        let zone = [ICalendarContentLine.Parameter(name: "TZID", value: StockholmTimeZone.identifier)]
        var lines: [ICalendarContentLine] = [
            .init("BEGIN", "VEVENT"),
            .init("UID", ICalendarText.escaped(invitation.uid)),
            .init("DTSTAMP", ICalendarDateTime.utc(invitation.stamp)),
            dateTimeLine("DTSTART", invitation.date, invitation.start, zone: zone),
            dateTimeLine("DTEND", invitation.date, invitation.end, zone: zone),
            .init("SEQUENCE", String(invitation.sequence)),
            .init("SUMMARY", ICalendarText.escaped(invitation.summary)),
        ]
        if !invitation.location.isEmpty {
            lines.append(.init("LOCATION", ICalendarText.escaped(invitation.location)))
        }
        if !invitation.description.isEmpty {
            lines.append(.init("DESCRIPTION", ICalendarText.escaped(invitation.description)))
        }
        if let organizer = invitation.organizer {
            lines.append(.init("ORGANIZER", [.init(name: "CN", value: organizer.name)], mailto(organizer)))
        }
        let replies = invitation.method == "REQUEST"
        lines += invitation.attendees.map { attendeeLine($0, replies: replies) }
        lines += [
            .init("STATUS", invitation.isCancelled ? "CANCELLED" : "CONFIRMED"),
            .init("TRANSP", "OPAQUE"),
            .init("END", "VEVENT"),
        ]
        return lines
    }

    /// Attendees are asked to reply only when there is an organizer to reply to.
    private static func attendeeLine(_ person: CalendarInvitation.Person, replies: Bool) -> ICalendarContentLine {
        let parameters: [ICalendarContentLine.Parameter] = [
            .init(name: "CN", value: person.name),
            .init(name: "ROLE", value: "REQ-PARTICIPANT"),
            .init(name: "PARTSTAT", value: "NEEDS-ACTION"),
            .init(name: "RSVP", value: replies ? "TRUE" : "FALSE"),
        ]
        return .init("ATTENDEE", parameters, mailto(person))
    }

    private static func mailto(_ person: CalendarInvitation.Person) -> String {
        "mailto:" + ICalendarText.uri(person.email)
    }
}
