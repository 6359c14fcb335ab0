import Foundation

/// The folder a command runs in. Paths the user types are taken relative to it, and paths in
/// messages are shown relative to it, so a message names a file the way the user would.
public struct WorkingFolder: Sendable, Equatable {
    public var path: String

    public init(_ path: String) {
        self.path = path
    }

    /// A path as the user typed it, made absolute against the working folder.
    public func resolve(_ typed: String) -> String {
        if typed.hasPrefix("/") { return typed }
        return URL(fileURLWithPath: path).appendingPathComponent(typed).standardizedFileURL.path
    }

    /// A path for messages: relative to the working folder when it is inside it.
    public func display(_ absolute: String) -> String {
        let base = URL(fileURLWithPath: path).standardizedFileURL.path
        if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
        return absolute
    }
}
