struct SheetsCommand: Command {
    static let spec = CommandSpec(name: "sheets", summary: "(coming)", usage: "forankra sheets", options: [], positionals: nil, details: nil, example: "forankra sheets")
    init(_ arguments: ParsedArguments, context: RunContext) throws {}
    func run(_ context: RunContext) throws -> ExitCode { .success }
}
