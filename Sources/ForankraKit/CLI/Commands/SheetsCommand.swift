/// `forankra sheets FILE [SECTION...]`: APT discussion sheets, one per section.
struct SheetsCommand: Command {
    static let spec = CommandSpec(
        name: "sheets",
        summary: "Make APT discussion sheets (markdown and print-ready HTML), one per section",
        usage: "forankra sheets FILE [SECTION...] [--all] [--lang sv|en] [--minutes N] [--org NAME] [-o DIR]",
        options: [
            .init(name: "all", valueName: nil, help: "A sheet for every section and subsection (default: the top-level sections)"),
            .language, .aptMinutes, .organisation, .output(defaultFolder: "apt-underlag"), .templates, .force,
        ],
        positionals: .one("FILE", thenAny: "SECTION"),
        details: """
        SECTION is a section id as 'forankra outline FILE' shows it (1, 2.1, 2.1.2). A sheet covers
        its section with all subsections. The output folder gets one .md and one .html file per
        sheet and an index.html that prints every sheet in order.
        """,
        example: "forankra sheets programme.txt 4 5 --minutes 45 -o apt-underlag")

    var file: String
    var sectionIDs: [String]
    var everySection: Bool
    var settings: MaterialSettings
    var outputFolder: String
    var templates: TemplateSource
    var force: Bool

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        file = context.resolve(try arguments.onePositional("the programme FILE"))
        sectionIDs = Array(arguments.positionals.dropFirst())
        everySection = arguments.flag("all")
        if everySection && !sectionIDs.isEmpty {
            throw UsageError.other("give either section ids or --all, not both", command: Self.spec)
        }
        settings = try arguments.materialSettings()
        outputFolder = arguments.path("output", in: context.folder) ?? context.resolve("apt-underlag")
        templates = try TemplateSource.find(override: arguments.value("templates"), from: context.folder)
        force = arguments.flag("force")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let programme = try ProgrammeReader.read(path: file)
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: try templates.themeLexicon())
        let ids = try SectionSelection.ids(sectionIDs, all: everySection, in: programme, file: context.display(file))
        let renderer = MaterialRenderer(templates: templates, language: settings.language)
        let set = try SheetMaterial.make(ids: ids, analysis: analysis, settings: settings, renderer: renderer)
        let intro = settings.language.pick(
            "\(ids.count) APT-underlag ur \(programme.title).",
            settings.language.count(ids.count, ("APT-underlag", "APT-underlag"), ("APT sheet", "APT sheets")) + " from \(programme.title).")
        let folder = set.folder(renderer: renderer, indexIntro: intro)
        try OutputTarget.checkFolder(outputFolder, files: folder.files.map(\.relativePath), workspaceRoot: nil, force: force)
        let written = try folder.write(to: outputFolder)
        context.output.line(settings.language.pick(
            "Skrev \(ids.count) APT-underlag (\(settings.language.count(written.count, ("fil", "filer"), ("file", "files")))) i \(context.display(outputFolder))/",
            "Wrote \(settings.language.count(ids.count, ("APT-underlag", "APT-underlag"), ("APT sheet", "APT sheets"))) (\(settings.language.count(written.count, ("fil", "filer"), ("file", "files")))) to \(context.display(outputFolder))/"))
        context.output.line("  " + context.display(outputFolder + "/index.html"))
        return .success
    }
}
