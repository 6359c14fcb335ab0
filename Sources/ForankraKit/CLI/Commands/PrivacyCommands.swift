/// `forankra privacy`: the register of personal data in the workspace, and what is past its
/// retention period.
struct PrivacyCommand: Command {
    static let spec = CommandSpec(
        name: "privacy",
        summary: "List the files that hold personal data, what and why, and what is past retention",
        usage: "forankra privacy [-w DIR]",
        options: [.workspace],
        positionals: .none,
        details: """
        The register the GDPR asks for (article 30) as far as the workspace goes: the roster,
        workshops, APT records, and every other file that names a manager on the roster. With
        `retention_months` in forankra.md it lists the records older than that and the managers
        who left before it. Exits 1 when something is past retention; nothing is ever deleted.
        """,
        example: "forankra privacy")

    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let register = try PersonalDataRegister.make(root: workspace.root, today: context.todayInSweden)
        for line in RegisterText.register(register, organisation: workspace.settings.organisation, workspace.settings.language) {
            context.output.line(line)
        }
        return register.expired.isEmpty && register.departed.isEmpty ? .success : .problemsFound
    }
}

/// `forankra roster forget ID`: a person replaced by a pseudonym in every file (GDPR article 17).
struct RosterForgetCommand: Command {
    static let spec = CommandSpec(
        name: "roster forget",
        summary: "Replace a manager's name, e-mail and id with a pseudonym in every file; figures stay",
        usage: "forankra roster forget ID [--dry-run] [--force] [-w DIR]",
        options: [
            .init(name: "dry-run", valueName: nil, help: "Show what would change without writing"),
            .init(name: "force", valueName: nil, help: "Forget a manager who has not left (no end date on the roster)"),
            .workspace,
        ],
        positionals: .one("ID"),
        details: """
        The id, the name and the e-mail address are replaced wherever they stand: the roster,
        workshops, APT records (renamed), printouts and lists. The pseudonym (pseudonym-1, ...)
        stays one person, so every figure is as before. A name shared with another manager is
        changed only in rows that carry the id; files where it may still stand are listed. The
        log logg/personuppgifter.md records what was done without naming the person.
        """,
        example: "forankra roster forget bo.ek")

    var managerID: String
    var dryRun: Bool
    var force: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        managerID = try arguments.onePositional("ID")
        dryRun = arguments.flag("dry-run")
        force = arguments.flag("force")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let today = context.todayInSweden
        return try context.writing(workspace, command: "roster forget") {
            let forgetting = try Forgetting.plan(managerID, in: workspace, today: today, evenIfActive: force)
            if !dryRun { try forgetting.apply(in: workspace, today: today) }
            for line in RegisterText.forgotten(forgetting, dryRun: dryRun, workspace.settings.language) { context.output.line(line) }
            return .success
        }
    }
}
