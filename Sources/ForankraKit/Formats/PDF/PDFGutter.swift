/// The vertical gap between two columns of text, when a page has one: a band in the middle
/// part of the page that most rows leave empty, with full lines of text on both sides of it.
/// A table of short cells or a page of short list items has empty bands too, but its text
/// does not fill the space on each side, and so is read row by row.
struct PDFGutter: Equatable {
    var left: Double
    var right: Double

    private static let binWidth = 2.0

    static func find(in rows: [PDFRow]) -> PDFGutter? {
        let fragments = rows.flatMap(\.fragments)
        guard rows.count >= 6, let minX = fragments.map(\.minX).min(), let maxX = fragments.map(\.maxX).max(),
              maxX - minX > 150, maxX - minX < 20_000 else { return nil }
        let coverage = coverageBins(fragments, from: minX, to: maxX)
        // Rows that cross the gutter (a heading over both columns) may be a few.
        let allowed = max(1, rows.count / 8)
        let firstBin = Int((maxX - minX) * 0.2 / binWidth), lastBin = Int((maxX - minX) * 0.8 / binWidth)
        var best: (start: Int, end: Int)?
        var runStart: Int?
        for bin in firstBin...max(firstBin, lastBin) where bin < coverage.count {
            if coverage[bin] <= allowed {
                let start = runStart ?? bin
                runStart = start
                if best.map({ bin - start > $0.end - $0.start }) ?? true { best = (start, bin) }
            } else {
                runStart = nil
            }
        }
        guard let (start, end) = best.map({ emptiest(coverage, $0.start, $0.end) }) else { return nil }
        let gutter = PDFGutter(left: minX + Double(start) * binWidth, right: minX + Double(end + 1) * binWidth)
        let typicalSize = median(fragments.map(\.size))
        let width = gutter.right - gutter.left
        // A gutter is a narrow lane between wide columns; a wide empty band is a page of
        // short lines (a list, a table) with something on the right.
        guard width >= max(6, 0.6 * typicalSize), width <= 0.2 * (maxX - minX) else { return nil }
        return gutter.isBorneOut(by: rows, minX: minX, maxX: maxX) ? gutter : nil
    }

    /// Most rows keep to one side or the other, many have text on both, and the text on each
    /// side fills its column.
    private func isBorneOut(by rows: [PDFRow], minX: Double, maxX: Double) -> Bool {
        var leftWidths: [Double] = [], rightWidths: [Double] = []
        var spanning = 0, twoSided = 0
        for row in rows {
            var hasLeft = false, hasRight = false, crosses = false
            for fragment in row.fragments {
                switch side(of: fragment) {
                case .left: hasLeft = true; leftWidths.append(fragment.width)
                case .right: hasRight = true; rightWidths.append(fragment.width)
                case .both: crosses = true
                }
            }
            if crosses { spanning += 1 } else if hasLeft && hasRight { twoSided += 1 }
        }
        guard spanning * 4 <= rows.count, twoSided * 10 >= rows.count * 3, leftWidths.count >= 3, rightWidths.count >= 3 else { return false }
        return Self.median(leftWidths) >= 0.45 * (left - minX) && Self.median(rightWidths) >= 0.45 * (maxX - right)
    }

    enum Side { case left, right, both }

    /// Which column a fragment is in; one that crosses the middle of the gutter is in both.
    func side(of fragment: PDFFragment) -> Side {
        let middle = (left + right) / 2
        if fragment.maxX <= middle { return .left }
        if fragment.minX >= middle { return .right }
        return .both
    }

    /// The longest stretch of the band where the fewest fragments cross: the band may reach
    /// into a column where one long line sticks out, and the gutter proper is beside it.
    private static func emptiest(_ coverage: [Int], _ start: Int, _ end: Int) -> (Int, Int) {
        let fewest = coverage[start...end].min() ?? 0
        var best: (Int, Int)?, runStart: Int?
        for bin in start...end {
            guard coverage[bin] == fewest else { runStart = nil; continue }
            let first = runStart ?? bin
            runStart = first
            if best.map({ bin - first > $0.1 - $0.0 }) ?? true { best = (first, bin) }
        }
        return best ?? (start, end)
    }

    private static func coverageBins(_ fragments: [PDFFragment], from minX: Double, to maxX: Double) -> [Int] {
        var bins = [Int](repeating: 0, count: Int((maxX - minX) / binWidth) + 1)
        for fragment in fragments {
            let first = max(0, Int((fragment.minX - minX) / binWidth))
            let last = min(bins.count - 1, Int((fragment.maxX - minX) / binWidth))
            guard first <= last else { continue }
            for bin in first...last { bins[bin] += 1 }
        }
        return bins
    }

    static func median(_ values: [Double]) -> Double {
        guard !values.isEmpty else { return 0 }
        return values.sorted()[values.count / 2]
    }
}
