struct DemoCommand: Command {
    static let spec = CommandSpec(name: "demo", summary: "(coming)", usage: "forankra demo", options: [], positionals: nil, details: nil, example: "forankra demo")
    init(_ arguments: ParsedArguments, context: RunContext) throws {}
    func run(_ context: RunContext) throws -> ExitCode { .success }
}
