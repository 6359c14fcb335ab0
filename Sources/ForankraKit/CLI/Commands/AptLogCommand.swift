/// `forankra apt log`: an APT reported back by a manager, recorded from the command line.
struct AptLogCommand: Command {
    static let spec = CommandSpec(
        name: "apt log",
        summary: "Record an APT that a manager has held",
        usage: "forankra apt log --manager ID --section S [--section S2] --date YYYY-MM-DD --participants N [--unit TEXT] [--note TEXT] [--commitment 'what; who; YYYY-MM-DD' ...] [--question TEXT ...] [--force] [-w DIR]",
        options: [
            .init(name: "manager", valueName: "ID", help: "The manager, by roster id"),
            .init(name: "section", valueName: "S", repeatable: true, help: "Programme section taken up; repeat for several"),
            .init(name: "date", valueName: "YYYY-MM-DD", help: "The day of the meeting"),
            .init(name: "participants", valueName: "N", help: "How many took part"),
            .init(name: "unit", valueName: "TEXT", help: "The unit (default: the manager's unit on the roster)"),
            .init(name: "note", valueName: "TEXT", help: "The most important thing they concluded"),
            .init(name: "commitment", valueName: "WHAT; WHO; DATE", repeatable: true, help: "A commitment; who and date may be left out"),
            .init(name: "question", valueName: "TEXT", repeatable: true, help: "A question to HR"),
            .init(name: "force", valueName: nil, help: "Record it even if the same APT is already recorded"),
            .workspace,
        ],
        positionals: nil, details: nil,
        example: "forankra apt log --manager anna.lindqvist --section 5 --date 2026-03-10 --participants 14 --commitment 'Se över rastschemat; Lena Berg; 2026-04-30'")

    var record: AptRecord
    var unitGiven: Bool
    var force: Bool
    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        let dateText = try arguments.required("date")
        guard let date = CalendarDate(iso: dateText) else {
            throw UsageError.badValue("--date", dateText, expected: "a real date as YYYY-MM-DD", command: Self.spec)
        }
        let participantsText = try arguments.required("participants")
        guard let participants = Int(participantsText), participants >= 0 else {
            throw UsageError.badValue("--participants", participantsText, expected: "a whole number, 0 or more", command: Self.spec)
        }
        let sections = arguments.list("section")
        guard !sections.isEmpty else { throw UsageError.missingOption("--section", command: Self.spec) }
        let manager = try arguments.required("manager")
        var commitments: [AptRecord.Commitment] = []
        for text in arguments.all("commitment") {
            let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let what = parts.first, !what.isEmpty, parts.count <= 3 else {
                throw UsageError.badValue("--commitment", text, expected: "'what; who; YYYY-MM-DD'", command: Self.spec)
            }
            var due: CalendarDate?
            if parts.count == 3, !parts[2].isEmpty {
                guard let date = CalendarDate(iso: parts[2]) else {
                    throw UsageError.badValue("--commitment", text, expected: "a real date as YYYY-MM-DD after the second ';'", command: Self.spec)
                }
                due = date
            }
            commitments.append(.init(what: what, who: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, due: due, done: false, line: 0))
        }
        record = AptRecord(
            path: AptRecord.relativePath(date: date, managerID: manager, sections: sections),
            date: date, managerID: manager, unit: arguments.value("unit") ?? "", sections: sections,
            participants: participants, conclusion: arguments.value("note") ?? "", commitments: commitments,
            questions: arguments.all("question").map { .init(text: $0, answered: false, line: 0) }, source: "apt log")
        unitGiven = arguments.value("unit") != nil
        force = arguments.flag("force")
        self.arguments = arguments
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(arguments)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "apt log") {
            let store = try AptStore.read(workspace)
            let aptContext = AptStore.Context(
                workspace: workspace, roster: try RosterStore.read(workspace),
                programme: try ProgrammeReader.read(path: workspace.programmePath), today: context.todayInSweden)
            var record = self.record
            if !unitGiven { record.unit = aptContext.roster.manager(id: record.managerID)?.unit ?? "" }
            let problems = AptStore.problems(with: record, in: aptContext, existing: store.records, force: force)
            if let first = problems.first {
                throw ForankraError(.dataError, problems.count == 1 ? first : problems.joined(separator: "; "),
                                    hint: first.hasPrefix("no manager") ? "See 'forankra roster list' for the ids." : nil)
            }
            let path = try AptStore.write(record, in: aptContext)
            context.output.line(language.pick(
                "Registrerade APT \(record.date) för \(record.managerID) (\(record.unit)), avsnitt \(record.sections.joined(separator: ", ")), \(record.participants) deltagare: \(path)",
                "Recorded APT \(record.date) for \(record.managerID) (\(record.unit)), sections \(record.sections.joined(separator: ", ")), \(record.participants) participants: \(path)"))
            return .success
        }
    }
}
