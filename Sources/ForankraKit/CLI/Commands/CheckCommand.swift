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
        positionals: nil,
        details: "Exit 0 when all is well, 1 when there are problems. Each problem is `path:line: CODE message`; the codes are listed in the README.",
        example: "forankra check")

    var json: Bool
    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        if let extra = arguments.positionals.first {
            throw UsageError.other("check takes no arguments, but got '\(extra)'", command: Self.spec)
        }
        json = arguments.flag("json")
        self.arguments = arguments
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let root = try Workspace.locateRoot(explicit: arguments.value("workspace"), context: context)
        let report = CheckReport(try WorkspaceCheck.run(root: root, today: context.todayInSweden))
        context.output.writeOut(json ? report.json().rendered() : report.text())
        return report.exitCode
    }
}
