/// The leadership report as parts: markdown text, and the charts where they belong. Markdown
/// readers get the text (each chart's figures stand in the table beside it); the HTML report
/// draws each chart from the same figures, so the two cannot disagree.
struct ReportDocument {
    enum Chart: Equatable {
        case departments, sections, timeline, promises
    }

    enum Part: Equatable {
        /// Markdown lines, ending in a line break.
        case text(String)
        case chart(Chart)
    }

    var parts: [Part]

    var markdown: String {
        parts.map { part in
            if case .text(let text) = part { return text }
            return ""
        }.joined()
    }

    /// Collects lines as the report's parts write them, and closes a text part where a chart
    /// goes.
    struct Builder {
        private var lines: [String] = []
        private var parts: [Part] = []

        static func += (builder: inout Builder, lines: [String]) {
            builder.lines += lines
        }

        mutating func append(_ line: String) {
            lines.append(line)
        }

        mutating func chart(_ chart: Chart) {
            flush()
            parts.append(.chart(chart))
        }

        mutating func finish() -> ReportDocument {
            flush()
            return ReportDocument(parts: parts)
        }

        private mutating func flush() {
            guard !lines.isEmpty else { return }
            parts.append(.text(lines.joined(separator: "\n") + "\n"))
            lines = []
        }
    }
}
