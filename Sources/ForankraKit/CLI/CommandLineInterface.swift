import Foundation

/// Everything a run of the tool needs from the outside world, injected so tests control it.
public struct CommandLineInterface {
    public static let version = "0.1.0"

    static let commands: [any Command.Type] = [
        OutlineCommand.self,
        SheetsCommand.self,
        PackCommand.self,
        InitCommand.self,
        RosterImportCommand.self,
        RosterListCommand.self,
        WorkshopNewCommand.self,
        WorkshopListCommand.self,
        WorkshopInviteCommand.self,
        WorkshopPackCommand.self,
        WorkshopAttendCommand.self,
        WorkshopFeedbackCommand.self,
        AptLogCommand.self,
        AptImportCommand.self,
        CheckCommand.self,
        StatusCommand.self,
        ReportCommand.self,
        FollowupCommand.self,
        DemoCommand.self,
    ]

    public var arguments: [String]
    public var workingDirectory: String
    public var environment: [String: String]
    public var today: Date
    public var output: Output

    public init(arguments: [String], workingDirectory: String, environment: [String: String], today: Date, output: Output) {
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.today = today
        self.output = output
    }

    var context: RunContext {
        RunContext(workingDirectory: workingDirectory, environment: environment, today: today, output: output)
    }

    public func run() -> ExitCode {
        guard let first = arguments.first else {
            output.writeOut(HelpText.overview(Self.commands.map { $0.spec }))
            return .success
        }
        switch first {
        case "--help", "-h", "help":
            if arguments.count > 1, let command = Self.command(matching: Array(arguments.dropFirst())) {
                output.writeOut(HelpText.command(command.spec))
            } else {
                output.writeOut(HelpText.overview(Self.commands.map { $0.spec }))
            }
            return .success
        case "--version", "-V":
            output.line("forankra \(Self.version)")
            return .success
        default:
            break
        }
        let twoWords = arguments.count > 1 ? first + " " + arguments[1] : first
        guard let command = Self.command(matching: arguments) else {
            let group = Self.commands.map { $0.spec.name }.filter { $0.hasPrefix(first + " ") }
            if !group.isEmpty {
                let given = arguments.count > 1 ? "'\(first) \(arguments[1])'" : "'\(first)' without a subcommand"
                let suggestion = arguments.count > 1 ? Suggestion.closest(to: twoWords, among: group) : nil
                output.errorLine(output.failure("Error:") + " unknown command \(given)" + (suggestion.map { ". Did you mean '\($0)'?" } ?? ""))
                output.errorLine("Commands: " + group.map { "forankra " + $0 }.joined(separator: ", "))
                return .usage
            }
            let suggestion = Suggestion.closest(to: first, among: Self.commands.map { $0.spec.name })
            return report(UsageError.unknownCommand(first, suggestion: suggestion))
        }
        let rest = Array(arguments.dropFirst(command.spec.name.split(separator: " ").count))
        if wantsHelp(rest) {
            output.writeOut(HelpText.command(command.spec))
            return .success
        }
        do {
            let parsed = try ParsedArguments(ArgumentTokens.split(rest), spec: command.spec)
            return try command.init(parsed, context: context).run(context)
        } catch {
            return report(error)
        }
    }

    static func command(named name: String) -> (any Command.Type)? {
        commands.first { $0.spec.name == name }
    }

    /// The command the arguments start with: a two-word subcommand ("roster import") before a
    /// one-word command.
    static func command(matching arguments: [String]) -> (any Command.Type)? {
        guard let first = arguments.first else { return nil }
        if arguments.count > 1, let pair = command(named: first + " " + arguments[1]) { return pair }
        return command(named: first)
    }

    private func wantsHelp(_ arguments: [String]) -> Bool {
        for argument in arguments {
            if argument == "--" { return false }
            if argument == "--help" || argument == "-h" { return true }
        }
        return false
    }

    /// The one place errors are worded for the terminal.
    private func report(_ error: Error) -> ExitCode {
        switch error {
        case let usage as UsageError:
            output.errorLine(output.failure("Error:") + " " + usage.message)
            if let command = usage.command {
                output.errorLine("Usage: " + command.usage)
                output.errorLine("See 'forankra \(command.name) --help'.")
            } else {
                output.errorLine("See 'forankra --help' for the list of commands.")
            }
            return .usage
        case let problem as ForankraError:
            output.errorLine(output.failure("Error:") + " " + context.displayed(problem).description)
            if let hint = problem.hint { output.errorLine("  " + hint) }
            return problem.exitCode
        default:
            output.errorLine(output.failure("Error:") + " \(error)")
            return .dataError
        }
    }
}

extension RunContext {
    /// Paths in messages are shown as the user would type them.
    func displayed(_ error: ForankraError) -> ForankraError {
        var copy = error
        copy.path = error.path.map(display)
        return copy
    }
}
