import Foundation

/// `forankra-bench generate --size small|medium|large|xlarge --seed N --out DIR [--programme FILE]` and
/// `forankra-bench programme --kilobytes N --seed N --out FILE`: the benchmark generator's
/// command line. Effects come in as values, as in the main CLI.
public struct BenchCommandLine {
    static let generate = CommandSpec(
        name: "generate",
        summary: "Write a synthetic municipality as a forankra workspace (same seed, same bytes)",
        usage: "forankra-bench generate --size small|medium|large|xlarge --seed N --out DIR [--programme FILE]",
        options: [
            .init(name: "size", valueName: "SIZE", help: "small (40 managers), medium (500) or large (2 500, the largest municipality)"),
            .init(name: "seed", valueName: "N", help: "Seed for the generator, a whole number (default 1)"),
            .init(name: "out", short: "o", valueName: "DIR", help: "New or empty folder to write the workspace into"),
            .init(name: "programme", valueName: "FILE", help: "Programme text to copy in (default materials/programme/personalpolitiskt-program.md)"),
        ],
        positionals: .none,
        details: "Dates are fixed (rollout 2024-11-04 to 2026-10-30), never read from the clock.",
        example: "forankra-bench generate --size large --seed 7 --out /tmp/storstad")

    static let programme = CommandSpec(
        name: "programme",
        summary: "Write a long programme built from the sentences of a real one (same seed, same bytes)",
        usage: "forankra-bench programme --kilobytes N --seed N --out FILE [--programme FILE]",
        options: [
            .init(name: "kilobytes", valueName: "N", help: "Size to reach, in kilobytes of UTF-8 (default 1000)"),
            .init(name: "seed", valueName: "N", help: "Seed for the generator, a whole number (default 1)"),
            .init(name: "out", short: "o", valueName: "FILE", help: "New file to write the programme to"),
            .init(name: "programme", valueName: "FILE", help: "Programme whose sentences and titles are used (default materials/programme/personalpolitiskt-program.md)"),
        ],
        positionals: .none,
        details: "For timing 'forankra outline' and 'forankra sheets' on a programme far longer than any real one.",
        example: "forankra-bench programme --kilobytes 1000 --out /tmp/langt-program.md")

    static let inflate = CommandSpec(
        name: "inflate",
        summary: "Unpack a gzip file with forankra's own inflate and print the throughput",
        usage: "forankra-bench inflate FILE.gz",
        options: [],
        positionals: .one("FILE"),
        details: "For 'make bench': the same stream 'gzip -dc' unpacks, timed inside the process so starting it does not count.",
        example: "forankra-bench inflate /tmp/text.gz")

    static let pdfLines = CommandSpec(
        name: "pdf-lines",
        summary: "Print the lines forankra reads from a PDF, with page, font size and weight, and time the reading",
        usage: "forankra-bench pdf-lines FILE.pdf [--text]",
        options: [.init(name: "text", valueName: nil, help: "Only the text of each line, as pdftotext gives it")],
        positionals: .one("FILE"),
        details: "For the PDF fixture script (word overlap with pdftotext) and for 'make bench'.",
        example: "forankra-bench pdf-lines materials/programme/personalpolitiskt-program.pdf")

    static let commands = [generate, programme, inflate, pdfLines]

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
            output.writeOut(Self.commands.map { HelpText.command($0, .en) }.joined(separator: "\n"))
            return .success
        }
        guard let command = Self.commands.first(where: { $0.name == first }) else {
            output.errorLine("forankra-bench: error: unknown command '\(first)'. The commands are 'generate', 'programme', 'inflate' and 'pdf-lines'.")
            return .usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            output.writeOut(HelpText.command(command, .en))
            return .success
        }
        do {
            let parsed = try ParsedArguments(ArgumentTokens.split(rest), spec: command)
            switch command.name {
            case "generate": return try generate(parsed)
            case "inflate": return try inflate(parsed)
            case "pdf-lines": return try pdfLines(parsed)
            default: return try writeProgramme(parsed)
            }
        } catch let usage as UsageError {
            output.errorLine("forankra-bench: error: " + usage.message)
            output.errorLine("Usage: " + command.usage)
            output.errorLine("See 'forankra-bench \(command.name) --help'.")
            return .usage
        } catch let problem as ForankraError {
            output.errorLine(problem.description)
            if let hint = problem.hint { output.errorLine("  " + hint) }
            return problem.exitCode
        } catch {
            output.errorLine("forankra-bench: error: \(error)")
            return .dataError
        }
    }

    private func generate(_ arguments: ParsedArguments) throws -> ExitCode {
        guard let size = try arguments.choice("size", as: SyntheticMunicipality.Size.self) else {
            throw UsageError.missingOption("--size", command: Self.generate)
        }
        let seed = try Self.seed(arguments, command: Self.generate)
        let folder = resolve(try arguments.required("out"))
        let text = try sourceProgramme(arguments).text
        let summary = try SyntheticMunicipality.write(size: size, seed: seed, programmeText: text, to: folder)
        output.line("\(size.rawValue) (seed \(seed)): \(summary.managers) chefer, \(summary.staff) medarbetare, "
            + "\(summary.workshops) workshoppar, \(summary.apts) APT: \(summary.files) filer i \(folder)")
        return .success
    }

    private func writeProgramme(_ arguments: ParsedArguments) throws -> ExitCode {
        let kilobytes = try arguments.integer("kilobytes", in: 1...100_000) ?? 1000
        let seed = try Self.seed(arguments, command: Self.programme)
        let path = resolve(try arguments.required("out"))
        let source = try sourceProgramme(arguments)
        let text = try SyntheticProgramme.text(
            from: ProgrammeReader.read(text: source.text, path: source.path), bytes: kilobytes * 1000, seed: seed)
        try AtomicFile.write(text, to: path)
        output.line("\(text.utf8.count) byte i \(path)")
        return .success
    }

    /// A gzip member (RFC 1952) is a header, raw deflate, and a CRC and size; only the
    /// deflate part is timed.
    private func inflate(_ arguments: ParsedArguments) throws -> ExitCode {
        let path = resolve(arguments.positionals.first ?? "")
        guard let data = FileManager.default.contents(atPath: path) else { throw ForankraError(.noInput, "no such file", path: path) }
        let bytes = [UInt8](data)
        guard bytes.count > 18, bytes[0] == 0x1F, bytes[1] == 0x8B, bytes[2] == 8 else {
            throw ForankraError.data("not a gzip file", path: path)
        }
        var start = 10
        let flags = bytes[3]
        if flags & 4 != 0 { start += 2 + Int(bytes[start]) | Int(bytes[start + 1]) << 8 }
        for flag: UInt8 in [8, 16] where flags & flag != 0 {
            while start < bytes.count, bytes[start] != 0 { start += 1 }
            start += 1
        }
        if flags & 2 != 0 { start += 2 }
        let deflated = Array(bytes[start..<(bytes.count - 8)])
        let began = DispatchTime.now().uptimeNanoseconds
        let unpacked = try Inflate.raw(deflated, limit: 1 << 31)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        guard CRC32.checksum(unpacked) == UInt32(bytes[bytes.count - 8]) | UInt32(bytes[bytes.count - 7]) << 8
                | UInt32(bytes[bytes.count - 6]) << 16 | UInt32(bytes[bytes.count - 5]) << 24 else {
            throw ForankraError.data("the unpacked data does not match the file's checksum", path: path)
        }
        output.line(String(format: "%d bytes in %.3f s: %.0f MB/s", unpacked.count, seconds, Double(unpacked.count) / 1_048_576 / max(seconds, 1e-9)))
        return .success
    }

    private func pdfLines(_ arguments: ParsedArguments) throws -> ExitCode {
        let path = resolve(arguments.positionals.first ?? "")
        guard let data = FileManager.default.contents(atPath: path) else { throw ForankraError(.noInput, "no such file", path: path) }
        let began = DispatchTime.now().uptimeNanoseconds
        let document = try PDFReader.lines([UInt8](data), path: path)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - began) / 1e9
        if arguments.flag("text") {
            output.writeOut(document.lines.map(\.text).joined(separator: "\n") + "\n")
            return .success
        }
        for line in document.lines {
            output.line(String(format: "p%-3d %5.1f %@%@ %-14@ %@", line.page, line.fontSize, line.isBold ? "B" : " ", line.isItalic ? "I" : " ", line.family, line.text))
        }
        output.line(String(format: "%d pages, %d lines in %.3f s", document.pageCount, document.lines.count, seconds))
        return .success
    }

    private static func seed(_ arguments: ParsedArguments, command: CommandSpec) throws -> UInt64 {
        let text = arguments.value("seed") ?? "1"
        guard let seed = UInt64(text) else {
            throw UsageError.badValue("--seed", text, expected: "a whole number, 0 or more", command: command)
        }
        return seed
    }

    private func sourceProgramme(_ arguments: ParsedArguments) throws -> (text: String, path: String) {
        let path = resolve(arguments.value("programme") ?? "materials/programme/personalpolitiskt-program.md")
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ForankraError(.noInput, "cannot read the programme", path: path,
                                hint: "Run from the forankra folder or give --programme FILE.")
        }
        return (try TextDecoding.decode(data, path: path).text, path)
    }

    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : workingDirectory + "/" + path
    }
}
