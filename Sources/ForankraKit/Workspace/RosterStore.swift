import Foundation

/// Reading the roster file, which may not exist yet in a new workspace.
enum RosterStore {
    static let relativePath = "roster/chefer.md"

    static func read(_ workspace: Workspace) throws -> RosterFile {
        guard FileManager.default.fileExists(atPath: workspace.rosterPath) else { return RosterFile(managers: []) }
        return try RosterFile.read(try workspace.read(relativePath), path: relativePath)
    }

    /// The roster as one manager's APT needs it: the table's header and that manager's row,
    /// found by the id in its first cell without parsing the other rows, so an `apt log` costs
    /// the same with 300 managers as with 10 000. When the row is not found that way, or reads
    /// with a problem, the whole roster is read, so an unknown id or a broken row gets the same
    /// answer, with the same line, as before.
    static func read(_ workspace: Workspace, onlyManager id: String) throws -> RosterFile {
        guard FileManager.default.fileExists(atPath: workspace.rosterPath) else { return RosterFile(managers: []) }
        let text = try workspace.read(relativePath)
        // Lines as UTF-8 slices, cut only as far as the row: splitting ten thousand rows into
        // Characters, or even all into slices, cost more than everything else the write does.
        var lines: [Substring.UTF8View] = []
        var header: Int?
        var row: Int?
        let wanted = Array(id.utf8)
        var rest = Substring(text).utf8
        while row == nil, !rest.isEmpty || lines.isEmpty {
            let end = rest.firstIndex(of: UInt8(ascii: "\n")) ?? rest.endIndex
            lines.append(rest[rest.startIndex..<end])
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
            let index = lines.count - 1
            if let header {
                if index >= header + 2, Self.firstCell(of: lines[index]).elementsEqual(wanted) { row = index }
            } else if index >= 1, lines[index - 1].first == UInt8(ascii: "|"), RecordTable.isSeparator(String(Substring(lines[index]))) {
                header = index - 1
            }
        }
        func line(_ index: Int) -> String { String(Substring(lines[index])) }
        guard let header, let row else { return try RosterFile.read(text, path: relativePath) }
        let oneRow = ((0...(header + 1)).map(line) + [line(row)]).joined(separator: "\n") + "\n"
        let reading = RosterFile.reading(oneRow, path: relativePath)
        guard reading.problems.isEmpty, var manager = reading.model?.manager(id: id) else {
            return try RosterFile.read(text, path: relativePath)
        }
        // Read as the third line of a short table; the roster's line is the row's own.
        manager.line = row + 1
        return RosterFile(managers: [manager])
    }

    /// "| anna.ek | Anna Ek | …" → "anna.ek" as bytes; empty for a line that is not a table
    /// row. Ids are plain words, so the cell needs no markdown reading.
    private static func firstCell(of line: Substring.UTF8View) -> Substring.UTF8View.SubSequence {
        let bar = UInt8(ascii: "|"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let trimmed = line.drop(while: { $0 == space })
        guard trimmed.first == bar else { return trimmed[trimmed.startIndex..<trimmed.startIndex] }
        let cell = trimmed.dropFirst().prefix(while: { $0 != bar }).drop(while: { $0 == space || $0 == tab })
        let end = cell.lastIndex(where: { $0 != space && $0 != tab }).map { cell.index(after: $0) } ?? cell.startIndex
        return cell[cell.startIndex..<end]
    }
}
