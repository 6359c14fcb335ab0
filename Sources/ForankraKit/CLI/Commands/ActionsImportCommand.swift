import Foundation

/// `forankra actions import FILE.csv`: an action table from an evaluation or a plan, added to
/// `uppfoljning.md`. A second import of the same table adds nothing.
struct ActionsImportCommand: Command {
    static let spec = CommandSpec(
        name: "actions import",
        summary: "Add the rows of an action table (CSV with Swedish headings) to uppfoljning.md",
        usage: "forankra actions import FILE.csv [--dry-run] [-w DIR]",
        options: [
            .init(name: "dry-run", valueName: nil, help: "Show what would be added without writing"),
            .workspace,
        ],
        positionals: .one("FILE.csv"),
        details: """
        Reads the columns Åtgärd (required), Förbättringsområde, Avsnitt, Start, Klart, Ansvarig,
        Status and Kommentar, in any order. Klart may be a date or a time such as 'senast 2027',
        'hösten 2027' or 'årligen'. A row already in the table (same words, same date) is skipped.
        """,
        example: "forankra actions import atgardsplan.csv")

    var file: String
    var dryRun: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        file = context.resolve(try arguments.onePositional("FILE.csv"))
        dryRun = arguments.flag("dry-run")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let shown = context.display(file)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ForankraError(.noInput, "no such file", path: shown)
        }
        let table = try CSVReader.read(data, path: shown)
        let programme = try ProgrammeReader.read(path: workspace.programmePath)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "actions import") {
            let store = FollowUpStore(workspace: workspace)
            var (document, existing) = try store.read(sections: Set(programme.sections.map(\.id)))
            let period = FollowUpStore.period(of: document, programme: programme, today: context.todayInSweden)
            let result = ActionTableImport.read(table, path: shown, programme: programme, period: period, existing: existing)
            if var first = result.problems.first {
                first.details = Array(result.problems.dropFirst())
                throw first
            }
            let ids = result.rows.map(\.id).reduce(into: [String]()) { if $0.last != $1 { $0.append($1) } }
            if !dryRun, !result.rows.isEmpty {
                guard let tableInFile = document.table(under: [FollowUpTable.heading]) else {
                    throw ForankraError.data("the file has no table under '## \(FollowUpTable.heading)'", path: FollowUpTable.fileName)
                }
                document.insertLines(result.rows.map(FollowUpTable.row), at: tableInFile.endIndex)
                // Owners the imported table names are meant: they join the declared owners.
                var declared = FollowUpTable.declaredOwners(document.frontMatter)
                let known = store.knownOwners ?? []
                for owner in FollowUpTable.owners(of: result.rows)
                where !known.contains(owner.lowercased()) && !declared.contains(where: { $0.lowercased() == owner.lowercased() }) {
                    declared.append(owner)
                }
                if declared != FollowUpTable.declaredOwners(document.frontMatter) {
                    try document.setField("owners", declared.joined(separator: ", "))
                }
                try store.write(document)
            }
            let range = ids.count > 1 ? "\(ids[0])–\(ids[ids.count - 1])" : ids.first ?? ""
            let promises = language.count(ids.count, ("punkt", "punkter"), ("promise", "promises"))
            let rows = language.count(result.rows.count, ("rad", "rader"), ("row", "rows"))
            if ids.isEmpty {
                context.output.line(language.pick("Inget nytt i \(shown): uppfoljning.md har redan alla dess punkter.",
                                                  "Nothing new in \(shown): uppfoljning.md already has all its promises."))
            } else if dryRun {
                context.output.line(language.pick("Skulle lägga till \(promises) (\(range)) på \(rows) i uppfoljning.md från \(shown); inget är skrivet.",
                                                  "Would add \(promises) (\(range)) on \(rows) to uppfoljning.md from \(shown); nothing written."))
            } else {
                context.output.line(language.pick("La till \(promises) (\(range)) på \(rows) i uppfoljning.md från \(shown).",
                                                  "Added \(promises) (\(range)) on \(rows) to uppfoljning.md from \(shown)."))
            }
            for id in ids {
                let periods = result.rows.filter { $0.id == id }
                guard let row = periods.first else { continue }
                var facts = [row.section.isEmpty ? nil : language.pick("avsnitt \(row.section)", "section \(row.section)"),
                             periods.count > 1 ? language.pick("\(periods.count) perioder från \(row.due?.description ?? "")", "\(periods.count) periods from \(row.due?.description ?? "")")
                                               : row.due?.description,
                             row.owner.isEmpty ? nil : row.owner].compactMap { $0 }
                if facts.isEmpty { facts = [language.pick("utan datum", "undated")] }
                context.output.line("  \(id) (\(facts.joined(separator: ", "))): \(row.text)")
            }
            if result.alreadyThere > 0 {
                context.output.line(language.pick("\(language.count(result.alreadyThere, ("rad", "rader"), ("", ""))) fanns redan och hoppades över.",
                                                  "\(language.count(result.alreadyThere, ("", ""), ("row was", "rows were"))) already there and skipped."))
            }
            if !result.ignoredColumns.isEmpty {
                context.output.line(language.pick("Lästes inte: kolumnerna \(result.ignoredColumns.joined(separator: ", ")).",
                                                  "Not read: the columns \(result.ignoredColumns.joined(separator: ", "))."))
            }
            return .success
        }
    }
}
