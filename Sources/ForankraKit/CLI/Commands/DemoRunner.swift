/// Runs forankra commands for the demo exactly as a user would type them, showing each one.
struct DemoRunner {
    let context: RunContext
    /// Commands that run many times are shown once, then counted.
    var quiet = false

    func run(_ arguments: [String], saveAs: String? = nil, in folder: String? = nil) throws -> String {
        let out = context.output
        if !quiet {
            out.line("")
            out.line(out.dim("$ forankra " + arguments.map(DemoCommand.shellQuoted).joined(separator: " ") + (saveAs.map { " > \($0)" } ?? "")))
        }
        let captured = CapturedOutput()
        let cli = CommandLineInterface(
            arguments: arguments, workingDirectory: folder ?? context.workingDirectory,
            environment: context.environment, today: context.today, output: captured.output)
        let code = cli.run()
        if code != .success {
            out.writeErr(captured.standardError)
            throw DemoStepFailed(code: code)
        }
        if let saveAs {
            try AtomicFile.write(captured.standardOutput, to: context.resolve(saveAs))
        } else if !quiet {
            out.writeOut(captured.standardOutput)
        }
        return captured.standardOutput
    }
}

struct DemoStepFailed: Error {
    var code: ExitCode
}

/// A small deterministic generator, so the demo workspace is the same on every machine.
struct DemoRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(bound, 1)))
    }

    mutating func pick(_ items: [String]) -> String {
        items.isEmpty ? "" : items[next(items.count)]
    }
}
