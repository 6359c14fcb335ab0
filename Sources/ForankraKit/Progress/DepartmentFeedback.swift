/// Workshop ratings by the department of whoever gave them. Named feedback (`Från: id`) counts to
/// that manager's department on the roster, but only in a block where the department's answers
/// are enough to stand alone (see `FeedbackBlocks`); everything else (anonymous answers, small
/// parts) is counted together as the rest. Each row is a sum of whole cells, so no row, and no
/// difference between rows or reports, rests on fewer than the minimum group.
public struct DepartmentFeedback: Sendable, Equatable {
    /// Nil for the rest: anonymous feedback and departments with too few answers in a block.
    public var department: String?
    public var answers: Int
    public var ratings: Int
    /// Nil when there are no ratings.
    public var averageRating: Double?

    static func breakdown(_ blocks: [FeedbackBlocks.Block]) -> [DepartmentFeedback] {
        let cells = blocks.flatMap(\.cells)
        let byDepartment = Dictionary(grouping: cells) { $0.department ?? "" }
        return byDepartment.map { key, cells in
            let answers = cells.flatMap(\.answers)
            let ratings = answers.compactMap(\.rating)
            return DepartmentFeedback(
                department: key.isEmpty ? nil : key, answers: answers.count, ratings: ratings.count,
                averageRating: ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count))
        }.sorted { ($0.department == nil ? 1 : 0, $0.department ?? "") < ($1.department == nil ? 1 : 0, $1.department ?? "") }
    }
}
