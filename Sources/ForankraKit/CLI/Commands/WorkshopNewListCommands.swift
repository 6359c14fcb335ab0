import Foundation

/// `forankra workshop new`: plans a workshop as a file in workshops/.
struct WorkshopNewCommand: Command {
    static let spec = CommandSpec(
        name: "workshop new",
        summary: "Plan a manager workshop (writes workshops/DATE-PLACE.md)",
        usage: "forankra workshop new --date YYYY-MM-DD --start HH:MM --end HH:MM --place TEXT --capacity N --sections ID,... [--facilitator NAME] [-w DIR]",
        options: [
            .init(name: "date", valueName: "YYYY-MM-DD", help: "Day of the workshop"),
            .init(name: "start", valueName: "HH:MM", help: "Start time"),
            .init(name: "end", valueName: "HH:MM", help: "End time"),
            .init(name: "place", valueName: "TEXT", help: "Where it is held"),
            .init(name: "capacity", valueName: "N", help: "Number of seats, 1 to 500"),
            .init(name: "sections", valueName: "ID,...", repeatable: true, help: "Programme sections to work on"),
            .init(name: "facilitator", valueName: "NAME", repeatable: true, help: "Who leads it; repeat for several"),
            .workspace,
        ],
        positionals: .none, details: "The workshop is checked by the same rules as 'forankra check' before it is written.",
        example: "forankra workshop new --date 2026-02-03 --start 13:00 --end 16:00 --place 'Stadshuset, sal Ljusnan' --capacity 20 --sections 3,5")

    var slot: WorkshopPack.Slot
    var capacity: Int
    var sections: [String]
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        slot = try WorkshopSlotOptions.slot(arguments)
        capacity = try arguments.requiredInteger("capacity", in: 1...500)
        sections = arguments.list("sections")
        if sections.isEmpty { throw UsageError.missingOption("--sections", command: Self.spec) }
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let programme = try ProgrammeReader.read(path: workspace.programmePath)
        let ids = try SectionSelection.ids(sections, all: false, in: programme, file: workspace.settings.programme)
        let labels = ids.compactMap { programme.section(id: $0)?.label }
        _ = try AgendaPlanner.plan(start: slot.start, end: slot.end, sections: labels)
        let workshop = Workshop(
            id: "\(slot.date)-\(Slug.make(slot.place, maxLength: 32))", date: slot.date, start: slot.start, end: slot.end,
            place: slot.place, capacity: capacity, sections: ids, facilitators: slot.facilitators, status: .planned,
            participants: [], feedback: [])
        let language = workspace.settings.language
        let rules = RecordRules(roster: nil, programme: programme, rolloutStart: workspace.settings.rolloutStart, today: context.todayInSweden)
        try context.writing(workspace, command: "workshop new") {
            _ = try WorkshopStore.add(workshop, in: workspace, rules: rules)
        }
        context.output.line(language.pick(
            "Planerade \(workshop.id): \(slot.date.longText(.sv)) kl. \(slot.start.text(.sv))–\(slot.end.text(.sv)), \(slot.place), \(language.count(capacity, ("plats", "platser"), ("seat", "seats"))), avsnitt \(ids.joined(separator: ", ")).",
            "Planned \(workshop.id): \(slot.date.longText(.en)) \(slot.start)–\(slot.end), \(slot.place), \(language.count(capacity, ("plats", "platser"), ("seat", "seats"))), sections \(ids.joined(separator: ", "))."))
        context.output.line("  " + workshop.relativePath)
        return .success
    }
}

/// The options that say when and where a workshop is, shared by `pack` and `workshop new`.
enum WorkshopSlotOptions {
    static func slot(_ arguments: ParsedArguments) throws -> WorkshopPack.Slot {
        WorkshopPack.Slot(
            date: try arguments.requiredDate("date"), start: try arguments.requiredTime("start"), end: try arguments.requiredTime("end"),
            place: try arguments.requiredText("place", expected: "the name of a place"), facilitators: arguments.all("facilitator"))
    }
}

/// `forankra workshop list`: planned, held and cancelled workshops.
struct WorkshopListCommand: Command {
    static let spec = CommandSpec(
        name: "workshop list", summary: "List workshops with invited, attended and capacity",
        usage: "forankra workshop list [-w DIR]", options: [.workspace], positionals: .none, details: nil,
        example: "forankra workshop list")

    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws { workspaceOption = arguments.value("workspace") }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let store = try WorkshopStore.read(workspace)
        let language = workspace.settings.language
        guard !store.workshops.isEmpty else {
            context.output.line(language.pick("Inga workshoppar ännu. Planera en med 'forankra workshop new'.", "No workshops yet. Plan one with 'forankra workshop new'."))
            return .success
        }
        context.output.line(context.output.dim(
            OutlineText.pad("Id", 40) + OutlineText.pad(language.pick("Tid", "Time"), 13) + OutlineText.pad("Status", 12)
            + language.pick("Inbjudna  Närvarande  Platser", "Invited  Attended  Seats")))
        for workshop in store.workshops {
            let present = workshop.participants.filter { $0.attendance == .present }.count
            let status = language == .sv ? workshop.status.rawValue : String(describing: workshop.status)
            context.output.line(
                OutlineText.pad(OutlineText.truncate(workshop.id, 39), 40)
                + OutlineText.pad("\(workshop.start.text(language))–\(workshop.end.text(language))", 13) + OutlineText.pad(status, 12)
                + OutlineText.leftPad(String(workshop.participants.count), 8) + OutlineText.leftPad(String(present), 12)
                + OutlineText.leftPad(String(workshop.capacity), 9))
        }
        return .success
    }
}
