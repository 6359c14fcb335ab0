import Foundation

/// One workshop as a calendar event: what `ICalendarWriter` turns into an `.ics` invitation.
/// Times are local to Europe/Stockholm; only `stamp` is an instant.
public struct CalendarInvitation: Sendable, Equatable {
    public struct Person: Sendable, Equatable {
        public var name: String
        public var email: String

        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    /// Stable across re-sends, given by the caller (e.g. "workshop-2026-02-03-stadshuset@forankra"),
    /// so a client replaces the event instead of adding a second one.
    public var uid: String
    /// When the invitation was made (DTSTAMP). Injected; the writer never reads the clock.
    public var stamp: Date
    public var date: CalendarDate
    public var start: ClockTime
    public var end: ClockTime
    public var summary: String
    public var location: String
    /// May hold newlines.
    public var description: String
    public var organizer: Person?
    public var attendees: [Person]
    /// Bump when the workshop changes, so clients take the new version.
    public var sequence: Int
    /// A cancelled event: `METHOD:CANCEL` when there is an organizer to cancel it.
    public var isCancelled = false

    /// With an organizer the file is a meeting request (RFC 5546) attendees can answer; without
    /// one, calendars can only import it as an appointment.
    public var method: String {
        guard organizer != nil else { return "PUBLISH" }
        return isCancelled ? "CANCEL" : "REQUEST"
    }

    public init(
        uid: String, stamp: Date, date: CalendarDate, start: ClockTime, end: ClockTime,
        summary: String, location: String = "", description: String = "",
        organizer: Person? = nil, attendees: [Person] = [], sequence: Int = 0
    ) {
        self.uid = uid
        self.stamp = stamp
        self.date = date
        self.start = start
        self.end = end
        self.summary = summary
        self.location = location
        self.description = description
        self.organizer = organizer
        self.attendees = attendees
        self.sequence = sequence
    }
}
