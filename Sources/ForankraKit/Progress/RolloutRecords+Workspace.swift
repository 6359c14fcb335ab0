extension RolloutRecords {
    /// Reads every record of the workspace. Commands that only report use this once.
    static func read(_ workspace: Workspace) throws -> RolloutRecords {
        RolloutRecords(
            settings: workspace.settings,
            programme: try ProgrammeReader.read(path: workspace.programmePath),
            managers: try RosterStore.read(workspace).managers,
            workshops: try WorkshopStore.read(workspace).workshops,
            apts: try AptStore.read(workspace).records)
    }

    /// Open, done and overdue commitments, and questions to HR with and without an answer.
    func followUpCounts(on day: CalendarDate) -> (open: Int, done: Int, overdue: Int, questions: Int, unanswered: Int) {
        var counts = (open: 0, done: 0, overdue: 0, questions: 0, unanswered: 0)
        // One pass, without filtering copies of every record.
        for apt in apts where apt.date <= day {
            for commitment in apt.commitments {
                if commitment.done {
                    counts.done += 1
                } else {
                    counts.open += 1
                    if let due = commitment.due, due < day { counts.overdue += 1 }
                }
            }
            counts.questions += apt.questions.count
            counts.unanswered += apt.questions.filter { !$0.answered }.count
        }
        return counts
    }
}
