/// What the APTs of one department (or group of small ones) committed to, and how much of it
/// is done: the commitments are the rollout's own results, and leadership follows them up
/// through the department heads. Counted as the whole report counts them (FollowUpCounts).
struct DepartmentCommitments: Equatable, Sendable {
    var name: String
    var counts = FollowUpCounts()

    var open: Int { counts.open }
    var done: Int { counts.done }
    var overdue: Int { counts.overdue }
    var oldestOverdue: CalendarDate? { counts.oldestOverdue }
    var total: Int { open + done }

    mutating func add(_ apt: AptFacts, on day: CalendarDate) {
        counts.add(apt, on: day)
    }
}
