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
        // Lines as UTF-8 slices: splitting ten thousand rows into Characters cost more than
        // everything else the write does.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        func line(_ index: Int) -> String { String(decoding: lines[index], as: UTF8.self) }
        guard let header = lines.indices.first(where: { index in
                  index + 1 < lines.count && lines[index].first == UInt8(ascii: "|") && RecordTable.isSeparator(line(index + 1))
              }),
              let row = lines.indices.dropFirst(header + 2).first(where: { Self.firstCell(of: lines[$0]) == id })
        else { return try RosterFile.read(text, path: relativePath) }
        let oneRow = ((0...(header + 1)).map(line) + [line(row)]).joined(separator: "\n") + "\n"
        let reading = RosterFile.reading(oneRow, path: relativePath)
        guard reading.problems.isEmpty, let roster = reading.model, roster.manager(id: id) != nil else {
            return try RosterFile.read(text, path: relativePath)
        }
        return roster
    }

    /// "| anna.ek | Anna Ek | …" → "anna.ek"; nil for a line that is not a table row. Ids are
    /// plain words, so the cell needs no markdown reading.
    private static func firstCell(of line: Substring.UTF8View) -> String? {
        let bar = UInt8(ascii: "|"), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        let trimmed = line.drop(while: { $0 == space })
        guard trimmed.first == bar else { return nil }
        let cell = trimmed.dropFirst().prefix(while: { $0 != bar }).drop(while: { $0 == space || $0 == tab })
        let end = cell.lastIndex(where: { $0 != space && $0 != tab }).map { cell.index(after: $0) } ?? cell.startIndex
        return String(decoding: cell[cell.startIndex..<end], as: UTF8.self)
    }
}
