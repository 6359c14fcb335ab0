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
        let commitments = apts.filter { $0.date <= day }.flatMap(\.commitments)
        let done = commitments.filter(\.done).count
        let overdue = commitments.filter { !$0.done && ($0.due.map { $0 < day } ?? false) }.count
        let questions = apts.filter { $0.date <= day }.flatMap(\.questions)
        return (commitments.count - done, done, overdue, questions.count, questions.filter { !$0.answered }.count)
    }
}
