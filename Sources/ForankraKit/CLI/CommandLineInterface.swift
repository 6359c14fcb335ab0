import Foundation

/// Everything a run of the tool needs from the outside world, injected so tests control it.
public struct CommandLineInterface {
    public var arguments: [String]
    public var workingDirectory: String
    public var environment: [String: String]
    public var today: Date
    public var output: Output

    public init(arguments: [String], workingDirectory: String, environment: [String: String], today: Date, output: Output) {
        self.arguments = arguments
        self.workingDirectory = workingDirectory
        self.environment = environment
        self.today = today
        self.output = output
    }

    public func run() -> ExitCode {
        output.line("forankra")
        return .success
    }
}
