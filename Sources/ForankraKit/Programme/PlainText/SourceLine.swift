/// One line of an extracted text with where it came from: its line in the file and its page
/// (pdftotext separates pages with form feeds).
struct SourceLine: Equatable {
    var text: String
    var number: Int
    var page: Int
    /// Set where page furniture was taken out just before this line, so a paragraph that runs
    /// across a page break can be joined again.
    var followsPageBreak = false
    /// What the file's own markup says the line is, when it has markup (a web page, a Word or
    /// PDF file); nil for plain text, whose structure the reader works out.
    var markup: Markup?

    enum Markup: Equatable {
        case heading(Int)
        case listItem(depth: Int, ordered: Bool)
        case paragraph
        case tableRow
    }

    var trimmed: String { text.trimmingCharacters(in: .whitespaces) }
    var isBlank: Bool { text.allSatisfy(\.isWhitespace) }

    /// Splits text into lines and pages. Ligatures from PDF fonts are spelled out, since a
    /// quote should read as the words did, not as the font drew them.
    static func lines(of text: String) -> (lines: [SourceLine], pageCount: Int) {
        var result: [SourceLine] = []
        var page = 1
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = Substring(raw)
            while let first = line.first, first == "\u{0C}" {
                page += 1
                line = line.dropFirst()
            }
            var clean = String(line).replacingOccurrences(of: "\u{0C}", with: "")
            if clean.contains(where: { ligatures[$0] != nil }) {
                clean = String(clean.flatMap { ligatures[$0] ?? String($0) })
            }
            result.append(SourceLine(text: clean.replacingOccurrences(of: "\t", with: " "), number: index + 1, page: page))
        }
        while let last = result.last, last.isBlank { result.removeLast() }
        // pdftotext ends with a form feed; a page with nothing on it is not a page.
        return (result, result.last?.page ?? 1)
    }

    private static let ligatures: [Character: String] = [
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
    ]
}
