/// `forankra diff OLD NEW`: what a revised programme changed, section by section, so HR can
/// tell the workplaces what is new instead of sending the whole text round again.
struct DiffCommand: Command {
    static let spec = CommandSpec(
        name: "diff",
        summary: "Compare two versions of a programme section by section: changed, new, removed, moved",
        usage: "forankra diff OLD NEW [--json]",
        options: [
            .init(name: "json", valueName: nil, help: "Print one JSON object (schema in the README)"),
        ],
        positionals: .two("OLD", "NEW"),
        details: "Sections are matched by their titles, then by their words, so a new chapter that moves every later number is one new section, not a change to all that follow. The files may be in different formats (.docx, .odt, .pdf, .md, .txt, .html).",
        example: "forankra diff program-2026.docx program-2028.docx")

    var oldFile: String
    var newFile: String
    var json: Bool

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        oldFile = context.resolve(arguments.positionals[0])
        newFile = context.resolve(arguments.positionals[1])
        json = arguments.flag("json")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let diff = ProgrammeDiff(old: try ProgrammeReader.read(path: oldFile), new: try ProgrammeReader.read(path: newFile))
        let oldPath = context.display(oldFile), newPath = context.display(newFile)
        if json {
            context.output.writeOut(ProgrammeDiffText.json(diff, oldPath: oldPath, newPath: newPath).rendered())
        } else {
            context.output.writeOut(ProgrammeDiffText.render(diff, oldPath: oldPath, newPath: newPath, language: context.requestedLanguage ?? .sv))
        }
        return .success
    }
}
