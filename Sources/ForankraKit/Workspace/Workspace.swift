import Foundation

/// The folder HR runs the rollout from: settings in `forankra.md`, one markdown file per
/// record. Found like git finds its repository: from the working folder upwards, or `-w DIR`.
public struct Workspace: Sendable {
    public static let settingsFile = "forankra.md"

    public let root: String
    public private(set) var settings: WorkspaceSettings

    public var rosterPath: String { root + "/roster/chefer.md" }
    public var workshopsFolder: String { root + "/workshops" }
    public var aptFolder: String { root + "/apt" }
    public var packsFolder: String { root + "/packs" }
    public var reportsFolder: String { root + "/reports" }
    public var invitationsFolder: String { root + "/packs/inbjudningar" }
    public var programmePath: String { root + "/" + settings.programme }
    public var previousProgrammePath: String? { settings.previousProgramme.map { root + "/" + $0 } }

    /// The programme and, after `programme update`, the version it replaced.
    func readProgrammeVersions() throws -> (current: Programme, revision: ProgrammeRevision?) {
        let current = try ProgrammeReader.read(path: programmePath)
        guard let path = previousProgrammePath, let since = settings.programmeSince else { return (current, nil) }
        return (current, ProgrammeRevision(previous: try ProgrammeReader.read(path: path), current: current, since: since))
    }

    /// Reads the workspace at `root`.
    public static func open(root: String) throws -> Workspace {
        let path = root + "/" + settingsFile
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ForankraError(.noInput, "no workspace here (no \(settingsFile))", path: root,
                                hint: "Create one with 'forankra init', or point to one with -w DIR.")
        }
        let text = try TextDecoding.decode(data, path: path).text
        return Workspace(root: root, settings: try WorkspaceSettings.read(text, path: path))
    }

    /// The same workspace read in `language` for this run (`--lang`), when one is given.
    func speaking(_ language: Language?) -> Workspace {
        guard let language else { return self }
        var copy = self
        copy.settings.language = language
        return copy
    }

    /// The workspace named with `-w`, or the nearest one at or above the working folder.
    static func locate(explicit: String?, from folder: WorkingFolder) throws -> Workspace {
        try open(root: locateRoot(explicit: explicit, from: folder))
    }

    /// The folder `locate` would open, without reading its settings (`check` reads them itself,
    /// collecting every problem instead of stopping at the first).
    static func locateRoot(explicit: String?, from folder: WorkingFolder) throws -> String {
        if let explicit { return folder.resolve(explicit) }
        guard let root = nearestRoot(from: folder.path) else {
            throw ForankraError(.noInput, "not inside a forankra workspace (no \(settingsFile) here or above)",
                                hint: "Run 'forankra init' to create one, or give -w DIR.")
        }
        return root
    }

    /// The nearest folder at or above `folder` that holds `forankra.md`, as git finds its
    /// repository.
    static func nearestRoot(from folder: String) -> String? {
        var current = URL(fileURLWithPath: folder).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent(settingsFile).path) { return current.path }
            let parent = current.deletingLastPathComponent()
            if parent.path == current.path { return nil }
            current = parent
        }
    }

    /// Every markdown file below `folder`, relative to the root and sorted, so every listing
    /// that reaches output is in a stable order.
    func markdownFiles(in folder: String, listings: FolderListings = FolderListings()) -> [String] {
        var found: [String] = []
        var walk = MarkdownWalk(root: root, folder: folder, sorted: false, listings: listings)
        while let relative = walk.next() { found.append(relative) }
        return found.sorted()
    }

    /// The absolute path of a record to write, refused when it would land outside the workspace
    /// (a `..` in data, or a folder that is a link out of it).
    func recordPath(_ relative: String) throws -> String {
        let path = root + "/" + relative
        guard !relative.split(separator: "/").contains(".."), !relative.hasPrefix("/"), ContainedPath.isInside(path, folder: root) else {
            throw ForankraError(.cannotWrite, "this record would be written outside the workspace", path: relative,
                                hint: "A folder of the workspace is a link to somewhere else, or a name holds '..'. Make the folder an ordinary folder.")
        }
        return path
    }

    /// Temporary files that writes killed halfway left behind, relative to the root: the
    /// records themselves are whole, but the debris may hold personal data.
    func leftoverTemporaryFiles(listings: FolderListings = FolderListings()) -> [String] {
        var found: [String] = []
        var folders = [""]
        while let relative = folders.popLast() {
            let folder = relative.isEmpty ? root : root + "/" + relative
            // The APT folders are listed again when their files are read, one folder at a time
            // (see `MarkdownWalk`), so their records' names are not kept here.
            let isAptFolder = relative == "apt" || relative.hasPrefix("apt/")
            guard let names = isAptFolder ? FolderNames.names(in: folder, keep: { !Self.endsInMarkdown($0) }) : listings.names(in: folder) else { continue }
            for name in names where name != ".git" {
                let path = relative.isEmpty ? name : relative + "/" + name
                if name.contains(AtomicFile.temporaryMarker) {
                    if AtomicFile.isLeftover(name) { found.append(path) }
                    continue
                }
                // A record is a file, as `markdownFiles` takes it: asking the file system about
                // each of 100 000 APT files cost a tenth of a report.
                if name.hasSuffix(".md") { continue }
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder), isFolder.boolValue, folders.count < 10_000 {
                    folders.append(path)
                }
            }
        }
        return found.sorted()
    }

    /// Whether a name, as bytes ending in a NUL, ends in ".md".
    private static func endsInMarkdown(_ name: UnsafePointer<UInt8>) -> Bool {
        let length = strlen(name)
        return length >= 3 && name[length - 3] == UInt8(ascii: ".") && name[length - 2] == UInt8(ascii: "m") && name[length - 1] == UInt8(ascii: "d")
    }

    func read(_ relative: String) throws -> String {
        let path = root + "/" + relative
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ForankraError(.noInput, "cannot read the file", path: relative)
        }
        return try TextDecoding.decode(data, path: relative).text
    }
}
