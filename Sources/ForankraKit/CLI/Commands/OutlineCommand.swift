/// `forankra outline FILE`: how the programme text was understood, so HR can check it before
/// printing anything.
struct OutlineCommand: Command {
    static let spec = CommandSpec(
        name: "outline",
        summary: "Show how the programme text was understood: sections, key statements, themes",
        usage: "forankra outline FILE [--json] [--lang sv|en]",
        options: [
            .init(name: "json", valueName: nil, help: "Print one JSON object (schema in the README)"),
            .language, .templates,
        ],
        positionals: .one("FILE"),
        details: "FILE is the programme as the file HR has it: a Word file (.docx), an OpenDocument text (.odt), a PDF (.pdf), a saved web page (.html), markdown (.md) or text copied out of one of them (.txt).",
        example: "forankra outline programme/personalpolitiskt-program.txt")

    var file: String
    var json: Bool
    var language: Language
    var templates: TemplateSource

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        file = context.resolve(try arguments.onePositional("the programme FILE"))
        json = arguments.flag("json")
        language = try arguments.language()
        templates = try TemplateSource.find(override: arguments.value("templates"), from: context.folder)
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let programme = try ProgrammeReader.read(path: file)
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: try templates.themeLexicon())
        let displayPath = context.display(file)
        if json {
            context.output.writeOut(OutlineJSON.render(analysis, path: displayPath).rendered())
        } else {
            context.output.writeOut(OutlineText.render(analysis, path: displayPath, language: language, output: context.output))
        }
        return .success
    }
}
