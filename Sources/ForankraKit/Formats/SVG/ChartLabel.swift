/// Fitting user text into a fixed width without measuring fonts: an average glyph is about
/// 0.56 em wide in the sans-serif faces browsers print with; a long label ends in "…".
enum ChartLabel {
    static let averageGlyphWidth = 0.56

    static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * averageGlyphWidth
    }

    /// Line breaks and runs of spaces become one space: SVG text is a single line.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }

    static func truncated(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        let line = singleLine(text)
        let maxCharacters = max(Int(maxWidth / (fontSize * averageGlyphWidth)), 2)
        guard line.count > maxCharacters else { return line }
        let kept = line.prefix(maxCharacters - 1).trimmingTrailingSpaces()
        return kept + "…"
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> String {
        var text = String(self)
        while text.last == " " { text.removeLast() }
        return text
    }
}
