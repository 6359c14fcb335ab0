/// Pipe tables: a header row, a `| --- |` separator (it must hold a pipe) with as many cells,
/// then rows until a blank line or another block. `\|` is a literal pipe inside a cell.
enum MarkdownTable {
    static func starts(at line: Substring, next: Substring?) -> Bool {
        guard line.contains("|"), let next, isSeparator(next) else { return false }
        return cells(of: line).count == cells(of: next).count
    }

    static func read(from scanner: inout LineScanner) -> MarkdownBlock? {
        guard let first = scanner.currentLine, starts(at: first, next: scanner.nextLine) else { return nil }
        let start = scanner.lineNumber
        let header = cells(of: first)
        scanner.readLine()
        scanner.readLine()
        var rows: [[String]] = []
        while let line = scanner.currentLine, !line.isBlankLine, !startsOtherBlock(line, next: scanner.nextLine) {
            var row = cells(of: line)
            if row.count < header.count { row += Array(repeating: "", count: header.count - row.count) }
            rows.append(row)
            scanner.readLine()
        }
        return MarkdownBlock(kind: .table(header: header, rows: rows), line: start)
    }

    private static func startsOtherBlock(_ line: Substring, next: Substring?) -> Bool {
        if MarkdownLine.interruptsParagraph(line, next: next) { return true }
        return MarkdownLine.isHTMLStart(line)
    }

    static func isSeparator(_ line: Substring) -> Bool {
        let trimmed = MarkdownLine.trimmed(line)
        guard trimmed.contains("-"), trimmed.contains("|"), trimmed.allSatisfy({ "|-: \t".contains($0) }) else { return false }
        return cells(of: line).allSatisfy { cell in
            var body = Substring(cell)
            if body.first == ":" { body = body.dropFirst() }
            if body.last == ":" { body = body.dropLast() }
            return !body.isEmpty && body.allSatisfy { $0 == "-" }
        }
    }

    /// Splits a row on unescaped pipes, dropping one leading and one trailing pipe; cells trimmed.
    static func cells(of line: Substring) -> [String] {
        var cells: [String] = []
        var cell = ""
        var characters = MarkdownLine.trimmed(line)[...]
        if characters.first == "|" { characters = characters.dropFirst() }
        var endedWithPipe = false
        while let character = characters.popFirst() {
            endedWithPipe = false
            if character == "\\", let next = characters.first {
                characters = characters.dropFirst()
                if next != "|" { cell.append(character) }
                cell.append(next)
            } else if character == "|" {
                cells.append(cell)
                cell = ""
                endedWithPipe = true
            } else {
                cell.append(character)
            }
        }
        if !endedWithPipe || cells.isEmpty { cells.append(cell) }
        return cells.map { String(MarkdownLine.trimmed(Substring($0))) }
    }
}
