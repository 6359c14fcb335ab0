/// The start of a list item: `-`, `*`, `+`, `1.` or `1)` followed by a space or the line end.
struct ListMarker: Equatable {
    /// Columns of whitespace before the marker.
    var indent: Int
    /// Column where the item's text starts; deeper lines belong to this item.
    var contentIndent: Int
    /// The written number of an ordered item, nil for a bullet.
    var number: Int?
    /// The text after the marker, trimmed.
    var content: Substring

    init?(_ line: Substring) {
        let indent = MarkdownLine.indent(of: line)
        let rest = line.drop { $0 == " " || $0 == "\t" }
        guard let first = rest.first else { return nil }
        var afterMarker: Substring
        if "-*+".contains(first) {
            afterMarker = rest.dropFirst()
            number = nil
        } else {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            afterMarker = rest.dropFirst(digits.count)
            guard let delimiter = afterMarker.first, delimiter == "." || delimiter == ")" else { return nil }
            afterMarker = afterMarker.dropFirst()
            number = Int(digits)
        }
        guard afterMarker.isEmpty || afterMarker.first == " " || afterMarker.first == "\t" else { return nil }
        let spaces = min(afterMarker.prefix { $0 == " " || $0 == "\t" }.count, 4)
        self.indent = indent
        self.contentIndent = indent + (rest.count - afterMarker.count) + max(spaces, 1)
        self.content = MarkdownLine.trimmed(afterMarker)
    }
}
