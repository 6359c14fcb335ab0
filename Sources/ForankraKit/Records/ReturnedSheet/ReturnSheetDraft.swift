/// The return part of a sheet split into what was written under each label, before anything is
/// interpreted. Reading the file never fails here; every judgement is made by the validation
/// that follows, so that all problems can be reported in one run.
struct ReturnSheetDraft {
    /// A labelled field and the lines written under it (on the label's line or after it).
    struct Entry {
        var field: ReturnSheetField
        var labelLine: Int
        var lines: [Written]
    }

    /// One line of writing with its 1-based line number; `raw` keeps indentation and list marks.
    struct Written {
        var raw: Substring
        var line: Int
        var text: String { ReturnSheetLine.writing(raw) }
    }

    /// A row of the commitments table: cells as split by the markdown table reader.
    struct Row {
        var cells: [String]
        var line: Int
    }

    var language: Language
    /// Line of the "Återrapport till HR" heading; missing fields are reported here.
    var headingLine: Int
    var entries: [Entry] = []
    var rows: [Row] = []
    /// Sections named in the `<!-- forankra:apt-underlag avsnitt=… -->` comment.
    var commentSections: [String] = []

    func entries(_ field: ReturnSheetField) -> [Entry] {
        entries.filter { $0.field == field }
    }

    /// Nil when the text has no return part at all.
    init?(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.indices.last(where: { ReturnSheetLine.returnHeadingLanguage(lines[$0]) != nil }),
              let language = ReturnSheetLine.returnHeadingLanguage(lines[start]) else { return nil }
        self.language = language
        headingLine = start + 1
        commentSections = Self.sectionsInComment(lines)
        var current: Int?
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            if let (field, answer) = ReturnSheetLine.field(in: line) {
                entries.append(Entry(field: field, labelLine: index + 1, lines: answer.isEmpty ? [] : [Written(raw: answer, line: index + 1)]))
                current = entries.count - 1
            } else if ReturnSheetLine.isTableRow(line) {
                index = readTable(lines, from: index, current: &current)
                continue
            } else if ReturnSheetLine.isHeading(line) {
                current = nil
            } else if let current, !ReturnSheetLine.writing(line).isEmpty {
                entries[current].lines.append(Written(raw: line, line: index + 1))
            }
            index += 1
        }
    }

    /// Reads a pipe table; a table under "Våra åtaganden", or whose header names the commitment
    /// columns, gives commitment rows, any other table is writing for the field it is under.
    /// Returns the index after the table.
    private mutating func readTable(_ lines: [Substring], from start: Int, current: inout Int?) -> Int {
        var end = start
        while end < lines.count, ReturnSheetLine.isTableRow(lines[end]) { end += 1 }
        var body = start
        var header: [String] = []
        if start + 1 < end, MarkdownTable.isSeparator(lines[start + 1]) {
            header = MarkdownTable.cells(of: lines[start])
            body = start + 2
        }
        let underCommitments = current.map { entries[$0].field == .commitments } ?? false
        let headerNamesCommitments = header.first.map { ["vad ska göras", "what is to be done", "vad", "what"].contains($0.lowercased()) } ?? false
        if underCommitments || headerNamesCommitments {
            if !underCommitments {
                entries.append(Entry(field: .commitments, labelLine: start + 1, lines: []))
                current = entries.count - 1
            }
            for index in body..<end where !MarkdownTable.isSeparator(lines[index]) {
                rows.append(Row(cells: MarkdownTable.cells(of: lines[index]), line: index + 1))
            }
        } else if let current {
            for index in start..<end { entries[current].lines.append(Written(raw: lines[index], line: index + 1)) }
        }
        return end
    }

    /// `<!-- forankra:apt-underlag avsnitt=5 -->` or `avsnitt=5,6.1`.
    private static func sectionsInComment(_ lines: [Substring]) -> [String] {
        guard let comment = lines.first(where: { $0.contains("forankra:apt-underlag") }),
              let range = comment.range(of: "avsnitt=") else { return [] }
        let value = comment[range.upperBound...].prefix { $0 != " " && $0 != "-" && $0 != ">" }
        return value.split(separator: ",").map(String.init).filter { !$0.isEmpty }
    }
}
