/// Builds indented HTML line by line, so the output stays readable and deterministic.
struct HTMLWriter {
    private(set) var html = ""
    private var depth: Int

    /// `depth`: the indentation a fragment starts at, for one to be placed in a page later.
    init(depth: Int = 0) {
        self.depth = depth
    }

    /// Lines another writer made, at the depth they were made for.
    mutating func fragment(_ lines: String) {
        html += lines
    }

    /// Room for `bytes` more, so a page that gathers a thousand sheets grows once, not by
    /// doubling, which held the old copy beside the new one each time.
    mutating func reserve(_ bytes: Int) {
        html.reserveCapacity(html.utf8.count + bytes)
    }

    mutating func line(_ text: String) {
        html += String(repeating: "  ", count: depth) + text + "\n"
    }

    /// Writes an opening line and indents what follows.
    mutating func open(_ text: String) {
        line(text)
        depth += 1
    }

    mutating func close(_ text: String) {
        depth = max(depth - 1, 0)
        line(text)
    }

    /// Several lines at the current indentation (a style sheet).
    mutating func lines(_ text: String) {
        for part in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if part.isEmpty { html += "\n" } else { line(String(part)) }
        }
    }

    /// Text whose line ends matter (code): written as is, only the first line indented.
    mutating func verbatim(_ text: String) {
        line(text)
    }
}
