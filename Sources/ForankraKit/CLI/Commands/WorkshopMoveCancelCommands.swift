import Foundation

/// `forankra workshop move ID`: a new day, time or place; the invitation follows.
struct WorkshopMoveCommand: Command {
    static let spec = CommandSpec(
        name: "workshop move",
        summary: "Move a planned workshop to another day, time or place; the calendar invitation is updated",
        usage: "forankra workshop move ID [--date YYYY-MM-DD] [--start HH:MM] [--end HH:MM] [--place TEXT] [-w DIR]",
        options: [
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The new day"),
            .init(name: "start", valueName: "HH:MM", help: "The new start time"),
            .init(name: "end", valueName: "HH:MM", help: "The new end time"),
            .init(name: "place", valueName: "TEXT", help: "The new place"),
            .workspace,
        ],
        positionals: .one("ID"),
        details: """
        The workshop keeps its id and its calendar UID, and packs/ID/inbjudan.ics is written again
        with a higher SEQUENCE, so the calendars of those invited move the meeting they have.
        """,
        example: "forankra workshop move 2026-02-03 --date 2026-02-10 --place 'Folkets hus'")

    var workshopID: String
    var date: CalendarDate?
    var start: ClockTime?
    var end: ClockTime?
    var place: String?
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workshopID = try arguments.onePositional("ID")
        date = try arguments.date("date")
        start = try arguments.value("start").map { _ in try arguments.requiredTime("start") }
        end = try arguments.value("end").map { _ in try arguments.requiredTime("end") }
        place = try arguments.value("place").map { _ in try arguments.requiredText("place", expected: "the name of a place") }
        guard date != nil || start != nil || end != nil || place != nil else {
            throw UsageError.other("give at least one of --date, --start, --end and --place", command: Self.spec)
        }
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        let today = context.todayInSweden
        return try context.writing(workspace, command: "workshop move") {
            let roster = try RosterStore.read(workspace)
            let workshop = try WorkshopStore.read(workspace).workshop(workshopID)
            guard workshop.status == .planned else {
                throw ForankraError(.dataError, "only a planned workshop can be moved; this one is '\(workshop.status.rawValue)'", path: workshop.relativePath)
            }
            var editing = try WorkshopEditing(workshop, in: workspace)
            if let date { try editing.document.setField("date", date.description) }
            if let start { try editing.document.setField("start", start.description) }
            if let end { try editing.document.setField("end", end.description) }
            if let place { try editing.document.setField("place", place) }
            try editing.write(in: workspace, rules: RecordRules(roster: roster, programme: nil, rolloutStart: nil, today: today))
            let moved = try WorkshopStore.read(workspace).workshop(workshop.id)
            context.output.line(language.pick(
                "Flyttade \(moved.id) till \(moved.date.longText(.sv)) kl. \(moved.start.text(.sv))–\(moved.end.text(.sv)), \(moved.place).",
                "Moved \(moved.id) to \(moved.date.longText(.en)) \(moved.start)–\(moved.end), \(moved.place)."))
            guard let written = try InvitationFile.rewrite(moved, workspace: workspace, roster: roster, stamp: context.today) else { return .success }
            let version = try WorkshopStore.read(workspace).workshop(moved.id).sequence + 1
            context.output.line(language.pick(
                "Ny inbjudan, version \(version): \(context.display(written.path)). Skicka den till de inbjudna.",
                "New invitation, version \(version): \(context.display(written.path)). Send it to those invited."))
            return .success
        }
    }
}

/// `forankra workshop cancel ID`: the workshop is called off and the calendars are told.
struct WorkshopCancelCommand: Command {
    static let spec = CommandSpec(
        name: "workshop cancel",
        summary: "Cancel a planned workshop; the invitation becomes a cancellation",
        usage: "forankra workshop cancel ID [-w DIR]",
        options: [.workspace],
        positionals: .one("ID"),
        details: """
        Sets the status to inställd and writes packs/ID/inbjudan.ics as a cancellation
        (METHOD:CANCEL with an organizer in forankra.md), so the meeting leaves the calendars.
        Those invited can then be invited to another workshop.
        """,
        example: "forankra workshop cancel 2026-02-03")

    var workshopID: String
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workshopID = try arguments.onePositional("ID")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "workshop cancel") {
            let roster = try RosterStore.read(workspace)
            let workshop = try WorkshopStore.read(workspace).workshop(workshopID)
            guard workshop.status == .planned else {
                throw ForankraError(.dataError, "only a planned workshop can be cancelled; this one is '\(workshop.status.rawValue)'", path: workshop.relativePath)
            }
            var editing = try WorkshopEditing(workshop, in: workspace)
            try editing.setStatus(.cancelled)
            try editing.write(in: workspace, rules: RecordRules(roster: roster, programme: nil, rolloutStart: nil, today: context.todayInSweden))
            let cancelled = try WorkshopStore.read(workspace).workshop(workshop.id)
            let invited = workshop.participants.count
            guard let written = try InvitationFile.rewrite(cancelled, workspace: workspace, roster: roster, stamp: context.today) else {
                context.output.line(language.pick("\(workshop.id) är inställd.", "\(workshop.id) is cancelled."))
                return .success
            }
            context.output.line(language.pick(
                "\(workshop.id) är inställd. Avbokningen för kalendrarna: \(context.display(written.path)). Skicka den till "
                    + (invited == 1 ? "den inbjudna." : "de \(invited) inbjudna."),
                "\(workshop.id) is cancelled. The cancellation for the calendars: \(context.display(written.path)). Send it to "
                    + (invited == 1 ? "the one invited." : "the \(invited) invited.")))
            return .success
        }
    }
}
