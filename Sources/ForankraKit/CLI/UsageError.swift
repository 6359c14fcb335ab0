/// Mistakes in how the tool was called. Worded in one place so every command answers alike:
/// the problem, the command's usage, and where to read more.
enum UsageError: Error {
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, command: CommandSpec, suggestion: String?)
    case missingValue(String, command: CommandSpec)
    case flagTakesNoValue(String, command: CommandSpec)
    case repeated(String, command: CommandSpec)
    case missingOption(String, command: CommandSpec)
    case missingArgument(String, command: CommandSpec)
    case unexpectedArgument(String, command: CommandSpec)
    case badValue(String, String, expected: String, command: CommandSpec)
    case other(String, command: CommandSpec)

    var command: CommandSpec? {
        switch self {
        case .unknownCommand: return nil
        case .unknownOption(_, let command, _), .missingValue(_, let command), .flagTakesNoValue(_, let command),
             .repeated(_, let command), .missingOption(_, let command), .missingArgument(_, let command), .unexpectedArgument(_, let command),
             .badValue(_, _, _, let command), .other(_, let command):
            return command
        }
    }

    var message: String {
        switch self {
        case .unknownCommand(let name, let suggestion):
            return "unknown command '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
        case .unknownOption(let name, _, let suggestion):
            return "unknown option '\(name)'" + (suggestion.map { ". Did you mean '\($0)'?" } ?? "")
        case .missingValue(let name, _): return "option '\(name)' needs a value"
        case .flagTakesNoValue(let name, _): return "option '\(name)' takes no value"
        case .repeated(let name, _): return "option '\(name)' is given more than once"
        case .missingOption(let name, _): return "missing option '\(name)'"
        case .missingArgument(let what, _): return "missing \(what)"
        case .unexpectedArgument(let extra, let command):
            let takes = command.positionals.maximum == 0 ? "takes no arguments" : "takes only \(command.positionals.display)"
            return "'\(extra)' is not expected: \(command.name) \(takes)"
        case .badValue(let name, let value, let expected, _): return "'\(value)' is not valid for \(name): expected \(expected)"
        case .other(let text, _): return text
        }
    }

    /// The message in the user's language. The Swedish is worded here rather than in the
    /// catalog, since the parts (option names, "did you mean") are known one by one.
    func message(in language: Language) -> String {
        guard language == .sv else { return message }
        func wording(_ text: String) -> String { Wording.translate(text, to: .sv) }
        switch self {
        case .unknownCommand(let name, let suggestion):
            return "okänt kommando '\(name)'" + (suggestion.map { ". Menade du '\($0)'?" } ?? "")
        case .unknownOption(let name, _, let suggestion):
            return "okänt alternativ '\(name)'" + (suggestion.map { ". Menade du '\($0)'?" } ?? "")
        case .missingValue(let name, _): return "alternativet '\(name)' behöver ett värde"
        case .flagTakesNoValue(let name, _): return "alternativet '\(name)' tar inget värde"
        case .repeated(let name, _): return "alternativet '\(name)' är angivet mer än en gång"
        case .missingOption(let name, _): return "alternativet '\(name)' saknas"
        case .missingArgument(let what, _):
            // A placeholder (`FILE`) is named as the argument; a described one (`the workshop ID
            // (or --auto)`) is put into Swedish as it stands.
            guard let worded = Wording.swedish(what) else { return "argumentet \(UsagePlaceholders.worded(what, .sv)) saknas" }
            return "\(worded) saknas"
        case .unexpectedArgument(let extra, let command):
            let takes = command.positionals.maximum == 0
                ? "tar inga argument" : "tar bara \(UsagePlaceholders.worded(command.positionals.display, .sv))"
            return "'\(extra)' väntades inte: \(command.name) \(takes)"
        case .badValue(let name, let value, let expected, _):
            // A list of choices ("sv or en") is only joined differently; anything else is a phrase.
            let choices = expected.components(separatedBy: " or ")
            let isChoice = choices.count > 1 && choices.allSatisfy { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
            let wanted = isChoice ? choices.joined(separator: " eller ") : wording(expected)
            return "'\(value)' är inte ett giltigt värde för \(name): ange \(wanted)"
        case .other(let text, _): return wording(text)
        }
    }
}
