import Foundation

/// `forankra roster import FILE.csv`: the managers from an HR-system or Excel export.
struct RosterImportCommand: Command {
    static let spec = CommandSpec(
        name: "roster import",
        summary: "Import managers from a CSV export (HR system or Excel); re-import updates them",
        usage: "forankra roster import FILE.csv [--map COLUMN=FIELD ...] [--dry-run] [-w DIR]",
        options: [
            .init(name: "map", valueName: "COLUMN=FIELD", repeatable: true,
                  help: "Say which column holds a field: name, firstname, lastname, email, department, unit, staff, from, to"),
            .init(name: "dry-run", valueName: nil, help: "Show what would change without writing"),
            .workspace,
        ],
        positionals: .one("FILE.csv"),
        details: """
        Reads ; , or tab separated files in UTF-8 (with or without BOM) or Windows-1252. Managers are
        matched by e-mail (else name and department). Who is missing from the file is marked as
        gone from today (history is kept); nobody is deleted.
        """,
        example: "forankra roster import chefer.csv --map 'Org.enhet=unit'")

    var file: String
    var mapping: [String: RosterField]
    var dryRun: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        file = context.resolve(try arguments.onePositional("FILE.csv"))
        var mapping: [String: RosterField] = [:]
        for pair in arguments.all("map") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let field = RosterField.field(named: parts[1]) else {
                throw UsageError.badValue("--map", pair, expected: "COLUMN=FIELD with FIELD one of " + RosterField.allCases.map(\.rawValue).joined(separator: ", "), command: Self.spec)
            }
            mapping[parts[0]] = field
        }
        self.mapping = mapping
        dryRun = arguments.flag("dry-run")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ForankraError(.noInput, "no such file", path: context.display(file))
        }
        let shown = context.display(file)
        let table = try CSVReader.read(data, path: shown)
        let columns = try RosterColumns.match(header: table.header, mapping: mapping, path: shown)
        let entries = try RosterImport.entries(of: table, columns: columns, path: shown)
        let today = context.todayInSweden
        return try context.writing(workspace, command: "roster import") {
            let existing = try RosterStore.read(workspace)
            var (roster, summary) = RosterImport.merge(entries, into: existing, on: today)
            summary.ignoredColumns = columns.ignored
            let language = workspace.settings.language
            if summary.hasChanges && !dryRun {
                let source = URL(fileURLWithPath: file).lastPathComponent
                if FileManager.default.fileExists(atPath: workspace.rosterPath) {
                    // Edited in place, not rendered anew: rendering threw away every note HR had written in the file.
                    var (document, style) = try workspace.openRecord("roster/chefer.md")
                    try RosterFile.apply(summary, to: &document, source: source, on: today)
                    try workspace.save(document, style: style)
                } else {
                    try AtomicFile.write(roster.render(importedFrom: source, on: today), to: workspace.rosterPath)
                }
            }
            RosterSummaryText.print(summary, roster: roster, dryRun: dryRun, language: language, output: context.output)
            return .success
        }
    }
}

/// `forankra roster list`: who is on the roster.
struct RosterListCommand: Command {
    static let spec = CommandSpec(
        name: "roster list",
        summary: "List the managers on the roster",
        usage: "forankra roster list [--department NAME] [--all] [-w DIR]",
        options: [
            .init(name: "department", valueName: "NAME", help: "Only this department (förvaltning); part of the name is enough"),
            .init(name: "all", valueName: nil, help: "Include managers who have left"),
            .workspace,
        ],
        positionals: .none,
        details: nil,
        example: "forankra roster list --department social")

    var department: String?
    var includeGone: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        department = arguments.value("department")
        includeGone = arguments.flag("all")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let today = context.todayInSweden
        let roster = try RosterStore.read(workspace)
        let language = workspace.settings.language
        let shown = roster.managers.filter { manager in
            (includeGone || manager.isActive(on: today) || (manager.from.map { $0 > today } ?? false))
                && (department.map { manager.department.localizedCaseInsensitiveContains($0) } ?? true)
        }
        if shown.isEmpty {
            context.output.line(language.pick("Inga chefer att visa.", "No managers to show."))
            return .success
        }
        let byDepartment = Dictionary(grouping: shown, by: \.department)
        for name in byDepartment.keys.sorted() {
            let managers = byDepartment[name, default: []].sorted { $0.name < $1.name }
            context.output.line(context.output.bold("\(name) (\(managers.count))"))
            for manager in managers {
                // Long values are cut so the columns stay apart; a unit name may hold a line break.
                let unit = manager.unit.replacingOccurrences(of: "\n", with: " ")
                var line = "  " + OutlineText.pad(OutlineText.truncate(manager.id, 23), 24) + OutlineText.pad(OutlineText.truncate(manager.name, 25), 26)
                    + OutlineText.pad(OutlineText.truncate(unit, 29), 30)
                line += manager.staff.map { language.pick("\($0) medarb.", "\($0) staff") } ?? ""
                if let to = manager.to, to <= today { line += language.pick("  slutade \(to)", "  left \(to)") }
                context.output.line(line)
            }
        }
        return .success
    }
}

/// What an import did, as the HR person wants to see it.
enum RosterSummaryText {
    static func print(_ summary: RosterImport.Summary, roster: RosterFile, dryRun: Bool, language: Language, output: Output) {
        let active = roster.managers.filter { $0.to == nil }.count
        output.line(language.pick(
            "\(dryRun ? "Provkörning, inget skrevs. " : "")\(summary.added.count) nya, \(summary.changed.count) ändrade, \(summary.inactivated.count) har slutat, \(summary.unchanged) oförändrade. \(active) aktiva chefer.",
            "\(dryRun ? "Dry run, nothing written. " : "")\(summary.added.count) added, \(summary.changed.count) changed, \(summary.inactivated.count) gone, \(summary.unchanged) unchanged. \(active) active managers."))
        for manager in summary.added.prefix(10) { output.line("  + \(manager.id) (\(manager.name), \(manager.department))") }
        if summary.added.count > 10 { output.line(language.pick("  … och \(summary.added.count - 10) till", "  … and \(summary.added.count - 10) more")) }
        for change in summary.changed.prefix(10) { output.line("  ~ \(change.after.id): " + differences(change.before, change.after).joined(separator: ", ")) }
        for manager in summary.inactivated { output.line("  - \(manager.id) (\(manager.name))" + language.pick(" finns inte i filen; markerad som slutad", " is not in the file; marked as gone")) }
        if !summary.ignoredColumns.isEmpty {
            output.line(language.pick("Kolumner som inte används: ", "Columns not used: ") + summary.ignoredColumns.joined(separator: ", "))
        }
    }

    static func differences(_ before: Manager, _ after: Manager) -> [String] {
        var parts: [String] = []
        if before.name != after.name { parts.append("\(before.name) → \(after.name)") }
        if before.email != after.email { parts.append("\(before.email) → \(after.email)") }
        if before.department != after.department { parts.append("\(before.department) → \(after.department)") }
        if before.unit != after.unit { parts.append("\(before.unit) → \(after.unit)") }
        if before.staff != after.staff { parts.append("\(before.staff.map(String.init) ?? "–") → \(after.staff.map(String.init) ?? "–")") }
        if before.to != after.to { parts.append(after.to.map { "to \($0)" } ?? "back") }
        return parts
    }
}
