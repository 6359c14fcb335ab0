/// A 1-based place in a text file. Column is optional because many problems belong to a whole line.
public struct SourceLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int?

    public init(line: Int, column: Int? = nil) {
        self.line = line
        self.column = column
    }

    public var description: String {
        if let column { return "\(line):\(column)" }
        return "\(line)"
    }
}
