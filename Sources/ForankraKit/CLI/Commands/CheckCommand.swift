/// `forankra check`: validates the whole workspace and reports every problem at once.
struct CheckCommand: Command {
    static let spec = CommandSpec(
        name: "check",
        summary: "Check every record of the workspace and list all problems",
        usage: "forankra check [--json] [-w DIR]",
        options: [
            .init(name: "json", valueName: nil, help: "Print the problems as JSON"),
            .workspace,
        ],
        positionals: .none,
        details: "Exit 0 when all is well, 1 when there are problems. Each problem is `path:line: error: [CODE] message`, as compilers print them; the codes are listed in the README.",
        example: "forankra check")

    var json: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        json = arguments.flag("json")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let root = try context.workspaceRoot(workspaceOption)
        let check = try WorkspaceCheck.run(root: root, today: context.todayInSweden, keeping: [], collecting: .none)
        let report = CheckReport(check)
        // Asked for on the command line or by the locale, else the workspace's own language.
        let wording = context.requestedLanguage ?? InterfaceLanguage.locale(context.environment) ?? check.language
        context.output.writeOut(json ? report.json().rendered() : report.text(wording))
        return report.exitCode
    }
}
