/// A run of glyphs drawn one after the other on one baseline with no wide gap: a word, a line
/// of a column, a table cell. Fragments are the pieces the layout arranges; two columns'
/// lines on the same baseline stay separate fragments because the content draws them apart.
struct PDFFragment {
    /// The glyphs, as positions in the page's glyph list.
    var range: Range<Int>
    var minX: Double
    var maxX: Double
    var baseline: Double
    var size: Double

    var width: Double { maxX - minX }

    /// A gap wider than this, in font sizes, starts a new fragment: wider than any space
    /// between words, narrower than a gutter between columns.
    static let widestGap = 1.0

    static func fragments(of glyphs: [PDFGlyph]) -> [PDFFragment] {
        var result: [PDFFragment] = []
        var current: PDFFragment?
        for (index, glyph) in glyphs.enumerated() {
            if var fragment = current, fragment.continues(with: glyph) {
                fragment.range = fragment.range.lowerBound..<(index + 1)
                fragment.maxX = max(fragment.maxX, glyph.endX)
                fragment.minX = min(fragment.minX, glyph.x)
                fragment.size = max(fragment.size, glyph.size)
                current = fragment
                continue
            }
            if let fragment = current { result.append(fragment) }
            current = PDFFragment(range: index..<(index + 1), minX: glyph.x, maxX: glyph.endX, baseline: glyph.y, size: glyph.size)
        }
        if let fragment = current { result.append(fragment) }
        return result
    }

    /// Same baseline (a superscript's rise stays within it), and the glyph starts near where
    /// the fragment ends: not far back, not beyond a word gap.
    private func continues(with glyph: PDFGlyph) -> Bool {
        let scale = max(min(size, glyph.size), 1)
        guard abs(glyph.y - baseline) <= 0.4 * scale else { return false }
        let gap = glyph.x - maxX
        return gap >= -0.5 * scale && gap <= Self.widestGap * scale
    }
}
