import Foundation

/// The outside world as one command sees it.
struct RunContext {
    var workingDirectory: String
    var environment: [String: String]
    var today: Date
    var output: Output

    /// A path as the user typed it, made absolute against the working directory.
    func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return URL(fileURLWithPath: workingDirectory).appendingPathComponent(path).standardizedFileURL.path
    }

    /// A path for messages: relative to the working directory when it is inside it.
    func display(_ path: String) -> String {
        let base = URL(fileURLWithPath: workingDirectory).standardizedFileURL.path
        if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
        return path
    }
}

protocol Command {
    static var spec: CommandSpec { get }
    init(_ arguments: ParsedArguments, context: RunContext) throws
    func run(_ context: RunContext) throws -> ExitCode
}
