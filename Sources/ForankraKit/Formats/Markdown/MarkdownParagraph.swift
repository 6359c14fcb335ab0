/// Paragraphs and the setext headings that underline them.
enum MarkdownParagraph {
    static func read(from scanner: inout LineScanner) -> MarkdownBlock {
        let start = scanner.lineNumber
        var lines: [Substring] = []
        if let first = scanner.readLine() { lines.append(first.text) }
        while let line = scanner.currentLine {
            if let level = MarkdownLine.setextLevel(line) {
                scanner.readLine()
                let text = lines.map { String(MarkdownLine.trimmed($0)) }.joined(separator: " ")
                return MarkdownBlock(kind: .heading(level: level, text: text), line: start)
            }
            if line.isBlankLine || MarkdownLine.interruptsParagraph(line, next: scanner.nextLine) { break }
            lines.append(line)
            scanner.readLine()
        }
        return MarkdownBlock(kind: .paragraph(text: joinLines(lines)), line: start)
    }

    /// Joins hard-wrapped lines with single spaces. A hard line break (two or more trailing
    /// spaces, or a trailing backslash) joins with `"\n"` instead; the backslash is kept so the
    /// inline reader sees it as a break.
    static func joinLines(_ lines: [Substring]) -> String {
        var text = ""
        for (index, line) in lines.enumerated() {
            let body = MarkdownLine.trimmingTrailing(line.drop { $0 == " " || $0 == "\t" })
            text += body
            guard index < lines.count - 1 else { break }
            let hardBreak = line.hasSuffix("  ") || (body.hasSuffix("\\") && endsWithUnescapedBackslash(body))
            text += hardBreak ? "\n" : " "
        }
        return text
    }

    private static func endsWithUnescapedBackslash(_ text: Substring) -> Bool {
        text.reversed().prefix { $0 == "\\" }.count % 2 == 1
    }
}
