import Foundation

/// `forankra apt import FILE...`: returned APT sheets (.md) or a forms export (.csv).
struct AptImportCommand: Command {
    static let spec = CommandSpec(
        name: "apt import",
        summary: "Record APTs from returned sheets (.md) or a forms export (.csv)",
        usage: "forankra apt import FILE... [--force] [-w DIR]",
        options: [
            .init(name: "force", valueName: nil, help: "Record an APT already recorded for the same manager, day and section as a further group that day"),
            .workspace,
        ],
        positionals: .oneOrMore("FILE"),
        details: """
        A returned sheet is the APT sheet with its last part, "Återrapport till HR", filled in.
        A forms export has one row per APT with columns such as Datum, Chef, Enhet, Avsnitt and
        Antal deltagare. Nothing is recorded unless every file and row can be read, and every
        APT passes the same rules as 'forankra check'.
        """,
        example: "forankra apt import inkorg/*.md")

    var files: [String]
    var anotherGroup: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        files = arguments.positionalPaths(in: context.folder)
        anotherGroup = arguments.flag("force")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        return try context.writing(workspace, command: "apt import") {
            let versions = try workspace.readProgrammeVersions()
            let aptContext = AptStore.Context(
                workspace: workspace, roster: try RosterStore.read(workspace),
                programme: versions.current, today: context.todayInSweden, revision: versions.revision)
            let sources = files.map { AptImport.Source(path: $0, shown: context.display($0)) }
            let written = try AptImport.record(sources, context: aptContext, anotherGroup: anotherGroup)
            for record in written { context.output.line("  " + record.path) }
            context.output.line(language.pick(
                "Registrerade \(written.count) APT:er från \(files.count) fil\(files.count == 1 ? "" : "er").",
                "Recorded \(written.count) APT\(written.count == 1 ? "" : "s") from \(files.count) file\(files.count == 1 ? "" : "s")."))
            return .success
        }
    }
}
