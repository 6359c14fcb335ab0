/// Removes what the PDF printed on every page rather than what the programme says: page
/// numbers ("Sida 3 (12)", "3(12)", lone numbers) and running headers or footers
/// ("2 | personalpolitiska riktlinjer").
enum PageFurniture {
    struct Result {
        var lines: [SourceLine]
        var removedCount: Int
    }

    static func strip(_ lines: [SourceLine], pageCount: Int) -> Result {
        let repeated = repeatedFurnitureForms(lines, pageCount: pageCount)
        let edges = pageEdgeLineIndices(lines)
        var kept: [SourceLine] = []
        var removed = 0
        var pendingBreak = false
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                kept.append(line)
                continue
            }
            let trimmed = line.trimmed
            let isFurniture =
                isExplicitPageNumber(trimmed)
                || (isLoneNumber(trimmed) && (edges.contains(index) || isBetweenBlankLines(lines, index)))
                || isRepeatedFurniture(line, index: index, repeated: repeated, edges: edges, pageCount: pageCount)
            if isFurniture {
                removed += 1
                pendingBreak = true
                continue
            }
            var copy = line
            if pendingBreak || (kept.last(where: { !$0.isBlank })?.page ?? line.page) != line.page {
                copy.followsPageBreak = true
            }
            pendingBreak = false
            kept.append(copy)
        }
        return Result(lines: kept, removedCount: removed)
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
    /// when it stands at the top or bottom of at least three pages (and 40 % of them). Without
    /// page breaks only lines that carry a page number or a `|` count, since headings such as
    /// "För chefer innebär det" legitimately recur in the body.
    static func repeatedFurnitureForms(_ lines: [SourceLine], pageCount: Int) -> Set<String> {
        let edges = pageEdgeLineIndices(lines)
        var pagesByForm: [String: Set<Int>] = [:]
        var countByForm: [String: Int] = [:]
        for (index, line) in lines.enumerated() where !line.isBlank {
            let trimmed = line.trimmed
            guard trimmed.count <= 100 else { continue }
            let form = normalisedForm(trimmed)
            if pageCount > 1 {
                guard edges.contains(index) else { continue }
                pagesByForm[form, default: []].insert(line.page)
            } else if form.contains("#") || form.contains("|") {
                countByForm[form, default: 0] += 1
            }
        }
        if pageCount > 1 {
            let needed = max(3, (pageCount * 2 + 4) / 5)
            return Set(pagesByForm.filter { $0.value.count >= needed }.keys)
        }
        return Set(countByForm.filter { $0.value >= 3 }.keys)
    }

    /// The first two and last two non-blank lines of every page.
    static func pageEdgeLineIndices(_ lines: [SourceLine]) -> Set<Int> {
        var edges = Set<Int>()
        var byPage: [Int: [Int]] = [:]
        for (index, line) in lines.enumerated() where !line.isBlank {
            byPage[line.page, default: []].append(index)
        }
        for indices in byPage.values {
            edges.formUnion(indices.prefix(2))
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
