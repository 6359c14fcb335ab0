/// A record file as lines, edited in place: a command changes only the lines it must, so what
/// a person wrote by hand stays as they wrote it, and an unchanged record is byte for byte the
/// same when written back.
struct RecordDocument {
    /// The path relative to the workspace, as messages name it.
    let path: String
    private(set) var lines: [String]
    private(set) var frontMatter: FrontMatter
    private let endsWithNewline: Bool

    init(text: String, path: String) throws {
        self.path = path
        endsWithNewline = text.hasSuffix("\n")
        let textLines = TextLines(text)
        lines = text.isEmpty ? [""] : textLines.ranges.map(textLines.string(in:))
        frontMatter = try FrontMatter.read(textLines, path: path)
    }

    var text: String {
        lines.joined(separator: "\n") + (endsWithNewline || lines.isEmpty ? "\n" : "")
    }

    /// Sets a front matter field: its own line is replaced, or a new line goes before the
    /// closing `---`.
    mutating func setField(_ key: String, _ value: String) throws {
        let line = "\(key): \(RecordValue.frontMatter(value))"
        if let field = frontMatter.field(key) {
            lines[field.line - 1] = line
        } else {
            guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmedOfSpaces == "---" }) else {
                throw ForankraError.data("the record has no front matter to add '\(key)' to", path: path, line: 1)
            }
            lines.insert(line, at: closing)
        }
        frontMatter = try FrontMatter.split(text, path: path).frontMatter
    }

    /// The table under the first heading whose text is one of `headings` (any level).
    func table(under headings: [String]) -> RecordTable? {
        let wanted = Set(headings.map { $0.lowercased() })
        guard let headingIndex = lines.firstIndex(where: { line in
            let trimmed = line.trimmedOfSpaces
            guard trimmed.hasPrefix("#") else { return false }
            return wanted.contains(trimmed.drop(while: { $0 == "#" }).trimmedOfSpaces.lowercased())
        }) else { return nil }
        return RecordTable.find(in: lines, after: headingIndex)
    }

    /// The 0-based index of the line after the section under `heading`: where the next heading
    /// of the same or a higher level starts, or the end.
    func sectionEnd(under heading: String) -> Int? {
        guard let start = lines.firstIndex(where: { $0.trimmedOfSpaces.lowercased().hasSuffix(heading.lowercased()) && $0.hasPrefix("#") }) else { return nil }
        let level = lines[start].prefix(while: { $0 == "#" }).count
        for index in (start + 1)..<lines.count {
            let hashes = lines[index].prefix(while: { $0 == "#" }).count
            if hashes > 0 && hashes <= level && lines[index].dropFirst(hashes).first == " " { return index }
        }
        return lines.count
    }

    mutating func replaceLine(at index: Int, with line: String) {
        lines[index] = line
    }

    mutating func insertLines(_ new: [String], at index: Int) {
        lines.insert(contentsOf: new, at: index)
    }

    /// Blank lines at the end go, so a section added there follows the text with one blank line.
    mutating func removeTrailingBlankLines() {
        while lines.count > 1, let last = lines.last, last.trimmingCharacters(in: .whitespaces).isEmpty {
            lines.removeLast()
        }
    }
}

/// A markdown table inside a record, with the index of every row's line.
struct RecordTable {
    struct Row {
        var index: Int
        var cells: [String]
    }

    var header: [String]
    var headerIndex: Int
    var rows: [Row]
    /// Index of the line after the last row, where a new row is appended.
    var endIndex: Int

    /// The first table after the heading at `start`, before the next heading; text between
    /// them (an explanation for HR) is passed over.
    static func find(in lines: [String], after start: Int) -> RecordTable? {
        var index = start + 1
        while index + 1 < lines.count, !(isRow(lines[index]) && isSeparator(lines[index + 1])) {
            if lines[index].hasPrefix("#") { return nil }
            index += 1
        }
        guard index + 1 < lines.count else { return nil }
        let header = cells(of: lines[index])
        var rows: [Row] = []
        var row = index + 2
        while row < lines.count, isRow(lines[row]) {
            rows.append(Row(index: row, cells: cells(of: lines[row])))
            row += 1
        }
        return RecordTable(header: header, headerIndex: index, rows: rows, endIndex: row)
    }

    func column(_ names: [String]) -> Int? {
        let wanted = Set(names.map { $0.lowercased() })
        return header.firstIndex { wanted.contains($0.lowercased()) }
    }

    static func isRow(_ line: String) -> Bool {
        line.trimmedOfSpaces.hasPrefix("|")
    }

    static func isSeparator(_ line: String) -> Bool {
        isRow(line) && MarkdownTable.isSeparator(Substring(line))
    }

    /// Cells split as the markdown reader splits them (escaped pipes, one trailing pipe), then
    /// read back to their plain words, so a record reads the same as it prints.
    static func cells(of line: String) -> [String] {
        MarkdownTable.cells(of: Substring(line)).map { MarkdownInline.plainText($0) }
    }

    /// A row with every cell escaped, so a name with `|` or `*` cannot break the table.
    static func format(_ cells: [String]) -> String {
        "| " + cells.map(RecordValue.cell).joined(separator: " | ") + " |"
    }
}
