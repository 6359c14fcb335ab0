/// `forankra pack FILE --date … --start … --end … --place …`: a workshop pack folder.
struct PackCommand: Command {
    static let spec = CommandSpec(
        name: "pack",
        summary: "Make a workshop pack: agenda, facilitator guide, sign-in sheet, evaluation, APT sheets",
        usage: "forankra pack FILE --date YYYY-MM-DD --start HH:MM --end HH:MM --place TEXT [--sections ID,...] [--facilitator NAME] [-o DIR]",
        options: [
            .init(name: "date", valueName: "YYYY-MM-DD", help: "Day of the workshop"),
            .init(name: "start", valueName: "HH:MM", help: "Start time (13:00 or 13.00)"),
            .init(name: "end", valueName: "HH:MM", help: "End time; the agenda is fitted to the slot"),
            .init(name: "place", valueName: "TEXT", help: "Where the workshop is held"),
            .init(name: "sections", valueName: "ID,...", repeatable: true, help: "Sections to work on (default: every top-level section)"),
            .init(name: "facilitator", valueName: "NAME", repeatable: true, help: "Who leads the workshop; repeat for several"),
            .init(name: "capacity", valueName: "N", help: "Blank rows on the sign-in sheet, 1 to 200 (default 20)"),
            .language, .aptMinutes, .organisation, .output(defaultFolder: "packs/DATE-PLACE"), .templates, .force,
        ],
        positionals: .one("FILE"),
        details: "Each section gets at least 15 minutes; a slot of 2.5 hours or more gets a 20-minute break, a full day also lunch.",
        example: "forankra pack programme.txt --date 2026-02-03 --start 13:00 --end 16:00 --place 'Stadshuset, sal A' --sections 3,5")

    var file: String
    var pack: WorkshopPack
    var settings: MaterialSettings
    var outputFolder: String
    var templates: TemplateSource
    var requestedSections: [String]
    var force: Bool

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        file = context.resolve(try arguments.onePositional("the programme FILE"))
        let slot = try WorkshopSlotOptions.slot(arguments)
        requestedSections = arguments.list("sections")
        pack = WorkshopPack(
            slot: slot,
            sectionIDs: [], attendees: [], blankRows: try arguments.integer("capacity", in: 1...200) ?? 20)
        settings = try arguments.materialSettings()
        outputFolder = arguments.path("output", in: context.folder) ?? context.resolve("packs/\(slot.date)-\(Slug.make(slot.place))")
        templates = try TemplateSource.find(override: arguments.value("templates"), from: context.folder)
        force = arguments.flag("force")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let programme = try ProgrammeReader.read(path: file)
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: try templates.themeLexicon())
        var pack = self.pack
        pack.sectionIDs = try SectionSelection.ids(requestedSections, all: false, in: programme, file: context.display(file))
        let renderer = MaterialRenderer(templates: templates, language: settings.language)
        let set = try pack.material(analysis: analysis, settings: settings, renderer: renderer)
        let intro = settings.language.pick(
            "Chefsworkshop \(pack.slot.date.longText(.sv)), kl. \(pack.slot.start.text(.sv))–\(pack.slot.end.text(.sv)), \(pack.slot.place).",
            "Manager workshop \(pack.slot.date.longText(.en)), \(pack.slot.start)–\(pack.slot.end), \(pack.slot.place).")
        let folder = set.folder(renderer: renderer, indexIntro: MarkdownText.escape(intro))
        try OutputTarget.checkFolder(outputFolder, files: folder.files.map(\.relativePath), workspaceRoot: nil, force: force)
        let written = try folder.write(to: outputFolder)
        context.output.line(settings.language.pick(
            "Skrev workshoppaketet (\(set.documents.count) dokument, \(settings.language.count(written.count, ("fil", "filer"), ("file", "files")))) i \(context.display(outputFolder))/",
            "Wrote the workshop pack (\(settings.language.count(set.documents.count, ("dokument", "dokument"), ("document", "documents"))), \(settings.language.count(written.count, ("fil", "filer"), ("file", "files")))) to \(context.display(outputFolder))/"))
        context.output.line("  " + context.display(outputFolder + "/index.html"))
        return .success
    }
}
