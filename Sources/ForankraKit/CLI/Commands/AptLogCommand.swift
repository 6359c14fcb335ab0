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
            .init(name: "force", valueName: nil, help: "The same manager, day and section is already recorded: record this as a further group that day"),
            .workspace,
        ],
        positionals: .none,
        details: "The APT is checked by the same rules as 'forankra check' before it is written.",
        example: "forankra apt log --manager anna.lindqvist --section 5 --date 2026-03-10 --participants 14 --commitment 'Se över rastschemat; Lena Berg; 2026-04-30'")

    var record: AptRecord
    var unitGiven: Bool
    var anotherGroup: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        let date = try arguments.requiredDate("date")
        let participants = try arguments.requiredInteger("participants", in: AptRecord.participantRange)
        let sections = arguments.list("section")
        guard !sections.isEmpty else { throw UsageError.missingOption("--section", command: Self.spec) }
        let manager = try arguments.required("manager")
        let commitments = try arguments.all("commitment").map { try Self.commitment($0, arguments) }
        record = AptRecord(
            path: AptRecord.relativePath(date: date, managerID: manager, sections: sections),
            date: date, managerID: manager, unit: arguments.value("unit") ?? "", sections: sections,
            participants: participants, conclusion: arguments.value("note") ?? "", commitments: commitments,
            questions: arguments.all("question").map { .init(text: $0, answered: false, line: 0) }, source: "apt log")
        unitGiven = arguments.value("unit") != nil
        anotherGroup = arguments.flag("force")
        workspaceOption = arguments.value("workspace")
    }

    /// "Se över rastschemat; Lena Berg; 2026-04-30": who and the date may be left out.
    private static func commitment(_ text: String, _ arguments: ParsedArguments) throws -> AptRecord.Commitment {
        let parts = text.split(separator: ";", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let what = parts.first, !what.isEmpty, parts.count <= 3 else {
            throw UsageError.badValue("--commitment", text, expected: "'what; who; YYYY-MM-DD'", command: spec)
        }
        let due = parts.count == 3 && !parts[2].isEmpty ? try arguments.date(parts[2], of: text, option: "commitment", placement: "after the second ';'") : nil
        return .init(what: what, who: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, due: due, done: false, line: 0)
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "apt log") {
            let folders = AptStore.YearFolders(workspace, days: [record.date])
            folders.startListing(record.date.year)
            let versions = try workspace.readProgrammeVersions()
            let aptContext = AptStore.Context(
                workspace: workspace, roster: try RosterStore.read(workspace, onlyManager: record.managerID),
                programme: versions.current, today: context.todayInSweden, revision: versions.revision)
            var record = self.record
            if !unitGiven { record.unit = aptContext.roster.manager(id: record.managerID)?.unit ?? "" }
            let meetings = AptMeetings(try AptStore.records(ofMeetings: [(record.managerID, record.date)], in: workspace, folders: folders))
            let planned = AptStore.plan(record, in: aptContext, meetings: meetings, anotherGroup: anotherGroup)
            if let refusal = RecordProblem.refusal(planned.problems) { throw refusal }
            try AptStore.write(planned, in: workspace, folders: folders)
            record = planned.record
            context.output.line(language.pick(
                "Registrerade APT \(record.date) för \(record.managerID) (\(record.unit)), avsnitt \(record.sections.joined(separator: ", ")), \(record.participants) deltagare: \(record.path)",
                "Recorded APT \(record.date) for \(record.managerID) (\(record.unit)), sections \(record.sections.joined(separator: ", ")), \(record.participants) participants: \(record.path)"))
            return .success
        }
    }
}
