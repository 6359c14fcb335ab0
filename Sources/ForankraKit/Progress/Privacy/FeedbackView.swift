/// Every feedback figure one report prints, and nothing else: the one place those figures are
/// computed, so the privacy test attacks exactly what leadership reads.
struct FeedbackView: Sendable {
    /// The workshops held in the period, each with its rating as its block allows.
    var workshops: [WorkshopSummary]
    var summary: ProgressReport.FeedbackSummary
    var byDepartment: [DepartmentFeedback]
    /// Whether answers given by the report's day wait for a block to fill up.
    var waiting: Bool

    static func make(_ records: RolloutRecords, on day: CalendarDate, from: CalendarDate?, department: String?) -> FeedbackView {
        make(records, blocks: blocks(of: records), on: day, from: from, department: department)
    }

    /// The blocks depend on the records alone, never on the report's day or filters: that is
    /// what makes two reports differ by whole blocks and cells.
    static func blocks(of records: RolloutRecords) -> FeedbackBlocks {
        var departmentOf: [String: String] = [:]
        for manager in records.managers where departmentOf[manager.id] == nil { departmentOf[manager.id] = manager.department }
        return FeedbackBlocks(records.workshops, departmentOf: departmentOf, minimum: records.settings.minimumGroupSize)
    }

    /// Feedback is shown only in whole released blocks, and is not cut by --department: the
    /// department view only picks its own row.
    static func make(_ records: RolloutRecords, blocks: FeedbackBlocks, on day: CalendarDate, from: CalendarDate?, department: String?) -> FeedbackView {
        let released = blocks.released(on: day, from: from)
        let answers = released.flatMap(\.answers)
        let ratings = answers.compactMap(\.rating)
        var tagCounts: [String: Int] = [:]
        for tag in answers.flatMap(\.tags) { tagCounts[tag.lowercased(), default: 0] += 1 }
        let inRange = records.workshops.filter { workshop in
            workshop.date <= day && (from.map { workshop.date >= $0 } ?? true) && workshop.status != .cancelled
        }
        return FeedbackView(
            workshops: WorkshopSummary.summaries(inRange, blocks: blocks, on: day, from: from),
            summary: ProgressReport.FeedbackSummary(
                tags: tagCounts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) },
                // Only anonymous feedback is quoted, only from released blocks, and in the order
                // of the words: the order held would point a comment to its workshop.
                comments: answers.filter { $0.by == nil && !$0.text.isEmpty }.map(\.text).sorted(),
                ratings: ratings.count,
                averageRating: ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count)),
            byDepartment: DepartmentFeedback.breakdown(released).filter { department == nil || $0.department == department },
            waiting: blocks.isWaiting(on: day))
    }
}
