/// `forankra workshop pack ID`: the workshop pack with the invited managers on the sign-in sheet.
struct WorkshopPackCommand: Command {
    static let spec = CommandSpec(
        name: "workshop pack",
        summary: "Make the pack for a planned workshop, with the invited managers on the sign-in sheet",
        usage: "forankra workshop pack ID [-o DIR] [-w DIR]",
        options: [.output(defaultFolder: "packs/ID"), .templates, .workspace],
        positionals: "ID", details: nil,
        example: "forankra workshop pack 2026-02-03")

    var workshopID: String
    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workshopID = try arguments.onePositional("the workshop ID")
        self.arguments = arguments
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(arguments)
        let workshop = try WorkshopStore.read(workspace).workshop(workshopID)
        let roster = try RosterStore.read(workspace)
        let programme = try ProgrammeReader.read(path: workspace.programmePath)
        let templates = try TemplateSource.find(override: arguments.value("templates"), workspaceRoot: workspace.root, context: context)
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: try templates.themeLexicon())
        let settings = workspace.settings.materialSettings
        let attendees = workshop.participants
            .map { participant -> WorkshopPack.Attendee in
                let manager = roster.manager(id: participant.managerID)
                return WorkshopPack.Attendee(name: manager?.name ?? participant.name, department: manager?.department ?? participant.department, unit: manager?.unit ?? "")
            }
            .sorted { ($0.department, $0.name) < ($1.department, $1.name) }
        let pack = WorkshopPack(
            slot: .init(date: workshop.date, start: workshop.start, end: workshop.end, place: workshop.place, facilitators: workshop.facilitators),
            sectionIDs: try SectionSelection.ids(workshop.sections, all: false, in: programme, file: workspace.settings.programme),
            attendees: attendees, blankRows: max(0, workshop.capacity - attendees.count))
        let renderer = MaterialRenderer(templates: templates, language: settings.language)
        let set = try pack.material(analysis: analysis, settings: settings, renderer: renderer)
        let folder = context.resolve(arguments.value("output") ?? (workspace.packsFolder + "/" + workshop.id))
        var files = set.folder(renderer: renderer, indexIntro: MarkdownText.escape(settings.language.pick(
            "Chefsworkshop \(workshop.date.longText(.sv)), kl. \(workshop.start.text(.sv))–\(workshop.end.text(.sv)), \(workshop.place). \(attendees.count) inbjudna.",
            "Manager workshop \(workshop.date.longText(.en)), \(workshop.start)–\(workshop.end), \(workshop.place). \(attendees.count) invited.")))
        let invitation = workshop.invitation(organisation: workspace.settings.organisation, roster: roster, stamp: context.today, language: settings.language)
        files.add("inbjudan.ics", ICalendarWriter.render(invitation))
        let written = try files.write(to: folder)
        context.output.line(settings.language.pick(
            "Skrev workshoppaketet för \(workshop.id) (\(written.count) filer, \(attendees.count) namn på närvarolistan) i \(context.display(folder))/",
            "Wrote the pack for \(workshop.id) (\(written.count) files, \(attendees.count) names on the sign-in sheet) to \(context.display(folder))/"))
        return .success
    }
}
