import Foundation

/// `forankra workshop invite`: who is invited to which workshop, and the calendar invitation.
struct WorkshopInviteCommand: Command {
    static let spec = CommandSpec(
        name: "workshop invite",
        summary: "Invite managers to a workshop (or --auto: everyone not yet reached and not yet invited, across all planned workshops)",
        usage: "forankra workshop invite ID (--managers ID,... | --department NAME) | forankra workshop invite --auto [-w DIR]",
        options: [
            .init(name: "managers", valueName: "ID,...", repeatable: true, help: "Managers by roster id"),
            .init(name: "department", valueName: "NAME", help: "Every active manager of a department (part of the name is enough)"),
            .init(name: "auto", valueName: nil, help: "Place every active manager not yet reached into planned workshops, mixing departments; who sent apologies or did not come is invited again"),
            .workspace,
        ],
        positionals: .optional("ID"),
        details: "Writes an .ics invitation per workshop to packs/ID/inbjudan.ics, for Outlook or Google Calendar.",
        example: "forankra workshop invite --auto")

    var request: InvitationRequest
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        let managers = arguments.list("managers")
        let department = arguments.value("department")
        let chosen = [!managers.isEmpty, department != nil, arguments.flag("auto")].filter { $0 }.count
        guard chosen == 1 else { throw UsageError.other("give exactly one of --managers, --department and --auto", command: Self.spec) }
        if arguments.flag("auto") {
            guard arguments.positionals.isEmpty else { throw UsageError.other("--auto places managers in every planned workshop; give no workshop id", command: Self.spec) }
            request = .automatic
        } else {
            let workshopID = try arguments.onePositional("the workshop ID (or --auto)")
            request = department.map { .department($0, workshopID: workshopID) } ?? .managers(managers, workshopID: workshopID)
        }
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let today = context.todayInSweden
        let language = workspace.settings.language
        return try context.writing(workspace, command: "workshop invite") {
            let roster = try RosterStore.read(workspace)
            let store = try WorkshopStore.read(workspace)
            // Only for the section titles in the invitation; the file numbers stand in without it.
            let programme = try? ProgrammeReader.read(path: workspace.programmePath)
            let placements = try request.placements(roster: roster, store: store, today: today)
            let byWorkshop = Dictionary(grouping: placements.placed, by: \.workshopID)
            for workshop in store.workshops where byWorkshop[workshop.id] != nil {
                var editing = try WorkshopEditing(workshop, in: workspace)
                let added = byWorkshop[workshop.id, default: []].map {
                    Workshop.Participant(managerID: $0.manager.id, name: $0.manager.name, department: $0.manager.department, attendance: .invited, line: 0)
                }
                try editing.add(added)
                try editing.write(in: workspace, rules: RecordRules(roster: roster, programme: nil, rolloutStart: nil, today: today))
                let updated = try WorkshopStore.read(workspace).workshop(workshop.id)
                let written = try InvitationFile.write(updated, workspace: workspace, roster: roster, stamp: context.today, programme: programme)
                let departments = Set(added.map(\.department)).count
                context.output.line(language.pick(
                    "\(workshop.id): \(added.count) \(added.count == 1 ? "inbjuden" : "inbjudna") från \(departments) \(departments == 1 ? "förvaltning" : "förvaltningar"), \(updated.participants.count) av \(updated.capacity) platser. Inbjudan: \(context.display(written.path))",
                    "\(workshop.id): \(added.count) invited from \(departments) \(departments == 1 ? "department" : "departments"), \(updated.participants.count) of \(updated.capacity) seats. Invitation: \(context.display(written.path))"))
            }
            if placements.placed.isEmpty {
                context.output.line(language.pick("Ingen ny att bjuda in.", "Nobody new to invite."))
            }
            if !placements.unplaced.isEmpty {
                context.output.line(language.pick(
                    language.count(placements.unplaced.count, ("chef", "chefer"), ("manager", "managers")) + " fick inte plats: planera fler workshoppar eller höj kapaciteten.",
                    "\(placements.unplaced.count) managers did not fit: plan more workshops or raise the capacity."))
            }
            return .success
        }
    }
}
