/// What a command accepts, declared once: parsing, `--help` and "did you mean" all read it.
struct CommandSpec {
    struct Option {
        var name: String
        var short: Character?
        /// nil for a flag; otherwise how the value is shown in help (`DATE`, `DIR`).
        var valueName: String?
        var repeatable = false
        var help: String
    }

    var name: String
    var summary: String
    var usage: String
    var options: [Option]
    var positionals: String?
    var details: String?
    var example: String

    func option(named name: String) -> Option? {
        options.first { $0.name == name }
    }

    func option(short: Character) -> Option? {
        options.first { $0.short == short }
    }
}

/// The values given for a command's options and its positional arguments, checked against its
/// spec. Typed accessors turn them into what each command needs, or a usage error.
struct ParsedArguments {
    let spec: CommandSpec
    private(set) var values: [String: [String]] = [:]
    private(set) var flags: Set<String> = []
    private(set) var positionals: [String] = []

    init(_ tokens: [ArgumentToken], spec: CommandSpec) throws {
        self.spec = spec
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            let option: CommandSpec.Option
            var inlineValue: String?
            switch token {
            case .value(let value):
                positionals.append(value)
                continue
            case .option(let name, let value):
                guard let found = spec.option(named: name) else {
                    throw UsageError.unknownOption("--\(name)", command: spec, suggestion: Suggestion.closest(to: name, among: spec.options.map(\.name)).map { "--\($0)" })
                }
                option = found
                inlineValue = value
            case .shortOption(let character):
                guard let found = spec.option(short: character) else {
                    throw UsageError.unknownOption("-\(character)", command: spec, suggestion: nil)
                }
                option = found
            }
            guard option.valueName != nil else {
                if inlineValue != nil { throw UsageError.flagTakesNoValue("--\(option.name)", command: spec) }
                flags.insert(option.name)
                continue
            }
            var value = inlineValue
            if value == nil, index < tokens.count, case .value(let next) = tokens[index] {
                value = next
                index += 1
            }
            guard let value else { throw UsageError.missingValue("--\(option.name)", command: spec) }
            if !option.repeatable, values[option.name] != nil {
                throw UsageError.repeated("--\(option.name)", command: spec)
            }
            values[option.name, default: []].append(value)
        }
    }

    func flag(_ name: String) -> Bool { flags.contains(name) }

    func value(_ name: String) -> String? { values[name]?.last }

    /// Every value of a repeatable option, as given: for names, which may hold commas.
    func all(_ name: String) -> [String] {
        (values[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Repeated options and comma-separated lists both work: `--sections 1,2 --sections 5`.
    func list(_ name: String) -> [String] {
        (values[name] ?? []).flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError.badValue("--\(name)", text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)", command: spec)
        }
        return number
    }

    func choice<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String, T: CaseIterable {
        guard let text = value(name) else { return nil }
        guard let choice = T(rawValue: text) else {
            throw UsageError.badValue("--\(name)", text, expected: T.allCases.map(\.rawValue).joined(separator: " or "), command: spec)
        }
        return choice
    }

    func required(_ name: String) throws -> String {
        guard let text = value(name) else { throw UsageError.missingOption("--\(name)", command: spec) }
        return text
    }

    func onePositional(_ what: String) throws -> String {
        guard let first = positionals.first else { throw UsageError.missingArgument(what, command: spec) }
        return first
    }
}
