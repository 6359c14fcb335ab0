import Foundation

/// Document sites that show a PDF as text (docplayer and the like) print each page as one
/// long line that opens with the page's number and often ends with its footer: "2 GISLAVEDS
/// KOMMUNS LEDNINGSVISION Som chef … framåt. Sida 2". Each such line becomes a page of its own
/// with the numbers and the footer taken off.
enum FlattenedPages {
    /// A page line holds a whole page: far longer than any heading or numbered point.
    static let pageLength = 400

    static func unflatten(_ lines: [SourceLine], viewerSeen: Bool, notes: inout ReadingNotes) -> [SourceLine] {
        let run = pageRun(in: lines)
        // Under a viewer's own lines a shorter page is enough to tell pages from numbered headings.
        let length = viewerSeen ? pageLength / 3 : pageLength
        let longPages = run.filter { lines[$0.index].trimmed.count >= length }.count
        guard run.count >= 2, longPages >= 1, viewerSeen || longPages >= 2 else { return lines }
        var result = lines
        for (index, page) in run {
            var text = Substring(lines[index].trimmed).dropFirst(String(page).count).drop(while: { $0 == " " })
            // The page number printed on the page itself, right after the site's own.
            if text.hasPrefix("\(page) ") {
                text = text.dropFirst(String(page).count + 1)
            }
            let (body, footer) = withoutFooter(String(text), page: page)
            if let footer { notes.add(.pageFurniture, footer, line: lines[index].number) }
            var line = lines[index]
            line.text = body
            line.page = page
            line.followsPageBreak = true
            result[index] = line
        }
        result = RunInHeadings.split(result, pageLines: Set(run.map(\.index)))
        for other in result.indices where !run.contains(where: { $0.index == other }) {
            result[other].page = run.last(where: { $0.index < other })?.page ?? result[other].page
        }
        return result
    }

    /// The lines that open with 1, 2, 3 … in order: the longest such run.
    private static func pageRun(in lines: [SourceLine]) -> [(index: Int, page: Int)] {
        var best: [(Int, Int)] = []
        var current: [(Int, Int)] = []
        for (index, line) in lines.enumerated() where !line.isBlank {
            guard let number = leadingNumber(line.trimmed) else { continue }
            if let last = current.last, number == last.1 + 1 {
                current.append((index, number))
            } else if number == 1 {
                current = [(index, 1)]
            } else {
                continue
            }
            if current.count > best.count { best = current }
        }
        return best.map { (index: $0.0, page: $0.1) }
    }

    private static func leadingNumber(_ text: String) -> Int? {
        let digits = text.prefix(while: \.isASCIIDigit)
        guard (1...3).contains(digits.count), text.dropFirst(digits.count).first == " " else { return nil }
        return Int(digits)
    }

    /// The page's text without its footer: "Sida 2", "Sida 2 (9)", "Sida 2 av 9" at the end, or
    /// a running footer fused with the page number ("… vill ha. Chefs- och ledarskapspolicy för
    /// Södertälje kommun 3"); and the footer taken off, if any.
    static func withoutFooter(_ text: String, page: Int) -> (body: String, footer: String?) {
        let words = text.split(separator: " ")
        guard let last = words.last, last == Substring(String(page)) || last.hasPrefix("(") else { return (text, nil) }
        var cut = words.count - 1
        if last.hasPrefix("("), words.count >= 2, words[words.count - 2] == Substring(String(page)) { cut -= 1 }
        if cut >= 1, ["sida", "s.", "page"].contains(words[cut - 1].lowercased()) {
            return (words[..<(cut - 1)].joined(separator: " "), words[(cut - 1)...].joined(separator: " "))
        }
        // A footer is the text after the page's last sentence, short and without a full stop.
        guard let sentenceEnd = words[..<cut].lastIndex(where: { LineShapes.endsSentence(String($0)) }) else { return (text, nil) }
        let footer = words[(sentenceEnd + 1)..<cut]
        guard !footer.isEmpty, footer.count <= 12 else { return (text, nil) }
        return (words[...sentenceEnd].joined(separator: " "), words[(sentenceEnd + 1)...].joined(separator: " "))
    }
}
