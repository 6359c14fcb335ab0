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
        positionals: "[ID]",
        details: "Writes an .ics invitation per workshop to packs/ID/inbjudan.ics, for Outlook or Google Calendar.",
        example: "forankra workshop invite --auto")

    enum Target {
        case managers([String])
        case department(String)
        case automatic
    }

    var workshopID: String?
    var target: Target
    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        let managers = arguments.list("managers")
        let department = arguments.value("department")
        let chosen = [!managers.isEmpty, department != nil, arguments.flag("auto")].filter { $0 }.count
        guard chosen == 1 else { throw UsageError.other("give exactly one of --managers, --department and --auto", command: Self.spec) }
        if arguments.flag("auto") {
            guard arguments.positionals.isEmpty else { throw UsageError.other("--auto places managers in every planned workshop; give no workshop id", command: Self.spec) }
            target = .automatic
        } else {
            workshopID = try arguments.onePositional("the workshop ID")
            target = department.map(Target.department) ?? .managers(managers)
        }
        self.arguments = arguments
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(arguments)
        let today = context.todayInSweden
        let language = workspace.settings.language
        return try context.writing(workspace, command: "workshop invite") {
            let roster = try RosterStore.read(workspace)
            let store = try WorkshopStore.read(workspace)
            let placements = try self.placements(roster: roster, store: store, today: today)
            let byWorkshop = Dictionary(grouping: placements.placed, by: \.workshopID)
            for workshop in store.workshops where byWorkshop[workshop.id] != nil {
                var editing = try WorkshopEditing(workshop, in: workspace)
                let added = byWorkshop[workshop.id, default: []].map {
                    Workshop.Participant(managerID: $0.manager.id, name: $0.manager.name, department: $0.manager.department, attendance: .invited, line: 0)
                }
                try editing.add(added)
                try editing.write(in: workspace)
                let updated = try WorkshopStore.read(workspace).workshop(workshop.id)
                let path = try InvitationFile.write(updated, workspace: workspace, roster: roster, stamp: context.today)
                let departments = Set(added.map(\.department)).count
                context.output.line(language.pick(
                    "\(workshop.id): \(added.count) inbjudna från \(departments) förvaltningar, \(updated.participants.count) av \(updated.capacity) platser. Inbjudan: \(context.display(path))",
                    "\(workshop.id): \(added.count) invited from \(departments) departments, \(updated.participants.count) of \(updated.capacity) seats. Invitation: \(context.display(path))"))
            }
            if placements.placed.isEmpty {
                context.output.line(language.pick("Ingen ny att bjuda in.", "Nobody new to invite."))
            }
            if !placements.unplaced.isEmpty {
                context.output.line(language.pick(
                    "\(placements.unplaced.count) chefer fick inte plats: planera fler workshopar eller höj kapaciteten.",
                    "\(placements.unplaced.count) managers did not fit: plan more workshops or raise the capacity."))
            }
            return .success
        }
    }

    private func placements(roster: RosterFile, store: WorkshopStore, today: CalendarDate) throws -> (placed: [AutoInvitation.Placement], unplaced: [Manager]) {
        switch target {
        case .automatic:
            let open = store.workshops.filter { $0.status == .planned }
            guard !open.isEmpty else {
                throw ForankraError(.dataError, "there is no planned workshop to invite to", hint: "Plan one with 'forankra workshop new'.")
            }
            // Who sent apologies or stayed away is still to reach and is invited again; who came,
            // whose invitation is still open (attendance not yet recorded), or who is already on a
            // planned workshop's list, is not.
            let settled = Set(store.workshops.filter { $0.status != .cancelled }.flatMap { workshop in
                workshop.participants.filter { workshop.status == .planned || $0.attendance == .present || $0.attendance == .invited }.map(\.managerID)
            })
            let waiting = roster.managers.filter { $0.isActive(on: today) && !settled.contains($0.id) }
            let result = AutoInvitation.place(waiting, into: open)
            return (result.placements, result.unplaced)
        case .managers(let ids):
            let workshop = try store.workshop(workshopID ?? "")
            try roster.requireManagers(ids)
            let managers = ids.compactMap(roster.manager(id:)).filter { workshop.participant($0.id) == nil }
            return try fit(managers, into: workshop)
        case .department(let name):
            let workshop = try store.workshop(workshopID ?? "")
            let managers = roster.managers.filter {
                $0.isActive(on: today) && $0.department.localizedCaseInsensitiveContains(name) && workshop.participant($0.id) == nil
            }
            guard !managers.isEmpty else { throw ForankraError(.dataError, "no active manager not yet invited in a department matching '\(name)'") }
            return try fit(managers, into: workshop)
        }
    }

    private func fit(_ managers: [Manager], into workshop: Workshop) throws -> (placed: [AutoInvitation.Placement], unplaced: [Manager]) {
        let free = workshop.capacity - workshop.participants.count
        guard managers.count <= free else {
            throw ForankraError(.dataError, "\(managers.count) managers do not fit: \(workshop.id) has \(max(free, 0)) free seats of \(workshop.capacity)",
                                path: workshop.relativePath, hint: "Raise capacity in the file, or invite fewer.")
        }
        return (managers.map { AutoInvitation.Placement(workshopID: workshop.id, manager: $0) }, [])
    }
}

/// packs/ID/inbjudan.ics, made again from the record whenever the invitations change.
enum InvitationFile {
    static func write(_ workshop: Workshop, workspace: Workspace, roster: RosterFile, stamp: Date) throws -> String {
        let folder = workspace.packsFolder + "/" + workshop.id
        try AtomicFile.makeFolder(folder)
        let invitation = workshop.invitation(organisation: workspace.settings.organisation, roster: roster, stamp: stamp, language: workspace.settings.language)
        let path = folder + "/inbjudan.ics"
        try AtomicFile.write(ICalendarWriter.render(invitation), to: path)
        return path
    }
}
