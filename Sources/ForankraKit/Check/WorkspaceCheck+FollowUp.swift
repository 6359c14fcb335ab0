import Foundation

extension WorkspaceCheck {
    /// HR's follow-up table, when the workspace has one: its rows for the progress views, and
    /// every problem in it, with its line, like any record's.
    mutating func readFollowUp(_ workspace: Workspace) {
        let relative = FollowUpTable.fileName
        guard FileManager.default.fileExists(atPath: workspace.root + "/" + relative), let text = text(relative, in: workspace),
              FollowUpTable.isTable(text) else { return }
        let sections = programme.map { Set($0.sections.map(\.id)) }
        let owners = (roster?.model).map(FollowUpTable.knownOwners)
        var (rows, found) = FollowUpTable.read(text, path: relative, sections: sections, knownOwners: owners)
        for row in rows where !row.evidence.isEmpty {
            let full = workspace.root + "/" + row.evidence
            if row.evidence.hasPrefix("/") || !ContainedPath.isInside(full, folder: workspace.root) || !FileManager.default.fileExists(atPath: full) {
                found.append(RecordProblem(.badValue, "the evidence '\(row.evidence)' is not a file in the workspace", path: relative, line: row.line,
                                           hint: "Put the file in the workspace and give its path from there."))
            }
        }
        let troubled = Set(found.map(\.line))
        actions = rows.filter { !troubled.contains($0.line) }
        problems += found
    }
}
