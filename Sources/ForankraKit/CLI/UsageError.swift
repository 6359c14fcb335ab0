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
    case badValue(String, String, expected: String, command: CommandSpec)
    case other(String, command: CommandSpec)

    var command: CommandSpec? {
        switch self {
        case .unknownCommand: return nil
        case .unknownOption(_, let command, _), .missingValue(_, let command), .flagTakesNoValue(_, let command),
             .repeated(_, let command), .missingOption(_, let command), .missingArgument(_, let command),
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
        case .badValue(let name, let value, let expected, _): return "'\(value)' is not valid for \(name): expected \(expected)"
        case .other(let text, _): return text
        }
    }
}

/// "Did you mean …?" for near misses: edit distance of at most a third of the word.
enum Suggestion {
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, word.count / 3) else {
            return candidates.first { $0.hasPrefix(word) && word.count >= 3 }
        }
        return best.0
    }

    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in stride(from: 1, through: b.count, by: 1) {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
