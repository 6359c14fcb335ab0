import Foundation

/// Turning returned sheets and form rows into APT records.
enum AptImport {
    typealias Located = (record: AptRecord, location: (path: String, line: Int))

    /// One file to import: where it is, and how messages name it.
    struct Source {
        var path: String
        var shown: String
    }

    /// Reads every file, judges every record as `check` would, and writes them all, or none
    /// when any file, row or record has a problem. Returns the records written.
    static func record(_ sources: [Source], context: AptStore.Context, anotherGroup: Bool) throws -> [AptRecord] {
        var planned: [AptStore.Planned] = []
        var problems: [ForankraError] = []
        var located: [Located] = []
        for source in sources {
            guard let data = FileManager.default.contents(atPath: source.path) else {
                throw ForankraError(.noInput, "no such file", path: source.shown)
            }
            located += source.path.lowercased().hasSuffix(".csv")
                ? try fromForms(data, path: source.shown, context: context, problems: &problems)
                : try fromSheet(data, path: source.shown, context: context, problems: &problems)
        }
        // Only the meetings these records could repeat are read, not the whole history.
        let folders = AptStore.YearFolders(context.workspace, days: located.map(\.record.date))
        var meetings = AptMeetings(try AptStore.records(ofMeetings: located.map { ($0.record.managerID, $0.record.date) }, in: context.workspace, folders: folders))
        for (record, location) in located {
            let plan = AptStore.plan(record, in: context, meetings: meetings, anotherGroup: anotherGroup)
            for problem in plan.problems {
                problems += RecordProblem.refusal([problem], at: location).map { [$0] } ?? []
            }
            meetings.add(plan.record)
            planned.append(plan)
        }
        if !problems.isEmpty {
            var first = problems[0]
            if problems.count > 1 {
                first = ForankraError(.dataError, "nothing was recorded: \(problems.count) problems")
                first.details = problems
            }
            throw first
        }
        for plan in planned { try AptStore.write(plan, in: context.workspace, folders: folders) }
        return planned.map(\.record)
    }

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
