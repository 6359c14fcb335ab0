/// An import written into roster/chefer.md in place: a changed manager's row is rewritten, a
/// new manager's row is appended to the table, and everything else (HR's notes, extra columns,
/// the spacing of untouched rows) stays byte for byte as it was.
extension RosterFile {
    static func apply(_ summary: RosterImport.Summary, to document: inout RecordDocument, source: String, on day: CalendarDate) throws {
        guard let table = document.table(under: ["Chefer", "Managers"]) else {
            throw ForankraError.data("no table of managers under a '# Chefer' heading", path: document.path, line: 1)
        }
        let rowByLine = Dictionary(table.rows.map { ($0.index + 1, $0) }, uniquingKeysWith: { first, _ in first })
        for manager in summary.changed.map(\.after) + summary.inactivated {
            guard let row = rowByLine[manager.line] else {
                throw ForankraError.data("the roster changed while it was read; run the import again", path: document.path, line: manager.line)
            }
            document.replaceLine(at: row.index, with: RecordTable.format(cells(for: manager, header: table.header, keeping: row.cells)))
        }
        let added = summary.added.map { RecordTable.format(cells(for: $0, header: table.header, keeping: [])) }
        document.insertLines(added, at: table.endIndex)
        if document.frontMatter["imported"] != nil || document.frontMatter["source"] != nil {
            if document.frontMatter["imported"] != day.description { try document.setField("imported", day.description) }
            if document.frontMatter["source"] != source { try document.setField("source", source) }
        }
    }

    /// The row's cells in the file's own column order; columns HR added keep their text.
    private static func cells(for manager: Manager, header: [String], keeping existing: [String]) -> [String] {
        let values = [
            "id": manager.id, "namn": manager.name, "e-post": manager.email, "förvaltning": manager.department,
            "enhet": manager.unit, "medarbetare": manager.staff.map(String.init) ?? "",
            "från": manager.from?.description ?? "", "till": manager.to?.description ?? "",
        ]
        return header.enumerated().map { index, name in
            values[name.lowercased()] ?? (index < existing.count ? existing[index] : "")
        }
    }
}
