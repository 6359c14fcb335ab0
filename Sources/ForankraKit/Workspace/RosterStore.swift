import Foundation

/// Reading the roster file, which may not exist yet in a new workspace.
enum RosterStore {
    static func read(_ workspace: Workspace) throws -> RosterFile {
        guard FileManager.default.fileExists(atPath: workspace.rosterPath) else { return RosterFile(managers: []) }
        return try RosterFile.read(try workspace.read("roster/chefer.md"), path: "roster/chefer.md")
    }
}
