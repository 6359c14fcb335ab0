/// `forankra actions find [FILE]`: the programme's own promises, each quoted with its section,
/// its due date or recurrence and its owner, so HR can start a follow-up table from them.
struct ActionsFindCommand: Command {
    static let spec = CommandSpec(
        name: "actions find",
        summary: "List the programme's measurable promises: numbered points and sentences with a time or a measure, with due dates",
        usage: "forankra actions find [FILE] [--json] [-w DIR]",
        options: [
            .init(name: "json", valueName: nil, help: "Print one JSON object (schema in the README)"),
            .workspace,
        ],
        positionals: .optional("FILE"),
        details: "Without FILE, the workspace's programme. The programme's period comes from its cover (Giltighetstid) or title; a recurring promise (årligen, vartannat år) is due once per period. What has no time in the text is listed as undated, never given a guessed date.",
        example: "forankra actions find programme/personalpolitiskt-program.md")

    var file: String?
    var json: Bool
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        file = arguments.positionals.first.map(context.resolve)
        json = arguments.flag("json")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        var language = context.requestedLanguage ?? .sv
        let path: String
        if let file {
            path = file
        } else {
            let workspace = try context.workspace(workspaceOption)
            path = workspace.programmePath
            language = workspace.settings.language
        }
        let programme = try ProgrammeReader.read(path: path)
        let today = context.todayInSweden
        let period = ProgrammePeriod.read(programme)
        let assumed = period ?? ProgrammePeriod(firstYear: today.year, lastYear: today.year + 3, adopted: nil)
        let promises = PromiseFinder.find(in: programme, period: assumed)
        if json {
            context.output.writeOut(PromiseListText.json(promises, period: assumed, periodFromText: period != nil).rendered())
        } else {
            context.output.writeOut(PromiseListText.render(promises, programme: programme, period: assumed, periodFromText: period != nil,
                                                           path: context.display(path), language: language))
        }
        return .success
    }
}
