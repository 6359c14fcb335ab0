extension SmallGroupSuppression {
    /// Hides the cells of a two-level table (rows × columns, e.g. department × section) whose row
    /// and column totals are printed. Cells below `minimum` are hidden (`tooFew`); then, one line
    /// at a time, further cells are hidden (`complementary`) until no line with a printed total
    /// gives a hidden figure away by subtraction. The answer has the shape of `cells`.
    ///
    /// Rows may be ragged: a missing cell is read as an empty one (count 0).
    ///
    /// A line with a single non-empty cell has a total that *is* that cell (a section that belongs
    /// to one department only): there is nothing to subtract, so such a line is never repaired
    /// here, and the caller must not print its total when its cell is hidden. Such a cell is also
    /// the last choice as a complement, since that total would print it anyway.
    public static func suppress(table cells: [[Int]], minimum: Int) -> [[SuppressionReason?]] {
        var grid = Grid(cells)
        for position in grid.positions where grid.count(position) > 0 && grid.count(position) < minimum {
            grid.hidden[position.row][position.column] = .tooFew
        }
        // Always the first leaking line (rows top to bottom, then columns left to right), so the
        // outcome is deterministic. Each pass hides one more cell, so the loop ends.
        while let line = grid.lines.first(where: { grid.leaks($0, minimum: minimum) }) {
            guard let cell = bestComplement(in: line, grid: grid, minimum: minimum) else {
                // Cannot happen: a leaking line has two or more non-empty cells and is not
                // wholly hidden (that would hide its whole total, at least `minimum`), so some
                // non-empty cell in it is still shown. The guard only avoids a force unwrap.
                break
            }
            grid.hidden[cell.row][cell.column] = .complementary
        }
        return cells.indices.map { row in
            cells[row].indices.map { column in grid.hidden[row][column] }
        }
    }

    /// The cell to hide next in a leaking line. Only non-empty, shown cells qualify (hiding an
    /// empty cell protects nothing). Preferred: a cell whose crossing line also leaks (one hide
    /// mends two lines), then one whose crossing line already has hidden cells or no printed
    /// total (no new leak), then one that opens a new leak that can be mended in turn, last a cell
    /// alone in its crossing line (that line's total prints it, so hiding it protects only if the
    /// caller also hides that total); then the smallest count, so as little as possible is
    /// withheld; then the first position.
    private static func bestComplement(in line: [Grid.Position], grid: Grid, minimum: Int) -> Grid.Position? {
        func crossingCost(_ cell: Grid.Position) -> Int {
            let crossing = grid.crossingLine(of: cell, along: line)
            if grid.nonEmptyCells(crossing).count == 1 { return 3 }
            if grid.leaks(crossing, minimum: minimum) { return 0 }
            let opensLeak = grid.totalShown(crossing, minimum: minimum) && grid.hiddenCells(crossing).isEmpty
            return opensLeak ? 2 : 1
        }
        return line
            .filter { grid.count($0) > 0 && grid.hidden[$0.row][$0.column] == nil }
            .min { (crossingCost($0), grid.count($0), $0.row, $0.column) < (crossingCost($1), grid.count($1), $1.row, $1.column) }
    }
}

/// The table padded to a rectangle (missing and negative counts read as 0), with what is hidden.
private struct Grid {
    struct Position: Equatable {
        var row: Int
        var column: Int
    }

    let counts: [[Int]]
    var hidden: [[SuppressionReason?]]
    let lines: [[Position]]

    init(_ cells: [[Int]]) {
        let width = cells.map(\.count).max() ?? 0
        counts = cells.map { row in (0..<width).map { $0 < row.count ? max(0, row[$0]) : 0 } }
        hidden = cells.map { _ in Array(repeating: nil, count: width) }
        let rows = cells.indices.map { row in (0..<width).map { Position(row: row, column: $0) } }
        let columns = (0..<width).map { column in cells.indices.map { Position(row: $0, column: column) } }
        lines = rows + columns
    }

    var positions: [Position] { lines.prefix(counts.count).flatMap { $0 } }

    func count(_ position: Position) -> Int { counts[position.row][position.column] }

    func nonEmptyCells(_ line: [Position]) -> [Position] {
        line.filter { count($0) > 0 }
    }

    func hiddenCells(_ line: [Position]) -> [Position] {
        line.filter { hidden[$0.row][$0.column] != nil }
    }

    /// A line's total is printed only if it rests on at least `minimum` respondents, the same
    /// rule as `totalMayBeShown`. A smaller line has all its non-empty cells hidden as `tooFew`
    /// already, and the caller hides its total.
    func totalShown(_ line: [Position], minimum: Int) -> Bool {
        let total = line.reduce(0) { $0 + count($1) }
        return total > 0 && total >= minimum
    }

    /// A printed total minus the shown cells gives the hidden cells' joint figure: that leaks if
    /// it is one cell, or a handful of cells that together hold fewer than `minimum` respondents.
    /// A line with one non-empty cell has no separate total to subtract from (see `suppress`).
    func leaks(_ line: [Position], minimum: Int) -> Bool {
        let hiddenCells = hiddenCells(line)
        guard !hiddenCells.isEmpty, nonEmptyCells(line).count >= 2, totalShown(line, minimum: minimum) else { return false }
        return hiddenCells.count < 2 || hiddenCells.reduce(0) { $0 + count($1) } < minimum
    }

    /// The column through `cell` if `line` is a row, the row through it if `line` is a column.
    func crossingLine(of cell: Position, along line: [Position]) -> [Position] {
        line == lines[cell.row] ? lines[counts.count + cell.column] : lines[cell.row]
    }
}
