/// Merges a CSV export into the roster. Nobody is ever deleted: who is gone from the export
/// gets an end date and becomes inactive, so history stays whole.
struct RosterImport {
    struct Summary: Equatable {
        var added: [Manager] = []
        var changed: [(before: Manager, after: Manager)] = []
        var inactivated: [Manager] = []
        var unchanged = 0
        var ignoredColumns: [String] = []

        static func == (lhs: Summary, rhs: Summary) -> Bool {
            lhs.added == rhs.added && lhs.inactivated == rhs.inactivated && lhs.unchanged == rhs.unchanged
                && lhs.changed.map(\.after) == rhs.changed.map(\.after)
        }

        var hasChanges: Bool { !added.isEmpty || !changed.isEmpty || !inactivated.isEmpty }
    }

    /// One manager as the export describes them, with the line it came from.
    struct Entry {
        var name: String
        var email: String
        var department: String
        var unit: String
        var staff: Int?
        var from: CalendarDate?
        var to: CalendarDate?
        var line: Int
    }

    static func entries(of table: CSVTable, columns: RosterColumns, path: String) throws -> [Entry] {
        var entries: [Entry] = []
        var problems: [ForankraError] = []
        var emails: [String: Int] = [:]
        for row in table.rows {
            func value(_ field: RosterField) -> String {
                guard let index = columns.index[field], index < row.fields.count else { return "" }
                return RecordValue.cleaned(row.fields[index])
            }
            let name = value(.name).isEmpty ? [value(.firstName), value(.lastName)].filter { !$0.isEmpty }.joined(separator: " ") : value(.name)
            let fail = { (message: String, hint: String?) in
                problems.append(ForankraError.data("row \(row.number): \(message)", path: path, line: row.line, hint: hint))
            }
            if name.isEmpty { fail("the manager has no name", nil) }
            if value(.department).isEmpty { fail("\(name.isEmpty ? "the manager" : name) has no department (förvaltning)", nil) }
            let email = value(.email)
            if !email.isEmpty {
                if !email.contains("@") || email.contains(" ") { fail("'\(email)' is not an e-mail address", nil) }
                if let earlier = emails[email.lowercased()] {
                    fail("the e-mail \(email) is also on line \(earlier)", "Each manager needs an e-mail of their own; correct the export.")
                }
                emails[email.lowercased()] = row.line
            }
            var staff: Int?
            let staffText = value(.staff).replacingOccurrences(of: " ", with: "")
            if !staffText.isEmpty {
                if let count = Int(staffText), count >= 0 { staff = count } else { fail("'\(value(.staff))' is not a number of staff", "Write a whole number, e.g. 14.") }
            }
            func date(_ field: RosterField) -> CalendarDate? {
                let text = value(field)
                guard !text.isEmpty else { return nil }
                let day = CalendarDate(iso: String(text.prefix(10)))
                if day == nil { let wording = ValueWording.notADate(text); fail(wording.message, wording.hint) }
                return day
            }
            entries.append(Entry(name: name, email: email, department: value(.department), unit: value(.unit), staff: staff, from: date(.from), to: date(.to), line: row.line))
        }
        if table.rows.isEmpty {
            problems.append(.data("the file holds a header but no managers", path: path, line: 1))
        }
        if let first = problems.first {
            var combined = first
            if problems.count > 1 {
                combined.message += " (and \(problems.count - 1) more problem\(problems.count == 2 ? "" : "s"))"
                combined.hint = problems.dropFirst().prefix(20).map { "line \($0.location?.line ?? 0): \($0.message)" }.joined(separator: "\n  ")
            }
            throw combined
        }
        return entries
    }

    /// The roster after the import, and what changed.
    static func merge(_ entries: [Entry], into roster: RosterFile, on day: CalendarDate) -> (RosterFile, Summary) {
        var managers = roster.managers
        var summary = Summary()
        var seen = Set<Int>()
        var usedIDs = Set(managers.map(\.id))
        // Indexes instead of a search per entry, which took seconds for a roster of thousands.
        var byEmail: [String: [Int]] = [:]
        var byNameAndDepartment: [String: [Int]] = [:]
        for index in managers.indices {
            byEmail[managers[index].email.lowercased(), default: []].append(index)
            byNameAndDepartment[managers[index].name + "\n" + managers[index].department, default: []].append(index)
        }
        for entry in entries {
            let candidates = entry.email.isEmpty
                ? byNameAndDepartment[entry.name + "\n" + entry.department, default: []] : byEmail[entry.email.lowercased(), default: []]
            let match = candidates.first { !seen.contains($0) }
            if let index = match {
                seen.insert(index)
                let before = managers[index]
                var after = before
                after.name = entry.name
                after.email = entry.email.isEmpty ? before.email : entry.email
                after.department = entry.department
                after.unit = entry.unit
                after.staff = entry.staff ?? before.staff
                after.from = entry.from ?? before.from
                after.to = entry.to
                if after != before {
                    managers[index] = after
                    summary.changed.append((before, after))
                } else {
                    summary.unchanged += 1
                }
            } else {
                var id = Manager.baseID(email: entry.email, name: entry.name)
                if usedIDs.contains(id) {
                    var counter = 2
                    while usedIDs.contains("\(id)\(counter)") { counter += 1 }
                    id = "\(id)\(counter)"
                }
                usedIDs.insert(id)
                let manager = Manager(
                    id: id, name: entry.name, email: entry.email, department: entry.department, unit: entry.unit,
                    staff: entry.staff, from: entry.from ?? day, to: entry.to)
                managers.append(manager)
                seen.insert(managers.count - 1)
                summary.added.append(manager)
            }
        }
        for index in managers.indices where !seen.contains(index) && managers[index].to == nil {
            managers[index].to = day
            summary.inactivated.append(managers[index])
        }
        return (RosterFile(managers: managers), summary)
    }
}
