import Foundation

/// The outside world as one command sees it.
struct RunContext {
    var workingDirectory: String
    var environment: [String: String]
    var today: Date
    var output: Output
    /// The language of help and messages (`InterfaceLanguage.detect`); Swedish by default.
    var interfaceLanguage: Language = .sv
    /// `--lang` when the command line gives it: it overrides the workspace's `language:` for
    /// one run, for what the command prints and writes alike.
    var requestedLanguage: Language?

    var folder: WorkingFolder { WorkingFolder(workingDirectory) }

    /// A path as the user typed it, made absolute against the working directory.
    func resolve(_ path: String) -> String { folder.resolve(path) }

    /// A path for messages: relative to the working directory when it is inside it.
    func display(_ path: String) -> String { folder.display(path) }
}

protocol Command {
    static var spec: CommandSpec { get }
    init(_ arguments: ParsedArguments, context: RunContext) throws
    func run(_ context: RunContext) throws -> ExitCode
}
