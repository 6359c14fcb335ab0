/// A PDF's lines as the reading stages take them: how a line is set (size, weight, slant,
/// typeface) against the body text makes it a heading and gives its level, and a gap wider
/// than the line spacing becomes a blank line between paragraphs. Running headers and page
/// numbers stay as lines with their page, for the page-furniture stage to take out.
enum PDFProgrammeLines {
    /// A line this much larger than the body text is a heading.
    static let headingRatio = 1.15

    /// How a line is set, to the half point.
    struct Style: Hashable {
        var size: Double
        var isBold: Bool
        var isItalic: Bool
        var family: String

        init(_ line: PDFTextLine) {
            size = (line.fontSize * 2).rounded() / 2
            isBold = line.isBold
            isItalic = line.isItalic
            family = line.family
        }

        /// Larger first; at one size bold before upright before slanted.
        static func moreProminent(_ left: Style, _ right: Style) -> Bool {
            if left.size != right.size { return left.size > right.size }
            if left.isBold != right.isBold { return left.isBold }
            return !left.isItalic && right.isItalic
        }
    }

    static func lines(_ pdfLines: [PDFTextLine]) -> (lines: [SourceLine], headingLevels: Int) {
        let body = bodyStyle(pdfLines)
        let levels = headingStyles(pdfLines, body: body)
        func level(_ line: PDFTextLine) -> Int? {
            guard isHeadingShaped(line) else { return nil }
            return levels.firstIndex(of: Style(line)).map { $0 + 1 }
        }
        // The leftmost bullet of each page is the first list level.
        var bulletIndent: [Int: Double] = [:]
        for line in pdfLines where bulletItem(line.text) != nil {
            bulletIndent[line.page] = min(bulletIndent[line.page] ?? line.x, line.x)
        }
        let indentedItems = itemsWithoutBullets(pdfLines, body: body, isHeading: { level($0) != nil })
        var result: [SourceLine] = []
        var previous: (line: PDFTextLine, level: Int?)?
        for (index, line) in pdfLines.enumerated() {
            let lineLevel = level(line)
            if let before = previous, before.line.page == line.page {
                let gap = line.top - before.line.top
                let spacing = max(before.line.fontSize, line.fontSize) * 1.6
                if let lineLevel, lineLevel == before.level, gap <= spacing, var last = result.popLast() {
                    // A heading that wraps onto a second line is one heading.
                    last.text += " " + line.text
                    result.append(last)
                    previous = (line, lineLevel)
                    continue
                }
                if gap > spacing || lineLevel != nil || before.level != nil {
                    result.append(SourceLine(text: "", number: index + 1, page: line.page))
                }
            }
            var source = SourceLine(text: line.text, number: index + 1, page: line.page)
            if let lineLevel {
                source.markup = .heading(lineLevel)
            } else if let item = bulletItem(line.text) {
                // A bullet starts an item; the lines that wrap it follow unmarked and join it.
                source.text = item
                source.markup = .listItem(depth: line.x > (bulletIndent[line.page] ?? line.x) + 6 ? 1 : 0, ordered: false)
            } else if case .ordered(let item)? = LineShapes.bullet(line.text) {
                source.text = item
                source.markup = .listItem(depth: 0, ordered: true)
            } else if indentedItems.contains(index) {
                source.markup = .listItem(depth: 0, ordered: false)
            }
            result.append(source)
            previous = (line, lineLevel)
        }
        return (result, levels.count)
    }

    /// The style most of the text is set in.
    static func bodyStyle(_ lines: [PDFTextLine]) -> Style? {
        var characters: [Style: Int] = [:]
        for line in lines { characters[Style(line), default: 0] += line.text.count }
        return characters.max { $0.value != $1.value ? $0.value < $1.value : Style.moreProminent($0.key, $1.key) }?.key
    }

    /// The styles headings are set in, most prominent first: larger than the body, or at the
    /// body's size but bold, or in another typeface than the body. A style counts only when
    /// the lines set in it are shaped like headings, so a bold word in a line or an italic
    /// quote does not make one.
    static func headingStyles(_ lines: [PDFTextLine], body: Style?) -> [Style] {
        guard let body else { return [] }
        var shaped: [Style: Int] = [:]
        var all: [Style: Int] = [:]
        for line in lines {
            let style = Style(line)
            all[style, default: 0] += 1
            if isHeadingShaped(line) { shaped[style, default: 0] += 1 }
        }
        let candidates = shaped.filter { style, count in
            guard style != body, count * 10 >= (all[style] ?? 0) * 8 else { return false }
            if style.size >= body.size * headingRatio { return true }
            guard style.size >= body.size - 0.5 else { return false }
            return style.isBold || style.family != body.family
        }
        return candidates.keys.sorted(by: Style.moreProminent)
    }

    /// Lines that start list items drawn without a bullet in the text (a browser draws its
    /// bullets as shapes): a run of lines indented from the page's text margin, after a line
    /// that ends with a colon or of two lines or more; in the run a line starts an item when
    /// the line before it ends with punctuation, and otherwise wraps it. A lone indented line
    /// is a paragraph's first-line indent.
    static func itemsWithoutBullets(_ lines: [PDFTextLine], body: Style?, isHeading: (PDFTextLine) -> Bool) -> Set<Int> {
        var margins: [Int: [Double: Int]] = [:]
        for line in lines where Style(line) == body { margins[line.page, default: [:]][line.x.rounded(), default: 0] += 1 }
        let margin = margins.mapValues { counts in counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0 }
        func isIndented(_ index: Int) -> Bool {
            let line = lines[index]
            let indent = line.x - (margin[line.page] ?? line.x)
            // A list indents by a few ems; text further in is a second column, not a list.
            return Style(line) == body && bulletItem(line.text) == nil && LineShapes.bullet(line.text) == nil && !isHeading(line)
                && indent > 8 && indent < 60
        }
        var starts: Set<Int> = []
        var index = 0
        while index < lines.count {
            guard isIndented(index) else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < lines.count, lines[end + 1].page == lines[index].page, isIndented(end + 1) { end += 1 }
            let introduced = index > 0 && lines[index - 1].text.hasSuffix(":")
            // Lines hanging under a numbered or bulleted item wrap that item.
            let hanging = index > 0 && (bulletItem(lines[index - 1].text) != nil || LineShapes.bullet(lines[index - 1].text) != nil)
            if !hanging, end > index || introduced {
                for item in index...end where item == index || lines[item - 1].text.last.map({ ",.;:!?".contains($0) }) == true {
                    starts.insert(item)
                }
            }
            index = end + 1
        }
        return starts
    }

    /// The text after a bullet character that starts the line.
    static func bulletItem(_ text: String) -> String? {
        guard let first = text.first, "•◦▪▫●○■□‣⁃–—-\u{F0B7}".contains(first) else { return nil }
        let rest = text.dropFirst()
        guard rest.first == " " || rest.first == "\t" else { return nil }
        let item = rest.trimmingCharacters(in: .whitespaces)
        return item.isEmpty ? nil : item
    }

    /// A heading is short, starts with a capital or a number, holds a letter and does not end
    /// like a sentence. A line that starts in lower case continues a paragraph, even when an
    /// emphasised phrase makes most of it bold.
    static func isHeadingShaped(_ line: PDFTextLine) -> Bool {
        let text = line.text
        guard text.count <= 120, text.contains(where: \.isLetter), bulletItem(text) == nil else { return false }
        guard let first = text.first(where: { $0.isLetter || $0.isNumber }), first.isUppercase || first.isNumber else { return false }
        return !(text.hasSuffix(".") && text.count > 60) && !text.hasSuffix(",") && !text.hasSuffix(";")
    }
}
