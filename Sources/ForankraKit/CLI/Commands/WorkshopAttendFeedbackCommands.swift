/// `forankra workshop attend ID --present …`: who came.
struct WorkshopAttendCommand: Command {
    static let spec = CommandSpec(
        name: "workshop attend",
        summary: "Record attendance: present, excused (apologies sent) or absent",
        usage: "forankra workshop attend ID [--present ID,...] [--excused ID,...] [--absent ID,...] [-w DIR]",
        options: [
            .init(name: "present", valueName: "ID,...", repeatable: true, help: "Managers who came (added if they were not invited)"),
            .init(name: "excused", valueName: "ID,...", repeatable: true, help: "Managers who sent apologies"),
            .init(name: "absent", valueName: "ID,...", repeatable: true, help: "Managers who did not come"),
            .workspace,
        ],
        positionals: .one("ID"),
        details: "Editing the Närvaro column of the workshop file by hand works the same.",
        example: "forankra workshop attend 2026-02-03 --present anna.lindqvist,ali.hussein --excused sara.ekstrom")

    var workshopID: String
    var changes: [(String, Workshop.Attendance)]
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workshopID = try arguments.onePositional("ID")
        changes = arguments.list("present").map { ($0, .present) } + arguments.list("excused").map { ($0, .excused) }
            + arguments.list("absent").map { ($0, .absent) }
        guard !changes.isEmpty else { throw UsageError.other("give at least one of --present, --excused and --absent", command: Self.spec) }
        let ids = changes.map(\.0)
        if let twice = ids.first(where: { id in ids.filter { $0 == id }.count > 1 }) {
            throw UsageError.other("\(twice) is given more than once", command: Self.spec)
        }
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "workshop attend") {
            let roster = try RosterStore.read(workspace)
            let workshop = try WorkshopStore.read(workspace).workshop(workshopID)
            try WorkshopTiming.requireHeld(workshop, today: context.todayInSweden, what: "attendance")
            try roster.requireManagers(changes.map(\.0))
            var editing = try WorkshopEditing(workshop, in: workspace)
            for (id, attendance) in changes {
                let manager = roster.manager(id: id)
                let participant = workshop.participant(id)
                    ?? Workshop.Participant(managerID: id, name: manager?.name ?? id, department: manager?.department ?? "", attendance: attendance, line: 0)
                try editing.setAttendance(attendance, for: participant)
            }
            if workshop.status == .planned && changes.contains(where: { $0.1 == .present }) {
                try editing.setStatus(.held)
            }
            try editing.write(in: workspace, rules: RecordRules(roster: roster, programme: nil, rolloutStart: nil, today: context.todayInSweden))
            let updated = try WorkshopStore.read(workspace).workshop(workshop.id)
            let count = { (kind: Workshop.Attendance) in updated.participants.filter { $0.attendance == kind }.count }
            context.output.line(language.pick(
                "\(workshop.id): \(count(.present)) närvarande, \(count(.excused)) med förhinder, \(count(.absent)) frånvarande, \(count(.invited)) utan besked.",
                "\(workshop.id): \(count(.present)) present, \(count(.excused)) excused, \(count(.absent)) absent, \(count(.invited)) not yet marked."))
            return .success
        }
    }
}

/// `forankra workshop feedback ID --text …`: what a participant said.
struct WorkshopFeedbackCommand: Command {
    static let spec = CommandSpec(
        name: "workshop feedback",
        summary: "Record feedback on a workshop; anonymous unless --by is given",
        usage: "forankra workshop feedback ID --text TEXT [--rating 1-5] [--tags a,b] [--anonymous | --by ID] [-w DIR]",
        options: [
            .init(name: "text", valueName: "TEXT", help: "What was said, in the participant's words"),
            .init(name: "rating", valueName: "1-5", help: "Overall rating, 1 (poor) to 5 (very good)"),
            .init(name: "tags", valueName: "a,b", repeatable: true, help: "Short themes for the report, e.g. tidsbrist,bra-samtal"),
            .init(name: "anonymous", valueName: nil, help: "Store no name (the default)"),
            .init(name: "by", valueName: "ID", help: "The manager who gave it, by roster id"),
            .workspace,
        ],
        positionals: .one("ID"),
        details: "Anonymous feedback is stored without name, date or number, in its own section sorted by content, so nobody can tell from the file who gave it or in what order. Reports show free text only from anonymous feedback.",
        example: "forankra workshop feedback 2026-02-03 --rating 4 --tags tidsbrist --text 'Bra samtal, för lite tid.'")

    var workshopID: String
    var text: String
    var rating: Int?
    var tags: [String]
    var by: String?
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workshopID = try arguments.onePositional("ID")
        text = try arguments.requiredText("text", expected: "what was said")
        rating = try arguments.integer("rating", in: 1...5)
        tags = arguments.list("tags")
        by = arguments.value("by")
        if by != nil && arguments.flag("anonymous") { throw UsageError.other("give either --anonymous or --by, not both", command: Self.spec) }
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "workshop feedback") {
            let workshop = try WorkshopStore.read(workspace).workshop(workshopID)
            try WorkshopTiming.requireHeld(workshop, today: context.todayInSweden, what: "feedback")
            let roster = try RosterStore.read(workspace)
            if let by { try roster.requireManagers([by]) }
            var editing = try WorkshopEditing(workshop, in: workspace)
            // An anonymous answer gets no date and no number: the day it was typed in, or its place
            // among the named answers, could point to who gave it.
            let feedback = Workshop.Feedback(date: by == nil ? nil : context.todayInSweden, by: by, rating: rating, tags: tags, text: text, line: 0)
            let number = workshop.feedback.filter { $0.by != nil }.count + 1
            editing.append(feedback, number: number)
            try editing.write(in: workspace, rules: RecordRules(roster: roster, programme: nil, rolloutStart: nil, today: context.todayInSweden))
            context.output.line(by == nil
                ? language.pick("Anonym återkoppling sparad i \(workshop.relativePath), utan namn, datum och nummer.",
                                "Anonymous feedback saved in \(workshop.relativePath), without name, date or number.")
                : language.pick("Återkoppling \(number) sparad i \(workshop.relativePath).", "Feedback \(number) saved in \(workshop.relativePath)."))
            return .success
        }
    }
}
