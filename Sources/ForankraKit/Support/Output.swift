import Foundation

/// Where a command's text goes. Injected so tests never touch the real terminal.
public struct Output: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeErr: @Sendable (String) -> Void
    /// Colour is used only on a terminal and never when `NO_COLOR` is set.
    public var useColour: Bool
    public var isTerminal: Bool

    public init(writeOut: @escaping @Sendable (String) -> Void, writeErr: @escaping @Sendable (String) -> Void, useColour: Bool = false, isTerminal: Bool = false) {
        self.writeOut = writeOut
        self.writeErr = writeErr
        self.useColour = useColour
        self.isTerminal = isTerminal
    }

    public static func standard(environment: [String: String]) -> Output {
        let terminal = isatty(STDOUT_FILENO) == 1
        return Output(
            writeOut: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeErr: { FileHandle.standardError.write(Data($0.utf8)) },
            useColour: wantsColour(isTerminal: terminal, environment: environment),
            isTerminal: terminal
        )
    }

    /// Colour on a terminal only, and never when NO_COLOR is set (no-color.org) or TERM=dumb.
    public static func wantsColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        let noColour = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return isTerminal && !noColour && environment["TERM"] != "dumb"
    }

    public func line(_ text: String = "") { writeOut(text + "\n") }
    public func errorLine(_ text: String) { writeErr(text + "\n") }

    public func bold(_ text: String) -> String { useColour ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    public func dim(_ text: String) -> String { useColour ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    public func warning(_ text: String) -> String { useColour ? "\u{1B}[33m\(text)\u{1B}[0m" : text }
    public func failure(_ text: String) -> String { useColour ? "\u{1B}[31m\(text)\u{1B}[0m" : text }
}

/// Collects what a command printed; used by tests and by the demo, which reports in its own words.
public final class CapturedOutput: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = ""
    private var errText = ""

    public init() {}

    public var output: Output {
        Output(
            writeOut: { [self] text in lock.withLock { outText += text } },
            writeErr: { [self] text in lock.withLock { errText += text } }
        )
    }

    public var standardOutput: String { lock.withLock { outText } }
    public var standardError: String { lock.withLock { errText } }
}
