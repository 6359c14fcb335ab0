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
            if hasLeaderAndPageNumber(trimmed) || endsInLeader(trimmed) {
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

    /// "1 Inledning ........ 3", "2.1 Tillit … 4": a run of dots or an ellipsis, then a page number.
    static func hasLeaderAndPageNumber(_ text: String) -> Bool {
        let withoutNumber = text.reversed().drop(while: \.isASCIIDigit)
        guard withoutNumber.count < text.count else { return false }
        let beforeNumber = String(withoutNumber.reversed()).trimmingCharacters(in: .whitespaces)
        return beforeNumber.hasSuffix("....") || beforeNumber.hasSuffix("…") || beforeNumber.hasSuffix(". . . .")
    }

    /// An entry whose page number the extraction put on the next line: "2 Vision ........".
    static func endsInLeader(_ text: String) -> Bool {
        text.hasSuffix("....") || text.hasSuffix("…") || text.hasSuffix(". . . .")
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
