import Foundation

/// `forankra followup`: HR's own list of whom to follow up, with names. Not for leadership.
struct FollowupCommand: Command {
    static let spec = CommandSpec(
        name: "followup",
        summary: "HR's named follow-up list: managers not reached, missing APTs, unanswered questions, overdue commitments",
        usage: "forankra followup [-o FILE] [-w DIR]",
        options: [.init(name: "output", short: "o", valueName: "FILE", help: "Write the list as markdown to FILE instead of the terminal"), .workspace],
        positionals: nil,
        details: "The list holds personal data. It is for HR's follow-up, not for leadership reports. Each part is grouped by department, and a question asked at several workplaces is listed once with where it was asked. A workspace with problems still gets its list, with the problems counted first and the records they affect left out.",
        example: "forankra followup -o uppfoljning-chefer.md")

    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments, context: RunContext) throws { self.arguments = arguments }

    func run(_ context: RunContext) throws -> ExitCode {
        let root = try Workspace.locateRoot(explicit: arguments.value("workspace"), context: context)
        let (records, problems, leftOut) = try RolloutRecords.lenient(root: root, today: context.todayInSweden)
        let text = FollowupList.render(records, on: context.todayInSweden, problems: problems, leftOut: leftOut)
        if let output = arguments.value("output") {
            let path = context.resolve(output)
            try AtomicFile.write(text, to: path)
            context.output.line(records.settings.language.pick("Skrev uppföljningslistan (personuppgifter): ", "Wrote the follow-up list (personal data): ") + context.display(path))
        } else {
            context.output.writeOut(text)
        }
        return .success
    }
}
