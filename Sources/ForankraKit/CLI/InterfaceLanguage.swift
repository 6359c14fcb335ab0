/// The language of help and error messages: Swedish unless the user asks for English, with
/// `--lang en` anywhere in the arguments or a locale (LC_ALL, LC_MESSAGES, LANG) that is English.
/// `--lang sv` wins over an English locale, so a script can pin Swedish.
enum InterfaceLanguage {
    static func detect(arguments: [String], environment: [String: String]) -> Language {
        commandLine(arguments) ?? locale(environment) ?? .sv
    }

    /// `--lang` as given on the command line, before `--`.
    static func commandLine(_ arguments: [String]) -> Language? {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" { break }
            var value: String?
            if argument == "--lang", index + 1 < arguments.count {
                value = arguments[index + 1]
                index += 1
            } else if argument.hasPrefix("--lang=") {
                value = String(argument.dropFirst("--lang=".count))
            }
            if let value, let language = Language(rawValue: value.lowercased()) { return language }
            index += 1
        }
        return nil
    }

    /// The locale's language when it is English or Swedish. The order POSIX gives them:
    /// LC_ALL overrides LC_MESSAGES, which overrides LANG.
    static func locale(_ environment: [String: String]) -> Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let locale = environment[name], !locale.isEmpty else { continue }
            return locale.lowercased().hasPrefix("en") ? .en : .sv
        }
        return nil
    }
}
