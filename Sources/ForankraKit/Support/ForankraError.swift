/// The one error type that reaches the user. It carries the exit code and, where there is one,
/// the file and place the problem is in, so every message can read `path:line:column: message`.
public struct ForankraError: Error, Equatable, Sendable, CustomStringConvertible {
    public var exitCode: ExitCode
    public var message: String
    public var path: String?
    public var location: SourceLocation?
    /// What the user can do about it; printed on its own line after the message.
    public var hint: String?

    public init(
        _ exitCode: ExitCode, _ message: String, path: String? = nil,
        location: SourceLocation? = nil, hint: String? = nil
    ) {
        self.exitCode = exitCode
        self.message = message
        self.path = path
        self.location = location
        self.hint = hint
    }

    public static func data(_ message: String, path: String? = nil, line: Int? = nil, column: Int? = nil, hint: String? = nil) -> ForankraError {
        ForankraError(.dataError, message, path: path, location: line.map { SourceLocation(line: $0, column: column) }, hint: hint)
    }

    /// Adds the file path when an inner layer (a parser working on a string) did not know it.
    public func inFile(_ path: String) -> ForankraError {
        var copy = self
        if copy.path == nil { copy.path = path }
        return copy
    }

    public var description: String {
        var prefix = ""
        if let path {
            prefix = path
            if let location { prefix += ":\(location)" }
            prefix += ": "
        } else if let location {
            prefix = "line \(location): "
        }
        return prefix + message
    }
}
