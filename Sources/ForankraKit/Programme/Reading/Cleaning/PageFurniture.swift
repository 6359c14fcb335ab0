import Foundation

/// Removes what the PDF printed on every page rather than what the programme says: page
/// numbers ("Sida 3 (12)", "3(12)", lone numbers), running headers and footers ("2 |
/// personalpolitiska riktlinjer"), and a page number run into a line ("STYRDOKUMENT Sida 1(5)").
/// A sentence is never taken for furniture, however it repeats.
enum PageFurniture {
    static func strip(_ lines: [SourceLine], pageCount: Int, notes: inout ReadingNotes) -> [SourceLine] {
        let repeated = repeatedFurnitureForms(lines, pageCount: pageCount)
        let edges = pageEdgeLineIndices(lines)
        var kept: [SourceLine] = []
        var pendingBreak = false
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                kept.append(line)
                continue
            }
            let trimmed = line.trimmed
            let isFurniture = !isSentence(trimmed) && (
                isExplicitPageNumber(trimmed)
                || isNumberedRunningLine(trimmed)
                || (isLoneNumber(trimmed) && (edges.contains(index) || isBetweenBlankLines(lines, index)))
                || isRepeatedFurniture(line, index: index, repeated: repeated, edges: edges, pageCount: pageCount))
            if isFurniture {
                notes.add(.pageFurniture, trimmed, line: line.number)
                pendingBreak = true
                continue
            }
            var copy = line
            if let (without, removed) = withoutInlinePageNumber(trimmed) {
                notes.add(.pageFurniture, removed, line: line.number)
                copy.text = without
            }
            if pendingBreak || (kept.last(where: { !$0.isBlank })?.page ?? line.page) != line.page {
                copy.followsPageBreak = true
            }
            pendingBreak = false
            kept.append(copy)
        }
        return kept
    }

    /// A line that says something: five words or more ending like a sentence. "Alla chefer ska
    /// genomgå ledarutbildning inom 12/24/36 månader." holds numbers but is no page number.
    static func isSentence(_ text: String) -> Bool {
        guard let last = text.last, ".!?".contains(last) else { return false }
        return text.split(separator: " ").count >= 5 && text.contains(where: \.isLowercase)
    }

    /// "Sida 3 (12)", "Sida 3 av 12", "Page 3 of 12", "3 (12)", "3(12)", "3/12", "- 3 -".
    static func isExplicitPageNumber(_ text: String) -> Bool {
        var rest = Substring(text.lowercased())
        var hadWord = false
        for prefix in ["sida ", "sid. ", "s. ", "page "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            hadWord = true
            break
        }
        rest = rest.trimmingCharacters(in: .whitespaces)[...]
        if rest.hasPrefix("-") || rest.hasPrefix("–") {
            let inner = rest.dropFirst().dropLast().trimmingCharacters(in: .whitespaces)
            return (rest.hasSuffix("-") || rest.hasSuffix("–")) && isLoneNumber(inner)
        }
        let number = rest.prefix(while: \.isNumber)
        guard !number.isEmpty, number.count <= 4 else { return false }
        var tail = rest.dropFirst(number.count).trimmingCharacters(in: .whitespaces)[...]
        if tail.isEmpty { return hadWord }
        for joiner in ["av ", "of ", "/"] where tail.hasPrefix(joiner) {
            tail = tail.dropFirst(joiner.count).trimmingCharacters(in: .whitespaces)[...]
            return !tail.isEmpty && tail.allSatisfy(\.isNumber)
        }
        if tail.hasPrefix("("), tail.hasSuffix(")") {
            let total = tail.dropFirst().dropLast()
            return !total.isEmpty && total.allSatisfy(\.isNumber)
        }
        return false
    }

    /// A short line that carries a page number with a label: "2 (9) POLICY",
    /// "personalpolitiska riktlinjer | 3", "2 | Sjöhamra kommun". A `|` with a number at either
    /// end, or "N (M)", is furniture even on a page where it appears only once.
    static func isNumberedRunningLine(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard words.count <= 10 else { return false }
        if text.contains("|"), let first = words.first, let last = words.last,
           isLoneNumber(first) || isLoneNumber(last) { return true }
        return pageOfPagesRange(in: text) != nil && words.count <= 6
    }

    /// "Sida 1(5)" or "Sida 2 av 9" inside a longer line, the rest of which is kept.
    static func withoutInlinePageNumber(_ text: String) -> (String, String)? {
        let words = text.split(separator: " ").count
        guard words > 2 else { return nil }
        // "CHEF OCH LEDARSKAP. Sida 1": a bare "Sida N" counts only at the end of a short line.
        let pattern = words <= 12 && !isSentence(text)
            ? #"\b[Ss]ida \d{1,4}( ?\(\d{1,4}\)| av \d{1,4})?$|\b[Ss]ida \d{1,4} ?(\(\d{1,4}\)|av \d{1,4})"#
            : #"\b[Ss]ida \d{1,4} ?(\(\d{1,4}\)|av \d{1,4})"#
        guard let range = text.range(of: pattern, options: .regularExpression) else { return nil }
        let removed = String(text[range])
        let without = (text[..<range.lowerBound] + " " + text[range.upperBound...])
            .split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        return (without, removed)
    }

    private static func pageOfPagesRange(in text: String) -> Range<String.Index>? {
        text.range(of: #"(^|\s)\d{1,4} ?\(\d{1,4}\)($|\s)"#, options: .regularExpression)
    }

    static func isLoneNumber<S: StringProtocol>(_ text: S) -> Bool {
        !text.isEmpty && text.count <= 3 && text.allSatisfy(\.isASCIIDigit)
    }

    /// The same line on every page differs only in its page number, so digits are folded.
    static func normalisedForm(_ text: String) -> String {
        var form = ""
        var lastWasDigit = false
        for character in text.lowercased() {
            if character.isASCIIDigit {
                if !lastWasDigit { form.append("#") }
                lastWasDigit = true
            } else {
                form.append(character)
                lastWasDigit = false
            }
        }
        return form
    }

    /// Lines that recur as running headers or footers. With page breaks known, a line counts
    /// when it stands at the top or bottom of at least three pages (and 40 % of them), or of two
    /// when it is written in capitals or carries a number or a `|` (a header of a short
    /// excerpt). Without page breaks only lines that carry a page number or a `|` count, since
    /// headings such as "För chefer innebär det" legitimately recur in the body.
    static func repeatedFurnitureForms(_ lines: [SourceLine], pageCount: Int) -> Set<String> {
        let edges = pageEdgeLineIndices(lines)
        var pagesByForm: [String: Set<Int>] = [:]
        var countByForm: [String: Int] = [:]
        var markedForms = Set<String>()
        for (index, line) in lines.enumerated() where !line.isBlank {
            let trimmed = line.trimmed
            guard trimmed.count <= 100, !isSentence(trimmed) else { continue }
            let form = normalisedForm(trimmed)
            // A running line on as few as two pages is marked as one: in capitals, with a `|`, or
            // with a number that does not open a numbered heading ("12.1 Tydliggöra …").
            if LineShapes.isAllCaps(trimmed) || form.contains("|") || (form.contains("#") && LineShapes.numberedHeading(trimmed) == nil) {
                markedForms.insert(form)
            }
            if pageCount > 1 {
                guard edges.contains(index) else { continue }
                pagesByForm[form, default: []].insert(line.page)
            } else if form.contains("#") || form.contains("|") {
                countByForm[form, default: 0] += 1
            }
        }
        if pageCount > 1 {
            let needed = max(3, (pageCount * 2 + 4) / 5)
            return Set(pagesByForm.filter { form, pages in
                pages.count >= needed || (pages.count >= 2 && markedForms.contains(form))
            }.keys)
        }
        return Set(countByForm.filter { $0.value >= 3 }.keys)
    }

    /// The first three and last two non-blank lines of every page: a header can run to three
    /// lines (page number, document name, reference number).
    static func pageEdgeLineIndices(_ lines: [SourceLine]) -> Set<Int> {
        var edges = Set<Int>()
        var byPage: [Int: [Int]] = [:]
        for (index, line) in lines.enumerated() where !line.isBlank {
            byPage[line.page, default: []].append(index)
        }
        for indices in byPage.values {
            edges.formUnion(indices.prefix(3))
            edges.formUnion(indices.suffix(2))
        }
        return edges
    }

    /// The cover page is spared unless the line carries a number or a `|`: a running header
    /// can repeat the title, and the title on the cover is not furniture.
    private static func isRepeatedFurniture(_ line: SourceLine, index: Int, repeated: Set<String>, edges: Set<Int>, pageCount: Int) -> Bool {
        let form = normalisedForm(line.trimmed)
        guard repeated.contains(form) else { return false }
        if pageCount == 1 { return true }
        guard edges.contains(index) else { return false }
        return line.page > 1 || form.contains("#") || form.contains("|")
    }

    private static func isBetweenBlankLines(_ lines: [SourceLine], _ index: Int) -> Bool {
        let before = index == 0 || lines[index - 1].isBlank
        let after = index + 1 >= lines.count || lines[index + 1].isBlank
        return before || after
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
