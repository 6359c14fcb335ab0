/// `forankra sheets FILE [SECTION...]`: APT discussion sheets, one per section.
struct SheetsCommand: Command {
    static let spec = CommandSpec(
        name: "sheets",
        summary: "Make APT discussion sheets (markdown and print-ready HTML), one per section",
        usage: "forankra sheets FILE [SECTION...] [--all] [--lang sv|en] [--minutes N] [--org NAME] [-o DIR]\n       forankra sheets --changed [-w DIR] [-o DIR]",
        options: [
            .init(name: "all", valueName: nil, help: "A sheet for every section and subsection (default: the top-level sections)"),
            .init(name: "changed", valueName: nil, help: "In a workspace after 'programme update': sheets for the changed chapters only, with what is new"),
            .language, .aptMinutes, .organisation, .output(defaultFolder: "apt-underlag"), .templates, .force, .workspace,
        ],
        positionals: .init(display: "FILE [SECTION...]", minimum: 0, maximum: nil),
        details: """
        SECTION is a section id as 'forankra outline FILE' shows it (1, 2.1, 2.1.2). A sheet covers
        its section with all subsections. The output folder gets one .md and one .html file per
        sheet and an index.html that prints every sheet in order.
        """,
        example: "forankra sheets programme.txt 4 5 --minutes 45 -o apt-underlag")

    var file: String?
    var changedOnly: Bool
    var workspaceOption: String?
    var sectionIDs: [String]
    var everySection: Bool
    var settings: MaterialSettings
    var outputFolder: String
    var templates: TemplateSource
    var force: Bool

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        changedOnly = arguments.flag("changed")
        workspaceOption = arguments.value("workspace")
        if changedOnly {
            if !arguments.positionals.isEmpty {
                throw UsageError.other("give either a programme FILE or --changed (which takes the workspace's programme), not both", command: Self.spec)
            }
            file = nil
        } else {
            file = context.resolve(try arguments.onePositional("the programme FILE"))
        }
        sectionIDs = Array(arguments.positionals.dropFirst())
        everySection = arguments.flag("all")
        if everySection && !sectionIDs.isEmpty {
            throw UsageError.other("give either section ids or --all, not both", command: Self.spec)
        }
        settings = try arguments.materialSettings()
        outputFolder = arguments.path("output", in: context.folder) ?? context.resolve(changedOnly ? "apt-underlag-nytt" : "apt-underlag")
        templates = try TemplateSource.find(override: arguments.value("templates"), from: context.folder)
        force = arguments.flag("force")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        if changedOnly { return try runChanged(context) }
        guard let file else { return .usage }
        let programme = try ProgrammeReader.read(path: file)
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: try templates.themeLexicon())
        let ids = try SectionSelection.ids(sectionIDs, all: everySection, in: programme, file: context.display(file))
        let renderer = MaterialRenderer(templates: templates, language: settings.language)
        let set = try SheetMaterial.make(ids: ids, analysis: analysis, settings: settings, renderer: renderer)
        let intro = settings.language.pick(
            "\(ids.count) APT-underlag ur \(programme.title).",
            settings.language.count(ids.count, ("APT-underlag", "APT-underlag"), ("APT sheet", "APT sheets")) + " from \(programme.title).")
        return try write(set, ids: ids, intro: intro, renderer: renderer, language: settings.language, context)
    }

    /// The chapters that changed or are new since the workspace's previous programme version,
    /// among those the rollout counts: what a workplace that has taken up the old text takes up now.
    private func runChanged(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        var settings = settings
        settings.language = context.requestedLanguage ?? workspace.settings.language
        let versions = try workspace.readProgrammeVersions()
        guard let revision = versions.revision else {
            throw ForankraError(.dataError, "the workspace has only one version of the programme", path: Workspace.settingsFile,
                                hint: "Take a revised programme in with 'forankra programme update NEW' first.")
        }
        let counted = Set(workspace.settings.rolloutSections)
        let ids = versions.current.topLevelSections.map(\.id).filter { id in
            (revision.changedTopics.contains(id) || revision.addedTopics.contains(id)) && (counted.isEmpty || counted.contains(id))
        }
        guard !ids.isEmpty else {
            context.output.line(settings.language.pick("Inga kapitel att ta upp har ändrats sedan förra versionen.", "No chapter to take up has changed since the previous version."))
            return .success
        }
        let analysis = ProgrammeAnalysis(programme: versions.current, lexicon: try templates.themeLexicon())
        let renderer = MaterialRenderer(templates: templates, language: settings.language)
        let sheets = SheetMaterial.sheets(ids: ids, analysis: analysis, settings: settings, revision: revision)
        let set = try SheetMaterial.make(sheets, analysis: analysis, settings: settings, renderer: renderer)
        let intro = settings.language.pick(
            "\(ids.count) APT-underlag om det som är nytt i \(versions.current.title) sedan förra versionen (den nya gäller från \(revision.since)).",
            settings.language.count(ids.count, ("", ""), ("APT sheet", "APT sheets")) + " on what is new in \(versions.current.title) since the previous version (the new one applies from \(revision.since)).")
        return try write(set, ids: ids, intro: intro, renderer: renderer, language: settings.language, workspaceRoot: workspace.root, context)
    }

    private func write(_ set: MaterialSet, ids: [String], intro: String, renderer: MaterialRenderer, language: Language, workspaceRoot: String? = nil,
                       _ context: RunContext) throws -> ExitCode {
        let folder = set.folder(renderer: renderer, indexIntro: intro)
        try OutputTarget.checkFolder(outputFolder, files: folder.files.map(\.relativePath), workspaceRoot: workspaceRoot, force: force)
        let written = try folder.write(to: outputFolder)
        context.output.line(language.pick(
            "Skrev \(ids.count) APT-underlag (\(language.count(written.count, ("fil", "filer"), ("file", "files")))) i \(context.display(outputFolder))/",
            "Wrote \(language.count(ids.count, ("APT-underlag", "APT-underlag"), ("APT sheet", "APT sheets"))) (\(language.count(written.count, ("fil", "filer"), ("file", "files")))) to \(context.display(outputFolder))/"))
        context.output.line("  " + context.display(outputFolder + "/index.html"))
        return .success
    }
}
