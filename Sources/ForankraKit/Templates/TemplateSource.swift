import Foundation

/// Where templates and question banks come from: a folder HR has adapted (the workspace's
/// `templates/` or `--templates DIR`) file by file over the bundled set, so a changed sheet
/// wording does not mean copying every other file too.
struct TemplateSource {
    /// Files from the override folder, by their path inside it.
    private(set) var overrides: [String: (path: String, text: String)] = [:]
    var overrideFolder: String?

    static func bundled() -> TemplateSource { TemplateSource() }

    /// `--templates DIR` when given; otherwise the `templates/` folder of the workspace (the one
    /// given with -w, else the nearest folder upwards holding `forankra.md`), if it has one.
    static func find(override: String?, workspaceRoot root: String? = nil, from folder: WorkingFolder) throws -> TemplateSource {
        if let override {
            return try TemplateSource(folder: folder.resolve(override), shownFrom: folder)
        }
        if let workspace = root ?? Workspace.nearestRoot(from: folder.path) {
            var isFolder: ObjCBool = false
            let templates = workspace + "/templates"
            if FileManager.default.fileExists(atPath: templates, isDirectory: &isFolder), isFolder.boolValue {
                return try TemplateSource(folder: templates, shownFrom: folder)
            }
        }
        return TemplateSource()
    }

    init() {}

    /// The templates in `folder`; paths in messages are shown relative to `shownFrom`.
    init(folder: String, shownFrom: WorkingFolder) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw ForankraError(.noInput, "no templates folder here", path: shownFrom.display(folder))
        }
        overrideFolder = folder
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        for relative in files {
            let path = folder + "/" + relative
            // A template is printed on every sheet: one that is a link to a file elsewhere
            // ("/etc/passwd") would put that file on paper.
            guard ContainedPath.isInside(path, folder: folder) else {
                throw ForankraError(.dataError, "this template is a link to a file outside the templates folder", path: shownFrom.display(path),
                                    hint: "Copy the file into the templates folder instead of linking to it.")
            }
            let data = FileManager.default.contents(atPath: path) ?? Data()
            let text = try TextDecoding.decode(data, path: shownFrom.display(path)).text
            overrides[relative] = (shownFrom.display(path), text)
        }
    }

    /// The template at `relative` (e.g. "apt-underlag.md"), with the path errors should name.
    func file(_ relative: String) throws -> (path: String, text: String) {
        if let override = overrides[relative] { return override }
        if let bundled = BundledTemplates.files.first(where: { $0.path == relative }) {
            return ("templates/" + bundled.path, bundled.text)
        }
        throw ForankraError.data("the template \(relative) is missing", path: overrideFolder)
    }

    func template(_ relative: String) throws -> Template {
        let file = try file(relative)
        return try Template.parse(file.text, name: file.path)
    }

    /// Every theme file and the reflection bank, overrides replacing bundled files of the same name.
    func themeFiles() -> [(path: String, text: String)] {
        var byName: [String: (path: String, text: String)] = [:]
        for bundled in BundledTemplates.files where isThemeFile(bundled.path) {
            byName[bundled.path] = ("templates/" + bundled.path, bundled.text)
        }
        for (relative, file) in overrides where isThemeFile(relative) {
            byName[relative] = file
        }
        return byName.keys.sorted().compactMap { byName[$0] }
    }

    func themeLexicon() throws -> ThemeLexicon {
        try ThemeLexicon.load(files: themeFiles())
    }

    private func isThemeFile(_ relative: String) -> Bool {
        (relative.hasPrefix("teman/") && !relative.hasSuffix("README.md")) || relative == "reflektion.md"
    }
}
