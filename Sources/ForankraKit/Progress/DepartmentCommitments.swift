/// What the APTs of one department (or group of small ones) committed to, and how much of it
/// is done: the commitments are the rollout's own results, and leadership follows them up
/// through the department heads.
struct DepartmentCommitments: Equatable, Sendable {
    var name: String
    var open = 0
    var done = 0
    var overdue = 0
    /// The earliest date among the commitments that have passed theirs.
    var oldestOverdue: CalendarDate?

    var total: Int { open + done }

    mutating func add(_ apt: AptRecord, on day: CalendarDate) {
        for commitment in apt.commitments {
            if commitment.done {
                done += 1
                continue
            }
            open += 1
            if let due = commitment.due, due < day {
                overdue += 1
                oldestOverdue = min(oldestOverdue ?? due, due)
            }
        }
    }
}
