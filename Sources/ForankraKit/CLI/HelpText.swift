/// `--help` pages, built from the command specs so they never drift from what is parsed.
enum HelpText {
    static func overview(_ commands: [CommandSpec]) -> String {
        var text = """
        forankra \(CommandLineInterface.version): carry an adopted personnel-policy programme into every workplace.

        Usage: forankra COMMAND [OPTIONS]

        Commands:

        """
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += """

        Options:
          -h, --help    Show help (also 'forankra COMMAND --help')
          -V, --version Show the version

        Start with 'forankra demo' to see the whole flow on the bundled example.

        """
        return text
    }

    /// `forankra workshop --help`: the subcommands of one group.
    static func group(_ name: String, _ commands: [CommandSpec]) -> String {
        var text = "Usage: forankra \(name) COMMAND [OPTIONS]\n\nCommands:\n"
        let width = (commands.map(\.name.count).max() ?? 0) + 2
        for command in commands {
            text += "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += "\nSee 'forankra \(name) COMMAND --help' for one of them.\n"
        return text
    }

    static func command(_ spec: CommandSpec) -> String {
        var text = "\(spec.summary)\n\nUsage: \(spec.usage)\n"
        if let details = spec.details { text += "\n\(details)\n" }
        let options = spec.options + [CommandSpec.Option(name: "help", short: "h", valueName: nil, help: "Show this help")]
        text += "\nOptions:\n"
        let labels = options.map { option -> String in
            var label = option.short.map { "-\($0), " } ?? "    "
            label += "--\(option.name)"
            if let value = option.valueName { label += " \(value)" }
            return label
        }
        let width = (labels.map(\.count).max() ?? 0) + 2
        for (label, option) in zip(labels, options) {
            text += "  " + label.padding(toLength: width, withPad: " ", startingAt: 0) + option.help
            if option.repeatable { text += " (repeatable)" }
            text += "\n"
        }
        text += "\nExample:\n  \(spec.example)\n"
        return text
    }
}
