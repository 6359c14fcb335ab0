/// `uppfoljning.md`: the programme's promises as a markdown table HR edits by hand, one row per
/// promise and per period of a recurring one. forankra writes it once (`actions init`), adds
/// rows (`actions add`, `actions import`) and changes cells (`actions set`); everything else
/// in the file is HR's and stays as they wrote it.
enum FollowUpTable {
    static let fileName = "uppfoljning.md"
    static let heading = "Åtgärder och mål"
    static let columns = ["Id", "Avsnitt", "Åtgärd eller mål", "Ansvarig", "Klart senast", "Status", "Kommentar", "Underlag"]

    /// The marker `actions init` writes, so another file of the same name (a follow-up list an
    /// earlier version wrote there) is not read as the table.
    static let marker = "forankra: uppföljning av programmets åtgärder och mål"

    static func isTable(_ text: String) -> Bool {
        text.hasPrefix("---") && text.prefix(400).contains(marker)
    }

    /// The owners HR has named at the top of the file (`owners: HR-avdelningen, kommunstyrelsen`):
    /// with the roster's departments and managers, the names a row's 'Ansvarig' may hold, so
    /// a misspelt owner is found instead of counted as an owner of its own.
    static func declaredOwners(_ frontMatter: FrontMatter) -> [String] {
        (frontMatter["owners"] ?? "").split(separator: ",").map(\.trimmedOfSpaces).filter { !$0.isEmpty }
    }

    /// The names in the roster an owner may be: departments, managers' names and ids, lower-cased.
    static func knownOwners(_ roster: RosterFile) -> Set<String> {
        Set(roster.managers.flatMap { [$0.department, $0.name, $0.id] }.filter { !$0.isEmpty }.map { $0.lowercased() })
    }

    /// The owners of the rows, each once, in the order they first come.
    static func owners(of rows: [ActionRow]) -> [String] {
        var seen: Set<String> = []
        return rows.map(\.owner).filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
    }

    static func newFile(_ rows: [ActionRow], programmeTitle: String, period: ProgrammePeriod) -> String {
        var lines = [
            "---",
            marker,
            "period: \(period.firstYear)–\(period.lastYear)",
            "owners: " + owners(of: rows).joined(separator: ", "),
            "---",
            "",
            "# Uppföljning av programmets åtgärder och mål",
            "",
            RecordValue.body("\(programmeTitle). HR fyller i status, kommentar och underlag för varje rad. Status är en av: ej påbörjad, pågår, klar, inte aktuell. Ansvarig är en förvaltning eller chef i chefslistan eller någon av dem som står under owners överst i filen; en ny ansvarig skrivs in där. Att en punkt är försenad räknar forankra ut från datumet, så det skrivs inte här. En återkommande punkt har en rad per period med samma id. Nya rader läggs till med `forankra actions add` eller, ur en åtgärdstabell, `forankra actions import`; `forankra check` kontrollerar tabellen."),
            "",
            "## \(heading)",
            "",
            RecordTable.format(columns),
            "| " + columns.map { _ in "---" }.joined(separator: " | ") + " |",
        ]
        lines += rows.map(row)
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ action: ActionRow) -> String {
        RecordTable.format([action.id, action.section, action.text, action.owner, action.due?.description ?? "", action.status.rawValue,
                            action.comment, action.evidence])
    }

    /// The rows of the file and every problem in them, each with its line. `knownOwners` are the
    /// roster's departments, managers' names and ids (lower-cased); nil leaves owners unchecked.
    static func read(_ text: String, path: String, sections: Set<String>?, knownOwners: Set<String>? = nil)
        -> (rows: [ActionRow], problems: [RecordProblem]) {
        let document: RecordDocument
        do {
            document = try RecordDocument(text: text, path: path)
        } catch {
            return ([], [(error as? ForankraError).map { RecordProblem(.frontMatter, $0, path: path) }
                ?? RecordProblem(.frontMatter, "\(error)", path: path, line: 1)])
        }
        guard let table = document.table(under: [heading]) else {
            return ([], [RecordProblem(.missingField, "the file has no table under '## \(heading)'", path: path, line: 1,
                                       hint: "Write it again with 'forankra actions init' in another folder and copy the table in.")])
        }
        var problems: [RecordProblem] = []
        let index = Dictionary(uniqueKeysWithValues: columns.map { ($0, table.column([$0])) })
        for missing in columns.prefix(6) where index[missing] == nil {
            problems.append(RecordProblem(.missingField, "the table has no column '\(missing)'", path: path, line: table.headerIndex + 1))
        }
        let owners = knownOwners.map { $0.union(declaredOwners(document.frontMatter).map { $0.lowercased() }) }
        var rows: [ActionRow] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            let line = row.index + 1
            func cell(_ name: String) -> String {
                guard let column = index[name] ?? nil, row.cells.indices.contains(column) else { return "" }
                return row.cells[column].trimmingCharacters(in: .whitespaces)
            }
            if row.cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var action = ActionRow(id: cell("Id"), section: cell("Avsnitt"), text: cell("Åtgärd eller mål"), owner: cell("Ansvarig"), due: nil,
                                   status: .notStarted, comment: cell("Kommentar"), evidence: cell("Underlag"), line: line)
            if action.id.isEmpty { problems.append(RecordProblem(.missingField, "the row has no id", path: path, line: line)) }
            if action.text.isEmpty { problems.append(RecordProblem(.missingField, "the row has nothing in 'Åtgärd eller mål'", path: path, line: line)) }
            let dueText = cell("Klart senast")
            if !dueText.isEmpty {
                if let date = CalendarDate(iso: dueText) {
                    action.due = date
                } else {
                    problems.append(RecordProblem(.badDate, "'\(dueText)' in 'Klart senast' is not a date", path: path, line: line))
                }
            }
            let statusText = cell("Status").lowercased()
            if !statusText.isEmpty {
                if let status = ActionRow.Status(rawValue: statusText) {
                    action.status = status
                } else {
                    problems.append(RecordProblem(.badValue, "the status '\(cell("Status"))' is not one of ej påbörjad, pågår, klar, inte aktuell",
                                                  path: path, line: line))
                }
            }
            if let sections, !action.section.isEmpty, !sections.contains(action.section) {
                problems.append(RecordProblem(.unknownSection, "no section '\(action.section)' in the programme", path: path, line: line))
            }
            if let owners, !action.owner.isEmpty, !owners.contains(action.owner.lowercased()) {
                problems.append(RecordProblem(.unknownOwner, "the owner '\(action.owner)' is neither under 'owners' at the top of the file nor a department or manager in the roster",
                                              path: path, line: line))
            }
            let key = action.id + "|" + dueText
            if !action.id.isEmpty, let earlier = seen[key] {
                problems.append(RecordProblem(.badValue, "the id \(action.id) with the date '\(dueText)' is also on line \(earlier)", path: path, line: line,
                                              hint: "A recurring promise has one row per period, each with its own date."))
            }
            seen[key] = line
            rows.append(action)
        }
        return (rows, problems)
    }

    /// The rows for the promises `actions find` gives: one per due date of a recurring one.
    static func rows(for promises: [Promise], period: ProgrammePeriod) -> [ActionRow] {
        promises.flatMap { promise -> [ActionRow] in
            let dueDates: [CalendarDate?] = promise.time?.dueDates(through: period.end).map { Optional($0) } ?? []
            let dates: [CalendarDate?] = dueDates.isEmpty ? [nil] : dueDates
            return dates.map { date in
                ActionRow(id: "A\(promise.number)", section: promise.sectionID, text: promise.text, owner: promise.owner ?? "", due: date,
                          status: .notStarted, comment: "", evidence: "")
            }
        }
    }
}
