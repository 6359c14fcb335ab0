/// Fragments that share a baseline, whichever part of the page they are in: one printed row.
struct PDFRow {
    var baseline: Double
    var fragments: [PDFFragment]

    /// Rows from the top of the page down. A fragment joins a row when its baseline is within
    /// a third of its size of the row's.
    static func rows(of fragments: [PDFFragment]) -> [PDFRow] {
        let sorted = fragments.sorted { $0.baseline != $1.baseline ? $0.baseline > $1.baseline : $0.minX < $1.minX }
        var rows: [PDFRow] = []
        for fragment in sorted {
            if let last = rows.indices.last, abs(rows[last].baseline - fragment.baseline) <= 0.35 * max(fragment.size, 1) {
                rows[last].fragments.append(fragment)
            } else {
                rows.append(PDFRow(baseline: fragment.baseline, fragments: [fragment]))
            }
        }
        for index in rows.indices { rows[index].fragments.sort { $0.minX < $1.minX } }
        return rows
    }
}
