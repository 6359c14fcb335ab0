/// The one error type that reaches the user. It carries the exit code and, where there is one,
/// the file and place the problem is in, so every message can read `path:line:column: message`.
public struct ForankraError: Error, Equatable, Sendable, CustomStringConvertible {
    public var exitCode: ExitCode
    public var message: String
    public var path: String?
    public var location: SourceLocation?
    /// The stable code of a problem in a record (`BAD-DATE`), when the error is one; printed in
    /// brackets for editors and scripts.
    public var code: String?
    /// What the user can do about it; printed on its own line after the message.
    public var hint: String?
    /// The separate problems behind a refusal that names them all ("nothing was recorded: 3
    /// problems"), each printed on its own line under it.
    public var details: [ForankraError] = []

    public init(
        _ exitCode: ExitCode, _ message: String, path: String? = nil,
        location: SourceLocation? = nil, code: String? = nil, hint: String? = nil
    ) {
        self.exitCode = exitCode
        self.message = message
        self.path = path
        self.location = location
        self.code = code
        self.hint = hint
    }

    public static func data(_ message: String, path: String? = nil, line: Int? = nil, column: Int? = nil, code: String? = nil, hint: String? = nil) -> ForankraError {
        ForankraError(.dataError, message, path: path, location: line.map { SourceLocation(line: $0, column: column) }, code: code, hint: hint)
    }

    /// Adds the file path when an inner layer (a parser working on a string) did not know it.
    public func inFile(_ path: String) -> ForankraError {
        var copy = self
        if copy.path == nil { copy.path = path }
        return copy
    }

    /// `path:line:column: error: [CODE] message`, as compilers print a diagnostic, so an editor
    /// or a CI annotator can jump to the place; `forankra: error: message` without a file.
    public var description: String { text(.en) }

    /// The diagnostic line with its keyword in `language` (`fel:` in Swedish).
    public func text(_ language: Language) -> String {
        Diagnostic(severity: .error, path: path, location: location, code: code, message: message).text(language)
    }
}
