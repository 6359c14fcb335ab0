/// Options several commands share, declared once so their help and checks read alike.
extension CommandSpec.Option {
    static let language = CommandSpec.Option(name: "lang", valueName: "sv|en", help: "Language of the output (default sv)")
    static let aptMinutes = CommandSpec.Option(
        name: "minutes", valueName: "N", help: "Length of the APT meeting in minutes, 10 to 120 (default 30)")
    static let organisation = CommandSpec.Option(name: "org", valueName: "NAME", help: "Organisation shown in each heading, e.g. 'Sjöhamra kommun'")
    static let templates = CommandSpec.Option(
        name: "templates", valueName: "DIR", help: "Templates folder that overrides the bundled templates file by file")

    static let force = CommandSpec.Option(
        name: "force", valueName: nil, help: "Replace files at the output place that forankra did not write (never records)")

    static func output(defaultFolder: String) -> CommandSpec.Option {
        CommandSpec.Option(name: "output", short: "o", valueName: "DIR", help: "Folder to write to (default \(defaultFolder))")
    }
}

extension CommandSpec {
    /// Every command takes `--lang`. Where a command declares it, its own help says what it
    /// changes; elsewhere it is added here, for the language of what the command prints and
    /// writes.
    var acceptingLanguage: CommandSpec {
        guard option(named: "lang") == nil else { return self }
        var spec = self
        spec.options.append(.language)
        spec.usage += " [--lang sv|en]"
        return spec
    }
}

extension ParsedArguments {
    func language() throws -> Language {
        try choice("lang", as: Language.self) ?? .sv
    }

    /// `--lang`, `--minutes` and `--org` as the settings for printed material.
    func materialSettings() throws -> MaterialSettings {
        MaterialSettings(
            language: try language(),
            aptMinutes: try integer("minutes", in: TimePlan.allowedMinutes) ?? 30,
            organisation: value("org"))
    }
}
