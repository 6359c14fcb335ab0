/// The rules the roster must meet beyond what its reader checks row by row.
extension RecordRules {
    /// Each e-mail address belongs to one manager: a re-import matches managers by it.
    static func rosterProblems(_ roster: RosterFile, path: String) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        var seen: [String: Int] = [:]
        for manager in roster.managers where !manager.email.isEmpty {
            let key = manager.email.lowercased()
            if let earlier = seen[key] {
                problems.append(.init(.duplicateEmail, "\(manager.email) is also on line \(earlier)", path: path, line: manager.line))
            } else {
                seen[key] = manager.line
            }
        }
        return problems
    }
}
