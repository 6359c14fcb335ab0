import Foundation

/// The first stage of reading a programme: the text as lines and pages, cleaned of everything
/// that is not the programme's own words, with a note of each kind of thing taken out.
struct CleanedSource {
    var lines: [SourceLine]
    var pageCount: Int
    var notes: ReadingNotes
    /// The document's name as a PDF viewer page gave it (`Download "…"`), when it did.
    var viewerTitle: String?
}

enum SourceCleaning {
    static func clean(_ text: String) -> CleanedSource {
        let (lines, pageCount) = SourceLine.lines(of: text)
        return clean(lines, pageCount: pageCount)
    }

    static func clean(_ source: [SourceLine], pageCount sourcePages: Int, notes earlier: ReadingNotes = ReadingNotes()) -> CleanedSource {
        var lines = source
        var pageCount = sourcePages
        var notes = earlier
        let viewerTitle = Self.viewerTitle(in: lines)
        var viewerSeen = false
        lines = removeChrome(lines, notes: &notes, viewerSeen: &viewerSeen)
        if let marked = pagesFromMarkers(lines, notes: &notes) {
            lines = marked
            pageCount = max(pageCount, lines.last?.page ?? 1)
        }
        lines = FlattenedPages.unflatten(lines, viewerSeen: viewerSeen, notes: &notes)
        pageCount = max(pageCount, lines.map(\.page).max() ?? 1)
        let contents = TableOfContents.lineIndices(in: lines)
        for index in contents.sorted() where !lines[index].isBlank {
            notes.add(.tableOfContents, lines[index].trimmed, line: lines[index].number)
        }
        lines = lines.enumerated().filter { !contents.contains($0.offset) }.map(\.element)
        lines = PageFurniture.strip(lines, pageCount: pageCount, notes: &notes)
        return CleanedSource(lines: lines, pageCount: pageCount, notes: notes, viewerTitle: viewerTitle)
    }

    /// Chrome lines become blank lines, so the text on either side is not run together.
    private static func removeChrome(_ lines: [SourceLine], notes: inout ReadingNotes, viewerSeen: inout Bool) -> [SourceLine] {
        var result = lines
        let contactLines = ContactBox.lineIndices(in: lines)
        var afterPublished = false
        for index in lines.indices where !lines[index].isBlank {
            let trimmed = lines[index].trimmed
            var kind = ChromeLine.kind(of: trimmed)
            if kind == nil, contactLines.contains(index) { kind = .contactBox }
            // "Publicerad:" on one line and its date on the next.
            if kind == nil, afterPublished, ChromeLine.isDateOnly(trimmed) { kind = .webChrome }
            afterPublished = kind == .webChrome && trimmed.lowercased().hasPrefix("publicerad")
            guard let kind else { continue }
            if kind == .viewerChrome { viewerSeen = true }
            notes.add(kind, trimmed, line: lines[index].number)
            result[index].text = ""
        }
        return result
    }

    /// `Download "Chefs- och ledarskapspolicy. Antagen av kommunstyrelsen 30 jan 2009"`.
    private static func viewerTitle(in lines: [SourceLine]) -> String? {
        for line in lines.prefix(30) {
            let trimmed = line.trimmed
            for opening in ["Download \"", "Ladda ner \"", "Ladda ned \"", "Share \""] where trimmed.hasPrefix(opening) && trimmed.hasSuffix("\"") {
                let title = trimmed.dropFirst(opening.count).dropLast()
                if !title.isEmpty { return String(title) }
            }
        }
        return nil
    }

    /// Document sites that mark each page of a PDF with "(2)" on a line of its own: the lines
    /// after it are on that page, so running headers can be found page by page.
    private static func pagesFromMarkers(_ lines: [SourceLine], notes: inout ReadingNotes) -> [SourceLine]? {
        let markers = lines.indices.compactMap { index -> (Int, Int)? in
            let trimmed = lines[index].trimmed
            guard trimmed.hasPrefix("("), trimmed.hasSuffix(")") else { return nil }
            return Int(trimmed.dropFirst().dropLast()).map { (index, $0) }
        }
        guard markers.count >= 2, markers.map(\.1) == Array(markers[0].1..<(markers[0].1 + markers.count)) else { return nil }
        var result = lines
        var page = 1
        var markerIndex = 0
        for index in result.indices {
            if markerIndex < markers.count, markers[markerIndex].0 == index {
                page = markers[markerIndex].1
                markerIndex += 1
                notes.add(.viewerChrome, result[index].trimmed, line: result[index].number)
                result[index].text = ""
            }
            result[index].page = page
        }
        return result
    }
}
