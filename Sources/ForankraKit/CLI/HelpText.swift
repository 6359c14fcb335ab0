/// `--help` pages, built from the command specs so they never drift from what is parsed. The
/// specs are worded in English; a Swedish page takes each text from the catalog
/// (`SwedishHelpWording`).
enum HelpText {
    /// The Swedish of the specs' texts, and of the usage words they share with messages.
    static let catalog = WordingCatalog(SwedishHelpWording.catalog + SwedishWording.catalog)

    static func overview(_ commands: [CommandSpec], _ language: Language = .sv) -> String {
        var text = language.pick("""
        forankra \(CommandLineInterface.version): förankra ett antaget personalpolitiskt program på varje arbetsplats.

        Användning: forankra KOMMANDO [ALTERNATIV]

        Kommandon:

        """, """
        forankra \(CommandLineInterface.version): carry an adopted personnel-policy programme into every workplace.

        Usage: forankra COMMAND [OPTIONS]

        Commands:

        """)
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + worded(command.summary, language) + "\n"
        }
        text += language.pick("""

        Alternativ:
          -h, --help    Visa hjälpen (även 'forankra KOMMANDO --help')
          -V, --version Visa versionen

        Börja med 'forankra demo' för att se hela flödet med det medföljande exemplet.

        """, """

        Options:
          -h, --help    Show help (also 'forankra COMMAND --help')
          -V, --version Show the version

        Start with 'forankra demo' to see the whole flow on the bundled example.

        """)
        return text
    }

    /// `forankra workshop --help`: the subcommands of one group.
    static func group(_ name: String, _ commands: [CommandSpec], _ language: Language = .sv) -> String {
        var text = language.pick("Användning: forankra \(name) KOMMANDO [ALTERNATIV]\n\nKommandon:\n",
                                 "Usage: forankra \(name) COMMAND [OPTIONS]\n\nCommands:\n")
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + worded(command.summary, language) + "\n"
        }
        text += language.pick("\nSe 'forankra \(name) KOMMANDO --help' om ett av dem.\n",
                              "\nSee 'forankra \(name) COMMAND --help' for one of them.\n")
        return text
    }

    static func command(_ spec: CommandSpec, _ language: Language = .sv) -> String {
        var text = "\(worded(spec.summary, language))\n\n\(language.pick("Användning", "Usage")): \(UsagePlaceholders.worded(spec.usage, language))\n"
        if let details = spec.details { text += "\n\(worded(details, language))\n" }
        let options = spec.options + [CommandSpec.Option(name: "help", short: "h", valueName: nil, help: "Show this help")]
        text += language.pick("\nAlternativ:\n", "\nOptions:\n")
        let labels = options.map { option -> String in
            var label = option.short.map { "-\($0), " } ?? "    "
            label += "--\(option.name)"
            if let value = option.valueName { label += " \(UsagePlaceholders.worded(value, language))" }
            return label
        }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (label, option) in zip(labels, options) {
            text += "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + worded(option.help, language)
            if option.repeatable { text += language.pick(" (kan upprepas)", " (repeatable)") }
            text += "\n"
        }
        text += language.pick("\nExempel:\n  \(spec.example)\n", "\nExample:\n  \(spec.example)\n")
        return text
    }

    /// A text of a spec in `language`; a paragraph at a time, so long details keep their breaks.
    static func worded(_ text: String, _ language: Language) -> String {
        guard language == .sv else { return text }
        return catalog.swedish(text) ?? catalog.translate(text, to: language)
    }
}

/// The capitalised placeholders of usage lines (`FILE`, `DIR`, `YYYY-MM-DD`) in the user's
/// language; other capitals (APT, HR, CSV) are left as they are.
enum UsagePlaceholders {
    static let swedish: [String: String] = [
        "FILE": "FIL", "DIR": "MAPP", "SECTION": "AVSNITT", "NAME": "NAMN", "E-MAIL": "E-POST",
        "COLUMN": "KOLUMN", "FIELD": "FÄLT", "SIZE": "STORLEK", "PATH": "SÖKVÄG", "WHAT": "VAD",
        "WHO": "VEM", "DATE": "DATUM", "YYYY-MM-DD": "ÅÅÅÅ-MM-DD", "COMMAND": "KOMMANDO",
        "OPTIONS": "ALTERNATIV", "PLACE": "PLATS",
    ]

    static func worded(_ text: String, _ language: Language) -> String {
        guard language == .sv else { return text }
        var out = ""
        var token = ""
        func flush() {
            out += swedish[token] ?? token
            token = ""
        }
        for character in text.replacingOccurrences(of: "HH:MM", with: "TT:MM") {
            if character.isASCII && (character.isUppercase || (character == "-" && !token.isEmpty)) {
                token.append(character)
            } else if character.isASCII && (character.isLetter || character.isNumber) && !token.isEmpty {
                // Part of a mixed word (`Datum`, `README2`): not a placeholder.
                out += token; token = ""; out.append(character)
            } else {
                flush()
                out.append(character)
            }
        }
        flush()
        return out
    }
}
