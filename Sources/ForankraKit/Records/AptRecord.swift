import Foundation

/// One workplace meeting (APT) reported back: who held it, on which sections, how many took
/// part, what they concluded, what they committed to and what they asked HR.
public struct AptRecord: Sendable, Equatable {
    public struct Commitment: Sendable, Equatable {
        public var what: String
        public var who: String?
        public var due: CalendarDate?
        public var done: Bool
        public var line: Int
    }

    public struct Question: Sendable, Equatable {
        public var text: String
        /// HR ticks the box when the question is answered.
        public var answered: Bool
        public var line: Int

        /// Questions count as the same when they differ only in case, spacing or closing marks.
        var groupingKey: String { Self.groupingKey(text) }

        /// Trimmed scalar by scalar, as Foundation's `trimmingCharacters(in:)` trims, without
        /// its bridging: the report keys every question of every APT.
        static func groupingKey(_ text: String) -> String {
            let folded = text.foldedForMatching
            let scalars = folded.unicodeScalars
            guard let first = scalars.firstIndex(where: { !isClosingMark($0) }),
                  let last = scalars.lastIndex(where: { !isClosingMark($0) }) else { return "" }
            return String(scalars[first...last])
        }

        private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "?" || scalar == "!" || scalar == "." || scalar == " "
        }
    }

    public var path: String
    public var date: CalendarDate
    public var managerID: String
    public var unit: String
    public var sections: [String]
    public var participants: Int
    /// No workplace meeting has more people than this; a larger head count is a slip of the
    /// keyboard, which would otherwise be added into every figure of the report.
    static let participantRange = 0...100_000
    /// 1 for the first meeting a manager holds on a section on a day; 2, 3 … for further
    /// groups the same day (a unit that meets in two shifts), which are not duplicates.
    public var session: Int = 1
    public var conclusion: String
    public var commitments: [Commitment]
    public var questions: [Question]
    public var source: String

    /// apt/2026/2026-03-10-anna.lindqvist-5.md; several sections are joined with "+".
    static func relativePath(date: CalendarDate, managerID: String, sections: [String]) -> String {
        "apt/\(date.year)/\(date)-\(managerID)-\(sections.map(Slug.sortableSafe).joined(separator: "+")).md"
    }

    /// Same manager, same day, a shared section, same session: the same meeting reported twice.
    func duplicates(_ other: AptRecord) -> Bool {
        Self.isSameMeeting((managerID, date, session, sections), (other.managerID, other.date, other.session, other.sections))
    }

    /// The duplicate rule, for the records a write holds and the facts `check` keeps alike.
    static func isSameMeeting(_ one: (managerID: String, date: CalendarDate, session: Int, sections: [String]),
                              _ other: (managerID: String, date: CalendarDate, session: Int, sections: [String])) -> Bool {
        one.managerID == other.managerID && one.date == other.date && one.session == other.session
            && !Set(one.sections).isDisjoint(with: other.sections)
    }
}

extension Slug {
    /// A section id as it may stand in a file name: digits, letters, dots and dashes only.
    static func sortableSafe(_ id: String) -> String {
        String(id.filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") })
    }
}
