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

    /// How many plain arguments the command takes, so an extra one is refused before the
    /// command runs instead of being silently ignored.
    struct Positionals {
        /// As help and messages show them: `FILE`, `[DIR]`, `FILE [SECTION...]`.
        var display: String
        var minimum: Int
        /// nil when any number may follow.
        var maximum: Int?

        static let none = Positionals(display: "", minimum: 0, maximum: 0)
        static func one(_ name: String) -> Positionals { Positionals(display: name, minimum: 1, maximum: 1) }
        static func optional(_ name: String) -> Positionals { Positionals(display: "[\(name)]", minimum: 0, maximum: 1) }
        static func two(_ first: String, _ second: String) -> Positionals { Positionals(display: "\(first) \(second)", minimum: 2, maximum: 2) }
        static func oneOrMore(_ name: String) -> Positionals { Positionals(display: "\(name)...", minimum: 1, maximum: nil) }
        static func one(_ first: String, thenAny rest: String) -> Positionals {
            Positionals(display: "\(first) [\(rest)...]", minimum: 1, maximum: nil)
        }
    }

    var name: String
    var summary: String
    var usage: String
    var options: [Option]
    var positionals: Positionals
    var details: String?
    var example: String

    func option(named name: String) -> Option? {
        options.first { $0.name == name }
    }

    func option(short: Character) -> Option? {
        options.first { $0.short == short }
    }
}
