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
        try checkPositionalCount()
    }

    /// Too many arguments is a mistake worth stopping for: `forankra status extra` may be a
    /// misspelt option, and a command that ignores it looks as if it did what was asked.
    private func checkPositionalCount() throws {
        if let maximum = spec.positionals.maximum, positionals.count > maximum {
            throw UsageError.unexpectedArgument(positionals[maximum], command: spec)
        }
        if positionals.count < spec.positionals.minimum {
            throw UsageError.missingArgument(spec.positionals.display, command: spec)
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

    func required(_ name: String) throws -> String {
        guard let text = value(name) else { throw UsageError.missingOption("--\(name)", command: spec) }
        return text
    }

    /// The first positional argument; the spec has already made sure it is there when the
    /// command requires one.
    func onePositional(_ what: String) throws -> String {
        guard let first = positionals.first else { throw UsageError.missingArgument(what, command: spec) }
        return first
    }
}
