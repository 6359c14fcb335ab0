/// The command line split into what each word is, before any meaning is bound to it.
enum ArgumentToken: Equatable {
    case option(name: String, value: String?)
    case shortOption(Character)
    case value(String)
}

enum ArgumentTokens {
    /// `--name`, `--name=value`, `-x`, `-abc` (three flags), plain values, and `--` after which
    /// everything is a value (a programme file may be called `-draft.txt`).
    static func split(_ arguments: [String]) -> [ArgumentToken] {
        var tokens: [ArgumentToken] = []
        var onlyValues = false
        for argument in arguments {
            if onlyValues {
                tokens.append(.value(argument))
            } else if argument == "--" {
                onlyValues = true
            } else if argument.hasPrefix("--"), argument.count > 2 {
                let body = argument.dropFirst(2)
                if let equals = body.firstIndex(of: "=") {
                    tokens.append(.option(name: String(body[..<equals]), value: String(body[body.index(after: equals)...])))
                } else {
                    tokens.append(.option(name: String(body), value: nil))
                }
            } else if argument.hasPrefix("-"), argument.count > 1, argument.dropFirst().first?.isNumber == false {
                tokens.append(contentsOf: argument.dropFirst().map { .shortOption($0) })
            } else {
                tokens.append(.value(argument))
            }
        }
        return tokens
    }
}
