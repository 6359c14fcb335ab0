/// The table a word-processor reader is inside: the paragraphs of its cells gather into the
/// cell, the cells of a row into one table-row paragraph. A table inside a cell reads as text
/// of that cell.
struct DocumentTable {
    private var depth = 0
    private var row: [String]?
    private var cell: String?

    var isOpen: Bool { depth > 0 }

    mutating func open() { depth += 1 }
    mutating func close() { depth = max(0, depth - 1) }

    mutating func startRow() { if depth == 1 { row = [] } }
    mutating func startCell() { if depth == 1 { cell = "" } }

    mutating func endCell() {
        guard depth == 1 else { return }
        row?.append(cell ?? "")
        cell = nil
    }

    /// The finished row, unless all its cells are empty.
    mutating func endRow(page: Int) -> DocumentParagraph? {
        guard depth == 1 else { return nil }
        defer { row = nil }
        guard let cells = row, cells.contains(where: { !$0.isEmpty }) else { return nil }
        return DocumentParagraph(kind: .tableRow(cells), text: cells.joined(separator: " "), page: page)
    }

    mutating func add(paragraph text: String) {
        cell = (cell.map { $0 + " " } ?? "") + text
    }
}
