/// An action table from an evaluation or a plan, saved from Excel or Word as CSV
/// (`Förbättringsområde; Åtgärd; Start; Klart; Ansvarig`), read into rows of HR's follow-up
/// table. Every problem in the file is found before anything is written.
enum ActionTableImport {
    enum Field: CaseIterable {
        case action, area, section, start, due, owner, status, comment

        /// The headings Swedish action tables use for the field, lower-cased.
        var headings: [String] {
            switch self {
            case .action: return ["åtgärd", "åtgärder", "åtgärd eller mål", "aktivitet", "aktiviteter", "insats", "insatser", "mål"]
            case .area: return ["förbättringsområde", "utvecklingsområde", "fokusområde", "område"]
            case .section: return ["avsnitt"]
            case .start: return ["start", "startdatum", "påbörjas", "från"]
            case .due: return ["klart", "klart senast", "klar senast", "slutdatum", "tidplan", "tidpunkt", "när", "senast", "deadline"]
            case .owner: return ["ansvarig", "ansvariga", "ansvar"]
            case .status: return ["status"]
            case .comment: return ["kommentar", "kommentarer", "anteckning"]
            }
        }
    }

    struct Result {
        var rows: [ActionRow] = []
        /// Promises the table already has (same words, same date): a second import adds nothing.
        var alreadyThere = 0
        var ignoredColumns: [String] = []
        var problems: [ForankraError] = []
    }

    static func read(_ table: CSVTable, path: String, programme: Programme, period: ProgrammePeriod, existing: [ActionRow]) -> Result {
        var result = Result()
        var columns: [Field: Int] = [:]
        for (index, name) in table.header.enumerated() {
            let heading = name.trimmedOfSpaces.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if let field = Field.allCases.first(where: { $0.headings.contains(heading) }), columns[field] == nil {
                columns[field] = index
            } else if !name.trimmedOfSpaces.isEmpty {
                result.ignoredColumns.append(name.trimmedOfSpaces)
            }
        }
        guard columns[.action] != nil else {
            result.problems.append(ForankraError.data("the file has no column for the action ('Åtgärd')", path: path, line: 1,
                                                      hint: "Name the column with the actions 'Åtgärd'; 'Förbättringsområde', 'Klart' and 'Ansvarig' are read too."))
            return result
        }
        let known = Set(existing.map { key($0.text, $0.due) })
        var number = (existing.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1
        for row in table.rows {
            func cell(_ field: Field) -> String {
                columns[field].map { RecordValue.cell(row[$0].trimmedOfSpaces) } ?? ""
            }
            let action = cell(.action)
            let area = cell(.area)
            guard !action.isEmpty else {
                result.problems.append(ForankraError(.dataError, "the row has no action", path: path, location: SourceLocation(line: row.line),
                                                     code: ProblemCode.missingField.rawValue))
                continue
            }
            var section = cell(.section)
            if section.isEmpty, !area.isEmpty { section = Self.section(titled: area, in: programme) ?? "" }
            if !section.isEmpty, !programme.sections.contains(where: { $0.id == section }) {
                result.problems.append(ForankraError(.dataError, "no section '\(section)' in the programme", path: path, location: SourceLocation(line: row.line),
                                                     code: ProblemCode.unknownSection.rawValue))
            }
            // An area that is not a section of the programme stays with the words it belongs to.
            let text = !area.isEmpty && cell(.section).isEmpty && Self.section(titled: area, in: programme) == nil ? "\(area): \(action)" : action
            var dates: [CalendarDate?] = [nil]
            let dueText = cell(.due)
            if !dueText.isEmpty {
                if let time = CalendarDate(iso: dueText).map({ PromiseTime(due: $0, recurrence: nil, phrase: dueText) })
                    ?? PromiseTimeReader.read(dueText, period: period) ?? PromiseTimeReader.read("senast " + dueText, period: period) {
                    dates = time.dueDates(through: period.end)
                    if dates.isEmpty { dates = [time.due] }
                } else {
                    result.problems.append(ForankraError(.dataError, "'\(dueText)' in the column '\(table.header[columns[.due] ?? 0])' is neither a date nor a time forankra understands",
                                                         path: path, location: SourceLocation(line: row.line), code: ProblemCode.badDate.rawValue,
                                                         hint: "Write a date (2027-06-30) or a time such as 'senast 2027', 'hösten 2027', 'juni 2027' or 'årligen'."))
                }
            }
            var status = ActionRow.Status.notStarted
            let statusText = cell(.status)
            if !statusText.isEmpty {
                if let read = Self.status(statusText) {
                    status = read
                } else {
                    result.problems.append(ForankraError(.dataError, "the status '\(statusText)' is not one of ej påbörjad, pågår, klar, inte aktuell",
                                                         path: path, location: SourceLocation(line: row.line), code: ProblemCode.badValue.rawValue))
                }
            }
            let start = cell(.start)
            let comment = [start.isEmpty ? nil : "Start: \(start)", cell(.comment).isEmpty ? nil : cell(.comment)].compactMap { $0 }.joined(separator: ". ")
            let new = dates.filter { !known.contains(key(text, $0)) }
            result.alreadyThere += dates.count - new.count
            guard !new.isEmpty else { continue }
            result.rows += new.map { date in
                ActionRow(id: "A\(number)", section: section, text: text, owner: cell(.owner), due: date, status: status, comment: comment, evidence: "")
            }
            number += 1
        }
        return result
    }

    private static func key(_ text: String, _ due: CalendarDate?) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased() + "|" + (due?.description ?? "")
    }

    /// The section whose title is the area's name or its id ("Ledarskap" lands in section 3),
    /// else the one section whose title holds the area's words ("Arbetsmiljö" in "Arbetsmiljö
    /// och hälsa"); an area two titles share stays unplaced rather than guessed.
    static func section(titled area: String, in programme: Programme) -> String? {
        let wanted = words(area)
        guard !wanted.isEmpty else { return nil }
        if let exact = programme.sections.first(where: { words($0.title) == wanted || $0.id == area }) { return exact.id }
        let holding = programme.sections.filter { section in
            let title = words(section.title)
            return title.count > wanted.count && (0...(title.count - wanted.count)).contains { Array(title[$0..<($0 + wanted.count)]) == wanted }
        }
        return holding.count == 1 ? holding.first?.id : nil
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    /// The statuses action tables write, in their own words.
    static func status(_ text: String) -> ActionRow.Status? {
        let words: [String: ActionRow.Status] = [
            "ej påbörjad": .notStarted, "ej påbörjat": .notStarted, "inte påbörjad": .notStarted, "inte påbörjat": .notStarted, "ej startad": .notStarted,
            "planerad": .notStarted,
            "pågår": .inProgress, "pågående": .inProgress, "påbörjad": .inProgress, "påbörjat": .inProgress, "startad": .inProgress,
            "klar": .done, "klart": .done, "genomförd": .done, "genomfört": .done, "avslutad": .done, "avslutat": .done,
            "inte aktuell": .notApplicable, "inte aktuellt": .notApplicable, "ej aktuell": .notApplicable, "ej aktuellt": .notApplicable, "utgår": .notApplicable,
        ]
        return words[text.trimmedOfSpaces.lowercased()]
    }
}
