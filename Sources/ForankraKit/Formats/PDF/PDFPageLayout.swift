/// Puts a page's glyphs into lines in reading order: fragments into rows from the top down;
/// on a page with two columns, each stretch of rows between lines that cross the gutter (and
/// between wide vertical gaps, such as the one under a running header) is read left column
/// first, then right. Fragments of one row and one column become one line unless they are far
/// apart (a header's left and right parts stay two lines).
enum PDFPageLayout {
    /// Fragments further apart than this, in font sizes, are separate lines.
    private static let separateLinesGap = 3.0

    static func lines(of glyphs: [PDFGlyph]) -> [PDFLayoutLine] {
        let rows = PDFRow.rows(of: PDFFragment.fragments(of: glyphs))
        guard let gutter = PDFGutter.find(in: rows) else {
            return rows.flatMap { lines(of: $0.fragments, glyphs, column: 0) }
        }
        var result: [PDFLayoutLine] = []
        var stretch: [PDFRow] = []
        let spacing = typicalSpacing(rows)
        for row in rows {
            let crosses = row.fragments.contains { gutter.side(of: $0) == .both }
            if crosses || (stretch.last.map { $0.baseline - row.baseline > 2.2 * spacing } ?? false) {
                result += columnLines(stretch, gutter, glyphs)
                stretch.removeAll()
            }
            if crosses {
                result += lines(of: row.fragments, glyphs, column: 0)
            } else {
                stretch.append(row)
            }
        }
        return result + columnLines(stretch, gutter, glyphs)
    }

    /// A stretch of rows that keep to the columns: the left parts of all of them, then the
    /// right parts.
    private static func columnLines(_ rows: [PDFRow], _ gutter: PDFGutter, _ glyphs: [PDFGlyph]) -> [PDFLayoutLine] {
        let left = rows.flatMap { row in lines(of: row.fragments.filter { gutter.side(of: $0) == .left }, glyphs, column: 1) }
        let right = rows.flatMap { row in lines(of: row.fragments.filter { gutter.side(of: $0) == .right }, glyphs, column: 2) }
        return left + right
    }

    /// The usual distance between one row and the next: the median, so headings' extra space
    /// does not count.
    private static func typicalSpacing(_ rows: [PDFRow]) -> Double {
        let gaps = zip(rows, rows.dropFirst()).map { $0.baseline - $1.baseline }.filter { $0 > 0.5 }
        return max(PDFGutter.median(gaps), 1)
    }

    /// The fragments of one row (left to right) as lines: neighbours join, distant ones part.
    private static func lines(of fragments: [PDFFragment], _ glyphs: [PDFGlyph], column: Int) -> [PDFLayoutLine] {
        var result: [PDFLayoutLine] = []
        var builder: PDFLineBuilder?
        for fragment in fragments {
            if var current = builder, fragment.minX - current.maxX <= separateLinesGap * max(fragment.size, 1) {
                current.add(fragment, glyphs)
                builder = current
                continue
            }
            if let finished = builder?.line(column: column) { result.append(finished) }
            var fresh = PDFLineBuilder()
            fresh.add(fragment, glyphs)
            builder = fresh
        }
        if let finished = builder?.line(column: column) { result.append(finished) }
        return result
    }
}
