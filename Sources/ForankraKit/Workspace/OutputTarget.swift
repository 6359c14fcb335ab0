import Foundation

/// Where a command's generated files may go. Output never lands in the workspace's records
/// (the settings, the roster, workshops, APTs, the programme, the templates), never follows a
/// link out of the workspace, and never replaces a file forankra did not write, unless the user
/// says `--force`. Each refusal exits 73 and names the file.
enum OutputTarget {
    /// What marks a file as forankra's own: the word in its first part (a comment, a meta tag,
    /// a `generator` key, the calendar's PRODID), or its name in the folder's manifest.
    static let marker = "forankra"

    static func checkFile(_ path: String, workspaceRoot: String?, force: Bool) throws {
        try checkPlace(path, workspaceRoot: workspaceRoot)
        guard !force, FileManager.default.fileExists(atPath: path) else { return }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !isOurs(path, manifest: OutputManifest.read(in: folder)) {
            throw refusal("forankra did not write this file and will not replace it", path)
        }
    }

    static func checkFolder(_ path: String, files: [String], workspaceRoot: String?, force: Bool) throws {
        try checkPlace(path, workspaceRoot: workspaceRoot)
        guard !force, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return }
        let listed = OutputManifest.read(in: path)
        let visible = names.filter { !$0.hasPrefix(".") }
        // A folder of other things (a home folder, "/") is no output folder, even where no name clashes.
        if listed == nil, !visible.isEmpty, !visible.allSatisfy({ isOurs(path + "/" + $0, manifest: nil) }) {
            throw refusal("the folder holds files forankra did not write", path)
        }
        for file in files where FileManager.default.fileExists(atPath: path + "/" + file) {
            if !isOurs(path + "/" + file, manifest: listed) {
                throw refusal("forankra did not write this file and will not replace it", path + "/" + file)
            }
        }
    }

    /// Neither a record nor the workspace itself, and not outside the workspace by a link.
    private static func checkPlace(_ path: String, workspaceRoot: String?) throws {
        let real = ContainedPath.real(path)
        guard let root = workspaceRoot ?? Workspace.nearestRoot(from: URL(fileURLWithPath: real).deletingLastPathComponent().path) else { return }
        let realRoot = ContainedPath.real(root)
        if real == realRoot { throw refusal("this is the workspace itself, which holds the records", path) }
        let relative = real.hasPrefix(realRoot + "/") ? String(real.dropFirst(realRoot.count + 1)) : nil
        if let relative, let first = relative.split(separator: "/").first.map(String.init),
           recordPlaces.contains(first) || relative == Workspace.settingsFile || relative == FollowUpTable.fileName {
            throw refusal("this is where the workspace keeps its records; output never goes there", path)
        }
        // Asked for inside the workspace, but a link leads the write somewhere else.
        let lexical = URL(fileURLWithPath: path).standardizedFileURL.path
        if lexical.hasPrefix(root + "/"), relative == nil {
            throw refusal("a link leads this output out of the workspace", path)
        }
    }

    static let recordPlaces: Set<String> = ["roster", "workshops", "apt", "programme", "templates", ".git"]

    static func isOurs(_ path: String, manifest: Set<String>?) -> Bool {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return true }
        if isFolder.boolValue { return manifest?.contains(URL(fileURLWithPath: path).lastPathComponent + "/") ?? false }
        if manifest?.contains(URL(fileURLWithPath: path).lastPathComponent) == true { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let opening = (try? handle.read(upToCount: 4096)) ?? Data()
        return String(decoding: opening, as: UTF8.self).lowercased().contains(marker)
    }

    private static func refusal(_ message: String, _ path: String) -> ForankraError {
        ForankraError(.cannotWrite, message, path: path,
                      hint: "Choose another place with -o, or give --force to replace files there that forankra did not write (never records).")
    }
}
