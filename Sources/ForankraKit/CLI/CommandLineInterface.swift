import Foundation

/// Everything a run of the tool needs from the outside world, injected so tests control it.
public struct CommandLineInterface {
    public static let version = "0.1.0"

    /// A computed list rather than a stored one: metatypes of a non-Sendable protocol may not
    /// sit in a global under Swift 6's concurrency checking, and the list is cheap to make.
    static var commands: [any Command.Type] {
        [
            OutlineCommand.self,
            SheetsCommand.self,
            DiffCommand.self,
            ProgrammeUpdateCommand.self,
            PackCommand.self,
            InitCommand.self,
            RosterImportCommand.self,
            RosterListCommand.self,
            RosterForgetCommand.self,
            WorkshopNewCommand.self,
            WorkshopListCommand.self,
            WorkshopInviteCommand.self,
            WorkshopPackCommand.self,
            WorkshopAttendCommand.self,
            WorkshopFeedbackCommand.self,
            WorkshopMoveCommand.self,
            WorkshopCancelCommand.self,
            AptLogCommand.self,
            AptImportCommand.self,
            ActionsFindCommand.self,
            ActionsInitCommand.self,
            ActionsAddCommand.self,
            ActionsSetCommand.self,
            ActionsImportCommand.self,
            CheckCommand.self,
            StatusCommand.self,
            ReportCommand.self,
            FollowupCommand.self,
            PrivacyCommand.self,
            DemoCommand.self,
        ]
    }

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
        RunContext(workingDirectory: workingDirectory, environment: environment, today: today, output: output,
                   interfaceLanguage: language, requestedLanguage: InterfaceLanguage.commandLine(arguments))
    }

    /// The language help and errors are worded in: Swedish unless `--lang en` or the locale
    /// says English.
    var language: Language { InterfaceLanguage.detect(arguments: arguments, environment: environment) }

    public func run() -> ExitCode {
        guard let first = arguments.first else {
            output.writeOut(HelpText.overview(Self.commands.map { $0.spec }, language))
            return .success
        }
        switch first {
        case "--help", "-h", "help":
            output.writeOut(helpPage(for: Array(arguments.dropFirst())))
            return .success
        case "--version", "-V":
            output.line("forankra \(Self.version)")
            return .success
        default:
            break
        }
        guard let command = Self.command(matching: arguments) else {
            return unmatched()
        }
        let spec = command.spec.acceptingLanguage
        let rest = Array(arguments.dropFirst(spec.name.split(separator: " ").count))
        if wantsHelp(rest) {
            output.writeOut(HelpText.command(spec, language))
            return .success
        }
        do {
            let parsed = try ParsedArguments(ArgumentTokens.split(rest), spec: spec)
            return try command.init(parsed, context: context).run(context)
        } catch {
            return report(error)
        }
    }

    /// `help`, `help sheets`, `help workshop`: the overview, one command, or a group.
    private func helpPage(for words: [String]) -> String {
        if let command = Self.command(matching: words) { return HelpText.command(command.spec.acceptingLanguage, language) }
        if let group = words.first, !Self.group(group).isEmpty { return HelpText.group(group, Self.group(group), language) }
        return HelpText.overview(Self.commands.map { $0.spec }, language)
    }

    /// The arguments name no command: a group on its own (`forankra roster`, `forankra
    /// workshop --help`) prints the group's help; anything else is a usage error.
    private func unmatched() -> ExitCode {
        let first = arguments[0]
        let group = Self.group(first)
        guard !group.isEmpty else {
            let suggestion = Suggestion.closest(to: first, among: Self.commands.map { $0.spec.name })
            return report(UsageError.unknownCommand(first, suggestion: suggestion))
        }
        let rest = Array(arguments.dropFirst())
        if rest.isEmpty || wantsHelp(rest) {
            output.writeOut(HelpText.group(first, group, language))
            return .success
        }
        let given = first + " " + rest[0]
        let suggestion = Suggestion.closest(to: given, among: group.map(\.name))
        let message = UsageError.unknownCommand(given, suggestion: suggestion).message(in: language)
        output.errorLine(Diagnostic(severity: .error, message: message).text(language))
        output.errorLine(language.pick("Kommandon: ", "Commands: ") + group.map { "forankra " + $0.name }.joined(separator: ", "))
        output.errorLine(language.pick("Se 'forankra \(first) --help'.", "See 'forankra \(first) --help'."))
        return .usage
    }

    /// The commands whose first word is `name` ("workshop" → workshop new, list, ...).
    static func group(_ name: String) -> [CommandSpec] {
        commands.map { $0.spec }.filter { $0.name.hasPrefix(name + " ") }
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

    /// The error as the user sees it: its path as they gave it, its message in their language.
    private func worded(_ problem: ForankraError) -> ForankraError {
        var shown = problem
        shown.path = problem.path.map(context.display)
        shown.message = Wording.translate(problem.message, to: language)
        return shown
    }

    /// The one place errors are worded for the terminal: a diagnostic line an editor can jump
    /// to, then what to do about it.
    private func report(_ error: Error) -> ExitCode {
        let language = self.language
        switch error {
        case let usage as UsageError:
            output.errorLine(Diagnostic(severity: .error, message: usage.message(in: language)).text(language))
            if let command = usage.command {
                output.errorLine(language.pick("Användning: ", "Usage: ") + UsagePlaceholders.worded(command.acceptingLanguage.usage, language))
                output.errorLine(language.pick("Se 'forankra \(command.name) --help'.", "See 'forankra \(command.name) --help'."))
            } else {
                output.errorLine(language.pick("Se 'forankra --help' för en lista över kommandona.", "See 'forankra --help' for the list of commands."))
            }
            return .usage
        case let problem as ForankraError:
            output.errorLine(worded(problem).text(language))
            for detail in problem.details {
                output.errorLine("  " + worded(detail).text(language))
                if let hint = detail.hint { output.errorLine("    " + Wording.translate(hint, to: language)) }
            }
            if let hint = problem.hint { output.errorLine("  " + Wording.translate(hint, to: language)) }
            return problem.exitCode
        default:
            output.errorLine(Diagnostic(severity: .error, message: "\(error)").text(language))
            return .dataError
        }
    }
}
