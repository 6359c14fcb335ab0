/// A cursor over numbered lines. Backtracking is copying the value.
///
/// Lines keep the number they had in the original text, also when a blockquote strips its `>`
/// markers and reads its content with a scanner of its own.
public struct LineScanner: Sendable {
    public struct Line: Sendable, Equatable {
        public var text: Substring
        /// 1-based line number in the original text.
        public var number: Int

        public init(text: Substring, number: Int) {
            self.text = text
            self.number = number
        }
    }

    private let lines: [Line]
    private var index: Int

    /// Splits text whose line ends are already `\n`. A final line end does not make an empty last line.
    public init(text: String) {
        var parts = Self.lines(of: text)
        if parts.last?.isEmpty == true { parts.removeLast() }
        self.init(lines: parts.enumerated().map { Line(text: $0.element, number: $0.offset + 1) })
    }

    /// Cut at the line feed bytes, which is cutting at the line feed characters when no
    /// carriage return can join one (a line feed stands alone in every other cluster); a
    /// programme of a megabyte is not broken into Characters for it.
    static func lines(of text: String) -> [Substring] {
        guard !text.utf8.contains(UInt8(ascii: "\r")) else { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
    }

    public init(lines: [Line]) {
        self.lines = lines
        self.index = 0
    }

    public var isAtEnd: Bool { index >= lines.count }

    /// The line under the cursor, or nil at the end.
    public var currentLine: Substring? { isAtEnd ? nil : lines[index].text }

    /// The line after the current one, for constructs decided by two lines (tables, setext headings).
    public var nextLine: Substring? { index + 1 < lines.count ? lines[index + 1].text : nil }

    /// The 1-based number of the current line; one past the last line at the end.
    public var lineNumber: Int {
        if isAtEnd { return (lines.last?.number ?? 0) + 1 }
        return lines[index].number
    }

    /// Returns the current line with its number and moves past it.
    @discardableResult
    public mutating func readLine() -> Line? {
        guard !isAtEnd else { return nil }
        defer { index += 1 }
        return lines[index]
    }

    public mutating func skipBlankLines() {
        while let line = currentLine, line.isBlankLine { index += 1 }
    }
}

extension StringProtocol {
    /// Empty or only spaces and tabs.
    var isBlankLine: Bool { allSatisfy { $0 == " " || $0 == "\t" } }
}
