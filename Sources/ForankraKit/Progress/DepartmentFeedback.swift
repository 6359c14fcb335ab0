/// Workshop ratings by the department of whoever gave them. Named feedback (`Från: id`) counts to
/// that manager's department on the roster; anonymous feedback, which stores no name, forms a
/// group of its own. A group's average is shown only when it rests on at least the minimum
/// number of ratings, and since the overall average is printed too, a second group is hidden
/// wherever a single hidden one could be worked out from the others.
public struct DepartmentFeedback: Sendable, Equatable {
    /// Nil for anonymous feedback (and feedback from someone not on the roster).
    public var department: String?
    public var answers: Int
    public var ratings: Int
    /// Nil when there are no ratings or the group is hidden.
    public var averageRating: Double?
    public var suppressed: Bool

    static func breakdown(_ feedback: [Workshop.Feedback], managers: [Manager], minimumGroup: Int) -> [DepartmentFeedback] {
        var departmentOf: [String: String] = [:]
        for manager in managers where departmentOf[manager.id] == nil { departmentOf[manager.id] = manager.department }
        let groups = Dictionary(grouping: feedback) { entry in entry.by.flatMap { departmentOf[$0] } }
        // The anonymous group's key cannot clash with a department's: no name is empty.
        let sizes = groups.map { SuppressionGroup(key: $0.key ?? "", count: $0.value.compactMap(\.rating).count) }
        let hidden = SmallGroupSuppression.suppress(sizes, minimum: minimumGroup, totalShown: true)
        return groups.map { department, entries in
            let ratings = entries.compactMap(\.rating)
            let suppressed = hidden.isHidden(department ?? "")
            return DepartmentFeedback(
                department: department, answers: entries.count, ratings: ratings.count,
                averageRating: ratings.isEmpty || suppressed ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count),
                suppressed: suppressed)
        }.sorted { ($0.department == nil ? 1 : 0, $0.department ?? "") < ($1.department == nil ? 1 : 0, $1.department ?? "") }
    }
}
