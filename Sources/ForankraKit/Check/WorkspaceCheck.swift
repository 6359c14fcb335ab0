import Foundation

/// `forankra check`: parse every file of a workspace, collecting what each reader finds, then
/// validate the records against each other and the programme, collecting again. Nothing stops
/// at the first problem, so HR sees them all in one run.
struct WorkspaceCheck {
    struct Counts: Equatable {
        var managers = 0
        var workshops = 0
        var apts = 0
        var sections = 0
    }

    /// Every problem found, in discovery order (the report sorts them).
    var problems: [RecordProblem] = []
    var counts = Counts()
    var language = Language.sv
    /// The text of the settings, the roster and the theme files, by workspace-relative path.
    /// Record files are not kept: only the few with a problem are read again, to quote it.
    var texts: [String: String] = [:]
    var root = ""

    /// The lines of a file, to quote a problem's line; nil when it cannot be read.
    func lines(of path: String) -> [String]? {
        guard let text = texts[path] ?? (try? Workspace(root: root, settings: .defaults).read(path)) else { return nil }
        return Self.split(text)
    }

    // What was read, for the rules.
    var settings: RecordReading<WorkspaceSettings>?
    var programme: Programme?
    /// The version the programme replaced and what changed, after `programme update`.
    var revision: ProgrammeRevision?
    var roster: RecordReading<RosterFile>?
    var workshops: [RecordReading<Workshop>] = []
    /// What is kept of the APT files read, without those that could not be read at all, when
    /// the caller asks for every one (`AptCollection.every`).
    var apts: [AptFacts] = []
    /// The APTs without problems added up for the figures, when the caller asks for them
    /// (`AptCollection.tally`) and the programme could be read.
    var tally: AptTally?
    /// The rows of `uppfoljning.md` without a problem.
    var actions: [ActionRow] = []

    /// What the caller keeps of the APTs once each is checked.
    enum AptCollection {
        /// Nothing: `check` only counts them and reports their problems.
        case none
        /// Every APT read, problems or not, in `apts`.
        case every
        /// Those without problems, added up for the figures on the scope's day in `tally`.
        case tally(AptTally.Scope)
    }

    /// Reads and checks the workspace at `root`, which must hold `forankra.md`, keeping the
    /// APTs' free texts the caller shows.
    static func run(root: String, today: CalendarDate, keeping kept: AptFile.KeptTexts = .all,
                    collecting collection: AptCollection = .every) throws -> WorkspaceCheck {
        guard FileManager.default.fileExists(atPath: root + "/" + Workspace.settingsFile) else {
            throw ForankraError(.noInput, "no workspace here (no \(Workspace.settingsFile))", path: root,
                                hint: "Create one with 'forankra init', or point to one with -w DIR.")
        }
        var check = WorkspaceCheck()
        check.root = root
        let workspace = check.readSettings(root: root)
        check.readProgramme(workspace)
        check.readRoster(workspace)
        // The debris is looked for first, so the workshop folder is listed once for both; the
        // APT folders are walked again as their files are read (see `readAptFiles`).
        let listings = FolderListings()
        let leftovers = workspace.leftoverTemporaryFiles(listings: listings)
        check.readRecords(workspace, today: today, keeping: kept, collecting: collection, listings: listings)
        check.readThemeFiles(workspace)
        check.readFollowUp(workspace)
        check.validate(today: today)
        for leftover in leftovers {
            check.problems.append(RecordProblem(.staleTemp, "a temporary file left by a write that was stopped: \(leftover)", path: leftover, line: 1))
        }
        return check
    }

    /// The text of a file, or nil with an UNREADABLE problem (binary, unknown encoding).
    mutating func text(_ relative: String, in workspace: Workspace) -> String? {
        do {
            let text = try workspace.read(relative)
            texts[relative] = text
            return text
        } catch {
            let problem = (error as? ForankraError).map { RecordProblem(.unreadable, $0, path: relative) }
            problems.append(problem ?? RecordProblem(.unreadable, "\(error)", path: relative, line: 1))
            return nil
        }
    }

    static func split(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if text.hasSuffix("\n") { lines.removeLast() }
        return lines
    }

    /// Settings with every problem collected; defaults stand in so the rest can be checked.
    private mutating func readSettings(root: String) -> Workspace {
        let defaults = WorkspaceSettings.defaults
        let bare = Workspace(root: root, settings: defaults)
        guard let text = text(Workspace.settingsFile, in: bare) else { return bare }
        let reading = WorkspaceSettings.reading(text, path: Workspace.settingsFile)
        settings = reading
        problems += reading.problems
        let read = reading.model ?? defaults
        language = read.language
        return Workspace(root: root, settings: read)
    }

    private mutating func readProgramme(_ workspace: Workspace) {
        let name = workspace.settings.programme
        // A missing or unsafe setting is already a SETTINGS problem.
        guard !name.isEmpty, !name.contains(".."), !name.hasPrefix("/") else { return }
        do {
            let read = try ProgrammeReader.read(path: workspace.programmePath)
            programme = read
            counts.sections = read.sections.count
            readPreviousProgramme(workspace, current: read)
        } catch {
            let reason = (error as? ForankraError)?.message ?? "\(error)"
            problems.append(RecordProblem(
                .programmeMissing, "the programme \(name) cannot be read: \(reason)", path: Workspace.settingsFile,
                line: settings?.frontMatter.field("programme")?.line ?? 1,
                hint: "Put the programme file in the workspace and name it here, e.g. `programme: programme/personalpolitiskt-program.md`."))
        }
    }

    private mutating func readPreviousProgramme(_ workspace: Workspace, current: Programme) {
        guard let path = workspace.previousProgrammePath, let name = workspace.settings.previousProgramme,
              let since = workspace.settings.programmeSince else { return }
        do {
            revision = ProgrammeRevision(previous: try ProgrammeReader.read(path: path), current: current, since: since)
        } catch {
            let reason = (error as? ForankraError)?.message ?? "\(error)"
            problems.append(RecordProblem(
                .programmeMissing, "the previous programme \(name) cannot be read: \(reason)", path: Workspace.settingsFile,
                line: settings?.frontMatter.field("previous_programme")?.line ?? 1,
                hint: "APTs held before programme_since name its sections; keep the file where this names it."))
        }
    }

    private mutating func readRoster(_ workspace: Workspace) {
        let relative = "roster/chefer.md"
        guard FileManager.default.fileExists(atPath: workspace.rosterPath) else {
            roster = RecordReading(model: RosterFile(managers: []), frontMatter: FrontMatter(), problems: [])
            return
        }
        guard let text = text(relative, in: workspace) else { return }
        let reading = RosterFile.reading(text, path: relative)
        roster = reading
        problems += reading.problems
        counts.managers = reading.model?.managers.count ?? 0
    }

    private mutating func readRecords(_ workspace: Workspace, today: CalendarDate, keeping kept: AptFile.KeptTexts,
                                      collecting collection: AptCollection, listings: FolderListings) {
        let workshopFiles = Self.parse(workspace.markdownFiles(in: "workshops", listings: listings), in: workspace) { text, relative in
            WorkshopFile.reading(text, path: relative, id: String(relative.dropFirst("workshops/".count).dropLast(".md".count)))
        }
        counts.workshops = workshopFiles.count
        for reading in workshopFiles { problems += reading.problems }
        workshops = workshopFiles
        // The roster's own problems are known before the APTs are read, so the figures can
        // leave out an APT as soon as its day is settled.
        if let managers = roster?.model { problems += RecordRules.rosterProblems(managers, path: "roster/chefer.md") }
        readAptFiles(workspace, rules: rules(today: today), keeping: kept, collecting: collection)
    }

    /// Reads and parses the files on every core; the readings keep the files' order, so the
    /// output is the same as reading them one by one. A file that cannot be read at all is a
    /// reading without a model, its one problem saying why.
    private static func parse<Model: Sendable>(_ files: [String], in workspace: Workspace,
                                               _ reader: @escaping @Sendable (_ text: String, _ relative: String) -> RecordReading<Model>) -> [RecordReading<Model>] {
        ParallelMap.map(files) { relative in
            do {
                return reader(try workspace.read(relative), relative)
            } catch {
                return RecordReading(model: nil, frontMatter: FrontMatter(), problems: [unreadable(error, path: relative)])
            }
        }
    }

    static func unreadable(_ error: any Error, path: String) -> RecordProblem {
        RecordProblem(.unreadable, (error as? ForankraError) ?? .data("\(error)", path: path), path: path)
    }

    /// The workspace's own theme files (templates/teman, templates/reflektion.md) over the bundled ones.
    private mutating func readThemeFiles(_ workspace: Workspace) {
        var isFolder: ObjCBool = false
        let folder = workspace.root + "/templates"
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else { return }
        let source: TemplateSource
        do {
            // Problems name the files relative to the workspace root, as every other problem does.
            source = try TemplateSource(folder: folder, shownFrom: WorkingFolder(workspace.root))
        } catch {
            let failure = (error as? ForankraError) ?? .data("\(error)")
            problems.append(RecordProblem(.unreadable, failure, path: "templates"))
            return
        }
        let files = source.themeFiles()
        for file in files { texts[file.path] = file.text }
        problems += ThemeLexicon.problems(files: files).map { RecordProblem(.themeFile, $0, path: "templates/reflektion.md") }
    }
}
