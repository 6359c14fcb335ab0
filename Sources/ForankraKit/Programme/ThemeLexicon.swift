import Foundation

/// The editable theme lexicon: one file per theme in `templates/teman/`, plus the reflection
/// questions of `templates/reflektion.md` that every sheet asks.
public struct ThemeLexicon: Sendable {
    /// Sorted by id.
    public var themes: [Theme]
    public var reflection: ReflectionBank

    public init(themes: [Theme], reflection: ReflectionBank) {
        self.themes = themes.sorted { $0.id < $1.id }
        self.reflection = reflection
    }

    /// The id that marks the reflection file among the theme files.
    public static let reflectionID = "reflektion"
    /// A language needs at least this many questions in each bank.
    public static let minimumQuestions = 3

    /// files: (path, text) pairs, e.g. every templates/teman/*.md plus templates/reflektion.md;
    /// a file named README.md is skipped. Throws the first problem; errors name path and line.
    public static func load(files: [(path: String, text: String)]) throws -> ThemeLexicon {
        var builder = ThemeLexiconBuilder()
        for file in files { builder.add(path: file.path, text: file.text) }
        let (lexicon, problems) = builder.finish()
        if let first = problems.first { throw first }
        guard let lexicon else {
            throw ForankraError.data("the theme lexicon could not be read")
        }
        return lexicon
    }

    /// Every problem in the files, in file order then line order (for `forankra check`).
    public static func problems(files: [(path: String, text: String)]) -> [ForankraError] {
        var builder = ThemeLexiconBuilder()
        for file in files { builder.add(path: file.path, text: file.text) }
        return builder.finish().problems
    }

    /// The lexicon files of a templates folder: `teman/*.md` (README.md left out) sorted by
    /// name, then `reflektion.md`. Paths are given as `folder/teman/lon.md`.
    public static func files(inTemplatesFolder folder: String) throws -> [(path: String, text: String)] {
        let themesFolder = folder + "/teman"
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: themesFolder)
        } catch {
            throw ForankraError(.noInput, "there is no theme folder here", path: themesFolder,
                                hint: "The theme files live in templates/teman/, one .md file per theme.")
        }
        let themeFiles = names
            .filter { $0.hasSuffix(".md") && $0.lowercased() != "readme.md" && !$0.hasPrefix(".") }
            .sorted()
            .map { themesFolder + "/" + $0 }
        return try (themeFiles + [folder + "/reflektion.md"]).map { path in
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ForankraError(.noInput, "cannot read the file", path: path)
            }
            return (path, try TextDecoding.decode(data, path: path).text)
        }
    }

    /// Reads `teman/*.md` and `reflektion.md` from a templates folder.
    public static func load(templatesFolder folder: String) throws -> ThemeLexicon {
        try load(files: files(inTemplatesFolder: folder))
    }
}
