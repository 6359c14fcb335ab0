/// One block of a markdown document, with the line it starts on.
public struct MarkdownBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Closing `#`s of ATX headings are removed; setext headings are level 1 (`===`) or 2 (`---`).
        case heading(level: Int, text: String)
        /// Lines joined with single spaces, inline markup kept raw. A hard line break (two trailing
        /// spaces or a trailing backslash) is kept as `"\n"`.
        case paragraph(text: String)
        /// Nested lists are flattened into the items with their depth.
        case list(ordered: Bool, items: [MarkdownListItem])
        case blockquote([MarkdownBlock])
        /// Cells trimmed, `\|` turned into `|`; inline markup otherwise kept raw. Short rows are
        /// padded with empty cells to the header's width.
        case table(header: [String], rows: [[String]])
        /// `---`, `***` or `___` alone on a line.
        case thematicBreak
        /// Ten or more underscores alone on a line: a line to write on.
        case writeInLine
        /// The text between `<!--` and `-->`, trimmed; may span lines.
        case comment(String)
        /// Raw HTML lines, kept as written (printed as text, never passed through).
        case html(String)
        /// A fenced code block (``` or ~~~) with its info string.
        case code(info: String, text: String)
    }

    public var kind: Kind
    /// 1-based first line of the block in the original text.
    public var line: Int

    public init(kind: Kind, line: Int) {
        self.kind = kind
        self.line = line
    }
}

/// One item of a list; nested items carry their depth instead of a nested list.
public struct MarkdownListItem: Sendable, Equatable {
    /// Inline markup kept raw; continuation lines joined with single spaces.
    public var text: String
    public var line: Int
    /// 0 for top-level items.
    public var depth: Int
    /// nil for an ordinary item, false for `- [ ]`, true for `- [x]`.
    public var task: Bool?
    /// The number written before an ordered item (`3.` or `3)`); nil for bullets.
    public var number: Int?

    public init(text: String, line: Int, depth: Int = 0, task: Bool? = nil, number: Int? = nil) {
        self.text = text
        self.line = line
        self.depth = depth
        self.task = task
        self.number = number
    }
}
