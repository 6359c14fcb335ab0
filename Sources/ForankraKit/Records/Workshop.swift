/// A manager workshop, one file in workshops/: the plan in front matter, who was invited and
/// whether they came in a table, and the feedback given.
public struct Workshop: Sendable, Equatable {
    public enum Status: String, Sendable, CaseIterable {
        case planned = "planerad"
        case held = "genomförd"
        case cancelled = "inställd"

        static let aliases: [String: Status] = ["planned": .planned, "held": .held, "cancelled": .cancelled, "canceled": .cancelled]
    }

    public enum Attendance: String, Sendable, CaseIterable {
        case invited = "inbjuden"
        case present = "närvarande"
        /// Sent apologies beforehand.
        case excused = "förhinder"
        case absent = "frånvarande"

        static let aliases: [String: Attendance] = ["invited": .invited, "present": .present, "excused": .excused, "absent": .absent]

        static func parse(_ text: String) -> Attendance? {
            let key = text.lowercased()
            return Attendance(rawValue: key) ?? aliases[key]
        }
    }

    public struct Participant: Sendable, Equatable {
        public var managerID: String
        public var name: String
        public var department: String
        public var attendance: Attendance
        public var line: Int
    }

    public struct Feedback: Sendable, Equatable {
        public var date: CalendarDate?
        /// nil when anonymous: then no name is stored at all.
        public var by: String?
        public var rating: Int?
        public var tags: [String]
        public var text: String
        public var line: Int
    }

    /// The file name without .md: "2026-02-03-stadshuset-sal-ljusnan".
    public var id: String
    public var date: CalendarDate
    public var start: ClockTime
    public var end: ClockTime
    public var place: String
    public var capacity: Int
    public var sections: [String]
    public var facilitators: [String]
    public var status: Status
    public var participants: [Participant]
    public var feedback: [Feedback]
    /// The SEQUENCE of the calendar invitation last written: raised each time the invitation
    /// changes, so calendars replace the event instead of keeping the old one.
    public var sequence: Int = 0

    public var relativePath: String { "workshops/\(id).md" }

    public func participant(_ managerID: String) -> Participant? {
        participants.first { $0.managerID == managerID }
    }

    public var hours: Double { Double(end.minutes - start.minutes) / 60 }
}
