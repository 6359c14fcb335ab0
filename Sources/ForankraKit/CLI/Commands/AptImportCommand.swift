import Foundation

/// `forankra apt import FILE...`: returned APT sheets (.md) or a forms export (.csv).
struct AptImportCommand: Command {
    static let spec = CommandSpec(
        name: "apt import",
        summary: "Record APTs from returned sheets (.md) or a forms export (.csv)",
        usage: "forankra apt import FILE... [--force] [-w DIR]",
        options: [
            .init(name: "force", valueName: nil, help: "Record APTs even if the same one is already recorded"),
            .workspace,
        ],
        positionals: "FILE...",
        details: """
        A returned sheet is the APT sheet with its last part, "Återrapport till HR", filled in.
        A forms export has one row per APT with columns such as Datum, Chef, Enhet, Avsnitt and
        Antal deltagare. Nothing is recorded unless every file and row can be read.
        """,
        example: "forankra apt import inkorg/*.md")

    var files: [String]
    var force: Bool
    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        guard !arguments.positionals.isEmpty else { throw UsageError.missingArgument("the FILE to import", command: Self.spec) }
        files = arguments.positionals.map(context.resolve)
        force = arguments.flag("force")
        self.arguments = arguments
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(arguments)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "apt import") {
            let aptContext = AptStore.Context(
                workspace: workspace, roster: try RosterStore.read(workspace),
                programme: try ProgrammeReader.read(path: workspace.programmePath), today: context.todayInSweden)
            var existing = try AptStore.read(workspace).records
            var planned: [AptRecord] = []
            var problems: [ForankraError] = []
            for file in files {
                let shown = context.display(file)
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw ForankraError(.noInput, "no such file", path: shown)
                }
                let records = file.lowercased().hasSuffix(".csv")
                    ? try AptImport.fromForms(data, path: shown, context: aptContext, problems: &problems)
                    : try AptImport.fromSheet(data, path: shown, context: aptContext, problems: &problems)
                for (record, location) in records {
                    for problem in AptStore.problems(with: record, in: aptContext, existing: existing + planned, force: force) {
                        problems.append(.data(problem, path: location.path, line: location.line))
                    }
                    planned.append(record)
                }
            }
            if !problems.isEmpty {
                var first = problems[0]
                if problems.count > 1 {
                    first.message = "nothing was recorded: \(problems.count) problems"
                    first.path = nil
                    first.location = nil
                    first.hint = problems.map { $0.description }.joined(separator: "\n  ")
                }
                throw first
            }
            for record in planned {
                let path = try AptStore.write(record, in: aptContext)
                existing.append(record)
                context.output.line("  " + path)
            }
            context.output.line(language.pick(
                "Registrerade \(planned.count) APT:er från \(files.count) fil\(files.count == 1 ? "" : "er").",
                "Recorded \(planned.count) APT\(planned.count == 1 ? "" : "s") from \(files.count) file\(files.count == 1 ? "" : "s")."))
            return .success
        }
    }
}

/// Turning returned sheets and form rows into APT records.
enum AptImport {
    typealias Located = (record: AptRecord, location: (path: String, line: Int))

    static func fromSheet(_ data: Data, path: String, context: AptStore.Context, problems: inout [ForankraError]) throws -> [Located] {
        let text = try TextDecoding.decode(data, path: path).text
        let found = ReturnedSheetReader.problems(text: text, path: path, today: context.today)
        guard found.isEmpty else {
            problems += found
            return []
        }
        let sheet = try ReturnedSheetReader.read(text: text, path: path, today: context.today)
        let manager: Manager
        switch ManagerResolver(roster: context.roster).resolve(manager: sheet.manager, unit: sheet.unit) {
        case .found(let found): manager = found
        case .unknown(let message):
            problems.append(.data(message, path: path, hint: "Write the manager's name or roster id in the Chef field, or fix the name on the roster."))
            return []
        }
        let record = AptRecord(
            path: AptRecord.relativePath(date: sheet.date, managerID: manager.id, sections: sheet.sectionIDs),
            date: sheet.date, managerID: manager.id, unit: sheet.unit ?? manager.unit, sections: sheet.sectionIDs,
            participants: sheet.participants, conclusion: sheet.conclusion ?? "",
            commitments: sheet.commitments.map { .init(what: $0.what, who: $0.who, due: $0.due, done: false, line: 0) },
            questions: sheet.questionsToHR.map { .init(text: $0, answered: false, line: 0) },
            source: URL(fileURLWithPath: path).lastPathComponent)
        return [(record, (path, 1))]
    }

    static func fromForms(_ data: Data, path: String, context: AptStore.Context, problems: inout [ForankraError]) throws -> [Located] {
        let rows = try FormsExport.rows(of: try CSVReader.read(data, path: path), path: path)
        let resolver = ManagerResolver(roster: context.roster)
        var located: [Located] = []
        for row in rows {
            func fail(_ message: String, hint: String? = nil) {
                problems.append(.data("row \(row.number): \(message)", path: path, line: row.line, hint: hint))
            }
            let dateText = row.values[.date] ?? ""
            guard let date = SwedishDate.parse(dateText, today: context.today) else {
                fail("the date '\(dateText)' could not be read", hint: "Write dates as YYYY-MM-DD.")
                continue
            }
            guard case .count(let participants) = ParticipantCount(row.values[.participants] ?? "") else {
                fail("'\(row.values[.participants] ?? "")' is not a number of participants", hint: "Write the number in digits.")
                continue
            }
            let sections = SectionNumbers.read(row.values[.section] ?? "")
            if sections.isEmpty { fail("no section in '\(row.values[.section] ?? "")'"); continue }
            let written = [row.values[.manager], row.values[.respondent]].compactMap { $0 }.first { !$0.isEmpty }
            guard case .found(let manager) = resolver.resolve(manager: written, unit: row.values[.unit]) else {
                fail("could not tell which manager '\(written ?? row.values[.unit] ?? "")' is", hint: "Check the name against 'forankra roster list'.")
                continue
            }
            let record = AptRecord(
                path: AptRecord.relativePath(date: date, managerID: manager.id, sections: sections),
                date: date, managerID: manager.id, unit: row.values[.unit].flatMap { $0.isEmpty ? nil : $0 } ?? manager.unit,
                sections: sections, participants: participants, conclusion: row.values[.conclusion] ?? "",
                commitments: lines(row.values[.commitments]).map { commitment($0, after: date) },
                questions: lines(row.values[.questions]).map { .init(text: $0, answered: false, line: 0) },
                source: URL(fileURLWithPath: path).lastPathComponent + " rad \(row.number)")
            located.append((record, (path, row.line)))
        }
        return located
    }

    private static func lines(_ text: String?) -> [String] {
        (text ?? "").split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .map { $0.hasPrefix("- ") ? String($0.dropFirst(2)) : $0 }
            .filter { !$0.isEmpty && !["-", "–", "inga", "nej", "none"].contains($0.lowercased()) }
    }

    /// "Se över schemat; Lena; 31/5" in a form answer, like --commitment on the command line.
    private static func commitment(_ text: String, after date: CalendarDate) -> AptRecord.Commitment {
        let parts = text.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        let due = parts.count > 2 ? SwedishDate.parse(parts[2], onOrAfter: date) : nil
        return .init(what: parts.first ?? text, who: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil, due: due, done: false, line: 0)
    }
}
