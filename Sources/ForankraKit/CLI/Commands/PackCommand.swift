struct PackCommand: Command {
    static let spec = CommandSpec(name: "pack", summary: "(coming)", usage: "forankra pack", options: [], positionals: nil, details: nil, example: "forankra pack")
    init(_ arguments: ParsedArguments, context: RunContext) throws {}
    func run(_ context: RunContext) throws -> ExitCode { .success }
}
