/// What the APTs ask of someone afterwards: commitments open, done and overdue on a day, and
/// questions to HR with and without an answer. Added one APT at a time.
struct FollowUpCounts: Equatable, Sendable {
    var open = 0
    var done = 0
    var overdue = 0
    var questions = 0
    var unanswered = 0
    /// The earliest date among the commitments that have passed theirs.
    var oldestOverdue: CalendarDate?

    mutating func add(_ apt: AptFacts, on day: CalendarDate) {
        let state = apt.followUp
        done += Int(state.done)
        open += state.open
        for due in state.openDues where due < day {
            overdue += 1
            oldestOverdue = min(oldestOverdue ?? due, due)
        }
        questions += Int(state.questions)
        unanswered += Int(state.unanswered)
    }

    /// The counts of other APTs added to these.
    mutating func add(_ other: FollowUpCounts) {
        open += other.open
        done += other.done
        overdue += other.overdue
        questions += other.questions
        unanswered += other.unanswered
        if let other = other.oldestOverdue { oldestOverdue = min(oldestOverdue ?? other, other) }
    }
}
