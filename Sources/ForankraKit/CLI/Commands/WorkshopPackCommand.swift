/// `forankra workshop pack ID`: the workshop pack with the invited managers on the sign-in sheet.
struct WorkshopPackCommand: Command {
    static let spec = CommandSpec(
        name: "workshop pack",
        summary: "Make the pack for a planned workshop, with the invited managers on the sign-in sheet",
        usage: "forankra workshop pack ID [-o DIR] [-w DIR]",
        options: [.output(defaultFolder: "packs/ID"), .templates, .force, .workspace],
        positionals: .one("ID"), details: nil,
        example: "forankra workshop pack 2026-02-03")

    var workshopID: String
    var outputFolder: String?
    var templatesFolder: String?
    var workspaceOption: String?
    var force: Bool

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workshopID = try arguments.onePositional("ID")
        outputFolder = arguments.path("output", in: context.folder)
        templatesFolder = arguments.value("templates")
        workspaceOption = arguments.value("workspace")
        force = arguments.flag("force")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let workshop = try WorkshopStore.read(workspace).workshop(workshopID)
        let roster = try RosterStore.read(workspace)
        let programme = try ProgrammeReader.read(path: workspace.programmePath)
        let templates = try TemplateSource.find(override: templatesFolder, workspaceRoot: workspace.root, from: context.folder)
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: try templates.themeLexicon())
        let settings = workspace.settings.materialSettings
        let pack = try WorkshopPack(workshop, roster: roster, programme: programme, programmeFile: workspace.settings.programme)
        let renderer = MaterialRenderer(templates: templates, language: settings.language)
        let set = try pack.material(analysis: analysis, settings: settings, renderer: renderer)
        let folder = outputFolder ?? (workspace.packsFolder + "/" + workshop.id)
        let invited = pack.attendees.count
        var files = set.folder(renderer: renderer, indexIntro: MarkdownText.escape(settings.language.pick(
            "Chefsworkshop \(workshop.date.longText(.sv)), kl. \(workshop.start.text(.sv))–\(workshop.end.text(.sv)), \(workshop.place). \(invited) \(invited == 1 ? "inbjuden" : "inbjudna").",
            "Manager workshop \(workshop.date.longText(.en)), \(workshop.start)–\(workshop.end), \(workshop.place). \(invited) invited.")))
        // In the workspace's own pack folder the invitation keeps its SEQUENCE in the workshop
        // file; a copy elsewhere (-o) carries the sequence as it stands.
        let isOwnFolder = outputFolder == nil
        if !isOwnFolder {
            var labels: [String: String] = [:]
            for id in workshop.sections { labels[id] = programme.section(id: id)?.title }
            files.add("inbjudan.ics", ICalendarWriter.render(workshop.invitation(settings: workspace.settings, roster: roster, stamp: context.today, sectionTitles: labels)))
        }
        try OutputTarget.checkFolder(folder, files: files.files.map(\.relativePath), workspaceRoot: workspace.root, force: force)
        var written = try files.write(to: folder)
        if isOwnFolder {
            try context.writing(workspace, command: "workshop pack") {
                written.append(try InvitationFile.write(workshop, workspace: workspace, roster: roster, stamp: context.today, programme: programme).path)
            }
        }
        context.output.line(settings.language.pick(
            "Skrev workshoppaketet för \(workshop.id) (\(settings.language.count(written.count, ("fil", "filer"), ("file", "files"))), \(pack.attendees.count) namn på närvarolistan) i \(context.display(folder))/",
            "Wrote the pack for \(workshop.id) (\(settings.language.count(written.count, ("fil", "filer"), ("file", "files"))), \(settings.language.count(pack.attendees.count, ("namn", "namn"), ("name", "names"))) on the sign-in sheet) to \(context.display(folder))/"))
        return .success
    }
}
