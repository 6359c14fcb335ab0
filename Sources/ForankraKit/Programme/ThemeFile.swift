/// A theme or reflection file cut into its parts: front matter, then `## Heading` sections
/// whose lines are kept with their line numbers. What the headings mean is decided by
/// `ThemeLexicon`; this type only knows the shape of the file.
struct ThemeFile {
    struct Line {
        var text: Substring
        var number: Int
    }

    struct Section {
        var heading: String
        var line: Int
        var lines: [Line]
    }

    /// One list item of a section: a question or a line of keywords, with continuation lines joined.
    struct Item {
        var text: String
        var line: Int
    }

    var path: String
    var frontMatter: FrontMatter
    var sections: [Section]

    /// Text before the first `##` heading is a free description and is skipped, except that a
    /// list item there is an error (it would be silently lost). `<!-- … -->` comments are skipped.
    static func read(_ text: String, path: String) throws -> ThemeFile {
        let (frontMatter, body) = try FrontMatter.split(text, path: path)
        var sections: [Section] = []
        var inComment = false
        var number = frontMatter.bodyStartLine - 1
        for raw in body.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.trimmingWhitespace()
            if inComment || line.hasPrefix("<!--") {
                inComment = !line.hasSuffix("-->")
                continue
            }
            if line.hasPrefix("#") {
                let level = line.prefix { $0 == "#" }.count
                let heading = line.dropFirst(level).trimmingWhitespace()
                if level == 1 && sections.isEmpty { continue }
                guard level == 2, !heading.isEmpty else {
                    throw ForankraError.data(
                        "only ## headings are used in this file", path: path, line: number,
                        hint: "Start each part with a ## heading, e.g. `## Frågor`.")
                }
                sections.append(Section(heading: String(heading), line: number, lines: []))
                continue
            }
            if sections.isEmpty {
                if bulletText(line) != nil {
                    throw ForankraError.data(
                        "this list item is not under a ## heading", path: path, line: number,
                        hint: "Move it under `## Frågor`, `## Questions` or `## Nyckelord`.")
                }
                continue
            }
            sections[sections.count - 1].lines.append(Line(text: line, number: number))
        }
        return ThemeFile(path: path, frontMatter: frontMatter, sections: sections)
    }

    /// The list items of a section: `- `, `* `, `+ ` or `1. ` lines; an indented or plain line
    /// right under an item continues it.
    func items(of section: Section) throws -> [Item] {
        var items: [Item] = []
        var previousWasItem = false
        for line in section.lines {
            if line.text.isEmpty {
                previousWasItem = false
            } else if let text = Self.bulletText(line.text) {
                items.append(Item(text: String(text), line: line.number))
                previousWasItem = true
            } else if previousWasItem, let last = items.indices.last {
                items[last].text += " " + line.text
            } else {
                throw ForankraError.data(
                    "write each question on its own line starting with \"- \"", path: path, line: line.number,
                    hint: "For example: - Vad gör vi redan bra här på arbetsplatsen?")
            }
        }
        return items.filter { !$0.text.isEmpty }
    }

    /// The keywords of a section: comma-separated, on one or more lines, list markers allowed.
    func keywordTexts(of section: Section) -> [Item] {
        var items: [Item] = []
        for line in section.lines where !line.text.isEmpty {
            let text = Self.bulletText(line.text) ?? line.text
            for piece in text.split(separator: ",") {
                let keyword = piece.trimmingWhitespace()
                if !keyword.isEmpty { items.append(Item(text: String(keyword), line: line.number)) }
            }
        }
        return items
    }

    /// The text after a list marker, or nil when the line is not a list item.
    static func bulletText(_ line: Substring) -> Substring? {
        for marker in ["- ", "* ", "+ "] where line.hasPrefix(marker) {
            return line.dropFirst(marker.count).trimmingWhitespace()
        }
        let digits = line.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty {
            let rest = line.dropFirst(digits.count)
            if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return rest.dropFirst(2).trimmingWhitespace() }
        }
        return nil
    }
}

private extension Substring {
    func trimmingWhitespace() -> Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
