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
        cellsOfPlainRow(line) ?? cellsCharacterByCharacter(of: line)
    }

    /// The cells of a row without escapes, cut at the pipe bytes: a roster of thousands of
    /// managers is read row by row on every command. Nil when a pipe or a space at a cut
    /// could join a neighbouring character (a combining mark after it, a prepended mark before
    /// it), where only the character-by-character reading gives the same cells.
    static func cellsOfPlainRow(_ line: Substring) -> [String]? {
        let bytes = line.utf8
        guard !bytes.contains(UInt8(ascii: "\\")) else { return nil }
        var previous: Unicode.Scalar = "\n"
        for scalar in line.unicodeScalars {
            if Self.isCut(scalar) && previous.mayClingToNext { return nil }
            if Self.isCut(previous) && scalar.mayClingToPrevious { return nil }
            previous = scalar
        }
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isSpaceByte(bytes[start]) { start = bytes.index(after: start) }
        while start < end, Self.isSpaceByte(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start < end, bytes[start] == UInt8(ascii: "|") { start = bytes.index(after: start) }
        var cells: [String] = []
        var cellStart = start
        var index = start
        while index < end {
            if bytes[index] == UInt8(ascii: "|") {
                cells.append(Self.trimmedCell(bytes[cellStart..<index]))
                cellStart = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        // A trailing pipe closes the last cell; it does not open an empty one.
        if cellStart < end || cells.isEmpty || bytes[bytes.index(before: end)] != UInt8(ascii: "|") {
            cells.append(Self.trimmedCell(bytes[cellStart..<end]))
        }
        return cells
    }

    private static func isSpaceByte(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }

    private static func isCut(_ scalar: Unicode.Scalar) -> Bool { scalar == "|" || scalar == " " || scalar == "\t" }

    private static func trimmedCell(_ bytes: Substring.UTF8View.SubSequence) -> String {
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, isSpaceByte(bytes[start]) { start = bytes.index(after: start) }
        while start < end, isSpaceByte(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        return String(Substring(bytes[start..<end]))
    }

    static func cellsCharacterByCharacter(of line: Substring) -> [String] {
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
