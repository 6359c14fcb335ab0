/// Finds the table of contents a PDF carries ("Innehåll", then "2.1 Tillit ........ 4"), which
/// repeats every heading and would otherwise be read as a run of empty sections.
enum TableOfContents {
    static let headings: Set<String> = ["innehåll", "innehållsförteckning", "innehåll:", "contents", "table of contents"]

    /// The indices of the lines that belong to a table of contents.
    static func lineIndices(in lines: [SourceLine]) -> Set<Int> {
        var found = Set<Int>()
        var index = 0
        while index < lines.count {
            let trimmed = lines[index].trimmed
            if hasLeaderAndPageNumber(trimmed) || isEntryWithoutPageNumber(trimmed) || isFlattenedContents(trimmed) {
                found.insert(index)
            } else if headings.contains(trimmed.lowercased()) {
                let end = entriesEnd(after: index, in: lines)
                if end > index + 1 {
                    found.formUnion(index..<end)
                    index = end
                    continue
                }
            }
            index += 1
        }
        return found
    }

    /// "1 Inledning ........ 3", "2.1 Tillit … 4", "1.1 Syfte ...3": a run of dots or an
    /// ellipsis, then a page number.
    static func hasLeaderAndPageNumber(_ text: String) -> Bool {
        let withoutNumber = text.reversed().drop(while: \.isASCIIDigit)
        guard withoutNumber.count < text.count else { return false }
        return endsInLeader(String(withoutNumber.reversed()).trimmingCharacters(in: .whitespaces))
    }

    /// A run of dots or an ellipsis at the end: "2 Vision ........", "1.1 Syfte ...".
    static func endsInLeader(_ text: String) -> Bool {
        text.hasSuffix("...") || text.hasSuffix("…") || text.hasSuffix(". . .")
    }

    /// An entry whose page number the extraction put on the next line ("2 Vision ........"):
    /// short and opening with a number or a capital, as an entry does, so a line of prose that
    /// trails off in an ellipsis is not taken for one.
    static func isEntryWithoutPageNumber(_ text: String) -> Bool {
        guard endsInLeader(text), text.split(separator: " ").count <= 12, let first = text.first else { return false }
        return first.isASCIIDigit || first.isUppercase
    }

    /// A contents page printed as one line: "Innehåll 1. INLEDNING VAD INGÅR … Avsluta
    /// chefskap...6".
    static func isFlattenedContents(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard let heading = headings.first(where: { lower.hasPrefix($0 + " ") }) else { return false }
        let rest = text.dropFirst(heading.count)
        return rest.contains("...") || rest.contains("…") || rest.split(separator: " ").count >= 6 && !LineShapes.endsSentence(text)
    }

    /// Entries after an "Innehåll" heading end at the first line that neither ends in a page
    /// number nor is blank or a lone page number.
    private static func entriesEnd(after heading: Int, in lines: [SourceLine]) -> Int {
        var index = heading + 1
        var sawEntry = false
        while index < lines.count {
            let trimmed = lines[index].trimmed
            let endsInPageNumber = trimmed.last?.isASCIIDigit == true && trimmed.contains(where: \.isLetter)
            if trimmed.isEmpty || PageFurniture.isLoneNumber(trimmed) || endsInPageNumber || endsInLeader(trimmed) {
                sawEntry = sawEntry || endsInPageNumber
                index += 1
                continue
            }
            break
        }
        return sawEntry ? index : heading + 1
    }
}
