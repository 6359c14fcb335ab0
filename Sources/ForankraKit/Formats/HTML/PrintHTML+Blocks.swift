/// Markdown blocks as print HTML.
extension PrintHTML {
    static func writeBlocks(_ blocks: [MarkdownBlock], to writer: inout HTMLWriter) {
        for block in blocks { writeBlock(block, to: &writer) }
    }

    static func writeBlock(_ block: MarkdownBlock, to writer: inout HTMLWriter) {
        switch block.kind {
        case .heading(let level, let text):
            let tag = "h\(min(max(level, 1), 4))"
            writer.line("<\(tag)>\(inlineHTML(text))</\(tag)>")
        case .paragraph(let text):
            writer.line("<p>\(inlineHTML(text))</p>")
        case .list(let ordered, let items):
            writeList(ordered: ordered, items: items, to: &writer)
        case .blockquote(let blocks):
            writer.open("<blockquote>")
            writeBlocks(blocks, to: &writer)
            writer.close("</blockquote>")
        case .table(let header, let rows):
            writeTable(header: header, rows: rows, to: &writer)
        case .thematicBreak:
            writer.line("<div class=\"page-break\"></div>")
        case .writeInLine:
            writer.line("<div class=\"write-line\"></div>")
        case .comment:
            break
        case .html(let raw):
            writer.verbatim("<pre class=\"raw-html\">\(HTMLEscaping.escape(raw))</pre>")
        case .code(_, let text):
            writer.verbatim("<pre><code>\(HTMLEscaping.escape(text))</code></pre>")
        }
    }

    /// A table whose last column is empty in every row is a form to fill in (commitments, the
    /// signature column of a sign-in sheet): it gets rows tall enough to write in.
    static func writeTable(header: [String], rows: [[String]], to writer: inout HTMLWriter) {
        let isWriteIn = !rows.isEmpty && rows.allSatisfy { row in
            row.last.map { MarkdownInline.plainText($0).allSatisfy(\.isWhitespace) } ?? true
        }
        // A column of short values (a time, "15 min", a row number) never wraps: "13.00–" over
        // "13.15" is hard to read, and the width is better spent on the text beside it.
        let short = header.indices.map { column in
            let values = [header[column]] + rows.compactMap { column < $0.count ? $0[column] : nil }
            // An empty column is space to write in, never short.
            return values.allSatisfy { MarkdownInline.plainText($0).count <= 13 }
                && values.dropFirst().contains { !MarkdownInline.plainText($0).allSatisfy(\.isWhitespace) }
        }
        func cell(_ tag: String, _ text: String, _ column: Int) -> String {
            (column < short.count && short[column] ? "<\(tag) class=\"short\">" : "<\(tag)>") + inlineHTML(text) + "</\(tag)>"
        }
        writer.open(isWriteIn ? "<table class=\"write-in\">" : "<table>")
        writer.open("<thead>")
        writer.line("<tr>" + header.enumerated().map { cell("th", $1, $0) }.joined() + "</tr>")
        writer.close("</thead>")
        if !rows.isEmpty {
            writer.open("<tbody>")
            for row in rows {
                writer.line("<tr>" + row.enumerated().map { cell("td", $1, $0) }.joined() + "</tr>")
            }
            writer.close("</tbody>")
        }
        writer.close("</table>")
    }
}
