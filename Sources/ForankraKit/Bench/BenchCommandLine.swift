import Foundation

/// `forankra-bench generate --size small|medium|large --seed N --out DIR [--programme FILE]`:
/// the benchmark generator's command line. Effects come in as values, as in the main CLI.
public struct BenchCommandLine {
    static let generate = CommandSpec(
        name: "generate",
        summary: "Write a synthetic municipality as a forankra workspace (same seed, same bytes)",
        usage: "forankra-bench generate --size small|medium|large --seed N --out DIR [--programme FILE]",
        options: [
            .init(name: "size", valueName: "SIZE", help: "small (40 managers), medium (500) or large (2 500, the largest municipality)"),
            .init(name: "seed", valueName: "N", help: "Seed for the generator, a whole number (default 1)"),
            .init(name: "out", short: "o", valueName: "DIR", help: "New or empty folder to write the workspace into"),
            .init(name: "programme", valueName: "FILE", help: "Programme text to copy in (default materials/programme/personalpolitiskt-program.md)"),
        ],
        positionals: nil,
        details: "Dates are fixed (rollout 2024-11-04 to 2026-10-30), never read from the clock.",
        example: "forankra-bench generate --size large --seed 7 --out /tmp/storstad")

    public var arguments: [String]
    public var workingDirectory: String
    public var output: Output

    public init(arguments: [String], workingDirectory: String, output: Output) {
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.output = output
    }

    public func run() -> ExitCode {
        guard let first = arguments.first, first != "--help", first != "-h" else {
            output.writeOut(HelpText.command(Self.generate))
            return .success
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            output.writeOut(HelpText.command(Self.generate))
            return .success
        }
        do {
            guard first == "generate" else { throw UsageError.other("unknown command '\(first)'. The only command is 'generate'", command: Self.generate) }
            return try generate(ParsedArguments(ArgumentTokens.split(rest), spec: Self.generate))
        } catch let usage as UsageError {
            output.errorLine("Error: " + usage.message)
            output.errorLine("Usage: " + Self.generate.usage)
            output.errorLine("See 'forankra-bench generate --help'.")
            return .usage
        } catch let problem as ForankraError {
            output.errorLine("Error: \(problem)")
            if let hint = problem.hint { output.errorLine("  " + hint) }
            return problem.exitCode
        } catch {
            output.errorLine("Error: \(error)")
            return .dataError
        }
    }

    private func generate(_ arguments: ParsedArguments) throws -> ExitCode {
        guard let size = try arguments.choice("size", as: SyntheticMunicipality.Size.self) else {
            throw UsageError.missingOption("--size", command: Self.generate)
        }
        let seedText = arguments.value("seed") ?? "1"
        guard let seed = UInt64(seedText) else {
            throw UsageError.badValue("--seed", seedText, expected: "a whole number, 0 or more", command: Self.generate)
        }
        let folder = resolve(try arguments.required("out"))
        let programmePath = resolve(arguments.value("programme") ?? "materials/programme/personalpolitiskt-program.md")
        guard let data = FileManager.default.contents(atPath: programmePath) else {
            throw ForankraError(.noInput, "cannot read the programme", path: programmePath,
                                hint: "Run from the forankra folder or give --programme FILE.")
        }
        let text = try TextDecoding.decode(data, path: programmePath).text
        let summary = try SyntheticMunicipality.write(size: size, seed: seed, programmeText: text, to: folder)
        output.line("\(size.rawValue) (seed \(seed)): \(summary.managers) chefer, \(summary.staff) medarbetare, "
            + "\(summary.workshops) workshoppar, \(summary.apts) APT: \(summary.files) filer i \(folder)")
        return .success
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }
}
