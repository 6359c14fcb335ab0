import Foundation

/// `forankra actions init`: writes `uppfoljning.md`, the follow-up table of the programme's
/// promises, once; HR keeps it from then on.
struct ActionsInitCommand: Command {
    static let spec = CommandSpec(
        name: "actions init",
        summary: "Write uppfoljning.md: the programme's promises as a table HR keeps, one row per promise and period",
        usage: "forankra actions init [-w DIR]",
        options: [.workspace],
        positionals: .none,
        details: "Never replaces an existing uppfoljning.md; add rows with 'forankra actions add'.",
        example: "forankra actions init")

    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let store = FollowUpStore(workspace: workspace)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "actions init") {
            guard !store.exists else {
                throw ForankraError(.cannotWrite, "\(FollowUpTable.fileName) already exists; forankra never replaces it", path: FollowUpTable.fileName,
                                    hint: "Add rows with 'forankra actions add', or change one with 'forankra actions set'.")
            }
            let programme = try ProgrammeReader.read(path: workspace.programmePath)
            let period = FollowUpStore.period(of: nil, programme: programme, today: context.todayInSweden)
            let promises = PromiseFinder.find(in: programme, period: period)
            let rows = FollowUpTable.rows(for: promises, period: period)
            try AtomicFile.write(FollowUpTable.newFile(rows, programmeTitle: programme.title, period: period),
                                 to: try workspace.recordPath(FollowUpTable.fileName))
            context.output.line(language.pick(
                "Skrev \(FollowUpTable.fileName): \(language.count(promises.count, ("punkt", "punkter"), ("", ""))) på \(language.count(rows.count, ("rad", "rader"), ("", ""))), programperiod \(period.firstYear)–\(period.lastYear).",
                "Wrote \(FollowUpTable.fileName): \(language.count(promises.count, ("", ""), ("promise", "promises"))) on \(language.count(rows.count, ("", ""), ("row", "rows"))), programme period \(period.firstYear)–\(period.lastYear)."))
            return .success
        }
    }
}

/// `forankra actions add`: a promise the programme's text does not state, as new rows.
struct ActionsAddCommand: Command {
    enum Every: String, CaseIterable {
        case year, otherYear = "other-year", quarter, month

        var recurrence: PromiseTime.Recurrence {
            switch self {
            case .year: return .yearly
            case .otherYear: return .everyOtherYear
            case .quarter: return .quarterly
            case .month: return .monthly
            }
        }
    }

    static let spec = CommandSpec(
        name: "actions add",
        summary: "Add a promise to uppfoljning.md: one row, or one per period with --every",
        usage: "forankra actions add --text TEXT [--section S] [--owner NAME] [--due YYYY-MM-DD] [--every year|other-year|quarter|month] [-w DIR]",
        options: [
            .init(name: "text", valueName: "TEXT", help: "The promise, as it should be read"),
            .init(name: "section", valueName: "S", help: "The programme section it belongs to"),
            .init(name: "owner", valueName: "NAME", help: "Who is responsible"),
            .init(name: "due", valueName: "YYYY-MM-DD", help: "The date it is to be done by (with --every: the first date)"),
            .init(name: "every", valueName: "year|other-year|quarter|month", help: "A recurring promise: one row per period up to the end of the programme's period"),
            .workspace,
        ],
        positionals: .none,
        details: nil,
        example: "forankra actions add --text 'Chefsdag om programmet' --owner HR-avdelningen --due 2027-03-31")

    var text: String
    var section: String
    var owner: String
    var due: CalendarDate?
    var every: Every?
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        text = RecordValue.cell(try arguments.requiredText("text", expected: "the promise"))
        section = arguments.value("section") ?? ""
        owner = arguments.value("owner") ?? ""
        due = try arguments.date("due")
        every = try arguments.choice("every", as: Every.self)
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let programme = try ProgrammeReader.read(path: workspace.programmePath)
        let sections = Set(programme.sections.map(\.id))
        if !section.isEmpty, !sections.contains(section) {
            throw ForankraError(.dataError, "no section '\(section)' in the programme", code: ProblemCode.unknownSection.rawValue,
                                hint: "Use a section id from the programme ('forankra outline').")
        }
        let language = workspace.settings.language
        return try context.writing(workspace, command: "actions add") {
            let store = FollowUpStore(workspace: workspace)
            var (document, rows) = try store.read(sections: sections)
            let period = FollowUpStore.period(of: document, programme: programme, today: context.todayInSweden)
            let number = (rows.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
            var dates: [CalendarDate?] = [due]
            if let every {
                let first = due ?? period.firstDue(every.recurrence)
                dates = PromiseTime(due: first, recurrence: every.recurrence, phrase: "").dueDates(through: period.end)
            }
            let new = dates.map { date in
                ActionRow(id: "A\(number)", section: section, text: text, owner: owner, due: date, status: .notStarted, comment: "", evidence: "")
            }
            guard let table = document.table(under: [FollowUpTable.heading]) else {
                throw ForankraError.data("the file has no table under '## \(FollowUpTable.heading)'", path: FollowUpTable.fileName)
            }
            document.insertLines(new.map(FollowUpTable.row), at: table.endIndex)
            // The owner HR names here is meant, not misspelt: it joins the declared owners.
            let declared = FollowUpTable.declaredOwners(document.frontMatter)
            if !owner.isEmpty, !declared.contains(where: { $0.lowercased() == owner.lowercased() }),
               !(store.knownOwners ?? []).contains(owner.lowercased()) {
                try document.setField("owners", (declared + [owner]).joined(separator: ", "))
            }
            try store.write(document)
            context.output.line(language.pick(
                "La till A\(number) i \(FollowUpTable.fileName) (\(language.count(new.count, ("rad", "rader"), ("", "")))).",
                "Added A\(number) to \(FollowUpTable.fileName) (\(language.count(new.count, ("", ""), ("row", "rows"))))."))
            return .success
        }
    }
}

/// `forankra actions set ID`: the status, comment or evidence of one row, as HR follows it up.
struct ActionsSetCommand: Command {
    static let spec = CommandSpec(
        name: "actions set",
        summary: "Set the status, comment or evidence of a promise in uppfoljning.md",
        usage: "forankra actions set ID [--due YYYY-MM-DD] [--status STATUS] [--comment TEXT] [--evidence PATH] [-w DIR]",
        options: [
            .init(name: "due", valueName: "YYYY-MM-DD", help: "Which period of a recurring promise (its date in the table)"),
            .init(name: "status", valueName: "STATUS", help: "'ej påbörjad', 'pågår', 'klar' or 'inte aktuell'"),
            .init(name: "comment", valueName: "TEXT", help: "What HR knows about it"),
            .init(name: "evidence", valueName: "PATH", help: "A file in the workspace that shows it (a report, minutes)"),
            .workspace,
        ],
        positionals: .one("ID"),
        details: "Late is not a status: a promise whose date has passed and that is not done counts as late in status, report and followup.",
        example: "forankra actions set A3 --due 2026-12-31 --status klar --evidence underlag/personalbokslut-2026.pdf")

    var id: String
    var due: CalendarDate?
    var status: ActionRow.Status?
    var comment: String?
    var evidence: String?
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        id = try arguments.onePositional("the promise's ID")
        due = try arguments.date("due")
        if let text = arguments.value("status") {
            let english: [String: ActionRow.Status] = ["not-started": .notStarted, "in-progress": .inProgress, "done": .done, "not-applicable": .notApplicable]
            guard let status = ActionRow.Status(rawValue: text.lowercased()) ?? english[text.lowercased()] else {
                throw UsageError.badValue("--status", text, expected: "ej påbörjad, pågår, klar or inte aktuell", command: Self.spec)
            }
            self.status = status
        }
        comment = arguments.value("comment")
        evidence = arguments.value("evidence")
        workspaceOption = arguments.value("workspace")
        guard status != nil || comment != nil || evidence != nil else {
            throw UsageError.other("give at least one of --status, --comment and --evidence", command: Self.spec)
        }
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        if let evidence {
            let full = workspace.root + "/" + evidence
            guard !evidence.hasPrefix("/"), ContainedPath.isInside(full, folder: workspace.root), FileManager.default.fileExists(atPath: full) else {
                throw ForankraError.data("the evidence '\(evidence)' is not a file in the workspace", hint: "Put the file in the workspace and give its path from there.")
            }
        }
        return try context.writing(workspace, command: "actions set") {
            let store = FollowUpStore(workspace: workspace)
            var (document, rows) = try store.read(sections: nil)
            let matching = rows.filter { $0.id == id }
            guard !matching.isEmpty else {
                throw ForankraError(.usage, "no promise '\(id)' in \(FollowUpTable.fileName)", hint: "The ids are in the table's first column ('forankra actions find' lists the promises).")
            }
            let chosen = due.map { date in matching.filter { $0.due == date } } ?? matching
            guard chosen.count == 1, var row = chosen.first else {
                let dates = matching.map { $0.due?.description ?? "" }.joined(separator: ", ")
                throw ForankraError(.usage, chosen.isEmpty ? "\(id) has no row with that date" : "\(id) recurs; give the period with --due",
                                    hint: "Its dates: \(dates).")
            }
            if let status { row.status = status }
            if let comment { row.comment = comment }
            if let evidence { row.evidence = evidence }
            document.replaceLine(at: row.line - 1, with: FollowUpTable.row(row))
            try store.write(document)
            context.output.line(language.pick(
                "\(id)\(row.due.map { " (\($0))" } ?? ""): \(row.status.text(language))",
                "\(id)\(row.due.map { " (\($0))" } ?? ""): \(row.status.text(language))"))
            return .success
        }
    }
}
