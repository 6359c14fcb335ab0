import Foundation

/// `forankra followup`: HR's own list of whom to follow up, with names. Not for leadership.
struct FollowupCommand: Command {
    static let spec = CommandSpec(
        name: "followup",
        summary: "HR's named follow-up list: managers not reached, missing APTs, unanswered questions, overdue commitments",
        usage: "forankra followup [-o FILE] [-w DIR]",
        options: [.init(name: "output", short: "o", valueName: "FILE", help: "Write the list as markdown to FILE instead of the terminal"), .force, .workspace],
        positionals: .none,
        details: "The list holds personal data. It is for HR's follow-up, not for leadership reports. Each part is grouped by department, and a question asked at several workplaces is listed once with where it was asked. A workspace with problems still gets its list, with the problems counted first and the records they affect left out.",
        example: "forankra followup -o uppfoljning-chefer.md")

    var outputPath: String?
    var workspaceOption: String?
    var force: Bool

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        outputPath = arguments.path("output", in: context.folder)
        force = arguments.flag("force")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let root = try context.workspaceRoot(workspaceOption)
        let (records, problems, leftOut) = try context.lenientRecords(root: root, keeping: [.questions, .commitments, .onlyOpen, .fileName])
        let text = FollowupList.render(records, on: context.todayInSweden, problems: problems, leftOut: leftOut)
        if let path = outputPath {
            try OutputTarget.checkFile(path, workspaceRoot: root, force: force)
            try AtomicFile.write(text, to: path)
            context.output.line(records.settings.language.pick("Skrev uppföljningslistan (personuppgifter): ", "Wrote the follow-up list (personal data): ") + context.display(path))
        } else {
            context.output.writeOut(text)
        }
        return .success
    }
}
