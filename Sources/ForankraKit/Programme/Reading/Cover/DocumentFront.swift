import Foundation

/// The second stage of reading: the document's title and its cover facts, wherever they stand
/// before the body, and what stood above the title (texts of pictures, menu labels), which is
/// taken out. The lines come back with the title, the cover and those lines blanked, so the
/// structure stage sees only the document's own text.
struct DocumentFront {
    var title: String?
    var metadata: [MetadataEntry]
    var lines: [SourceLine]
    /// Where the title stood, for messages.
    var titleLine: Int?
}

enum FrontReading {
    static func read(_ source: [SourceLine], viewerTitle: String?, notes: inout ReadingNotes) -> DocumentFront {
        let pieces = viewerTitle.map(titlePieces) ?? []
        var (lines, metadata) = splitRunInCovers(source, viewerTitle: viewerTitle, viewerTitlePieces: pieces)
        let end = FrontShape.frontEnd(lines)
        var candidates: [Int] = []
        var index = 0
        while index < end {
            defer { index += 1 }
            let text = lines[index].trimmed
            guard !text.isEmpty else { continue }
            if let keys = CoverBlock.keyRow(text) {
                let valueIndex = nextText(after: index, in: lines, before: end)
                if let valueIndex, CoverBlock.entry(from: lines[valueIndex].trimmed) == nil, CoverBlock.keyRow(lines[valueIndex].trimmed) == nil {
                    metadata.append(MetadataEntry(key: keys.joined(separator: ", "), value: lines[valueIndex].trimmed, line: lines[index].number))
                    lines[valueIndex].text = ""
                }
                lines[index].text = ""
            } else if let entry = CoverBlock.entry(from: text) {
                add(MetadataEntry(key: entry.key, value: entry.value, line: lines[index].number), to: &metadata)
                lines[index].text = ""
            } else if let label = CoverBlock.documentTypeLabel(text) {
                metadata.append(MetadataEntry(key: "Dokumenttyp", value: label, line: lines[index].number))
                lines[index].text = ""
            } else if FrontShape.isTitleLike(text) {
                candidates.append(index)
            }
        }
        guard let titleIndex = chooseTitle(candidates, in: lines, viewerTitlePieces: pieces) else {
            return DocumentFront(title: nil, metadata: metadata, lines: lines)
        }
        var title = FrontShape.cleanedTitle(lines[titleIndex].trimmed)
        let titleLine = lines[titleIndex].number
        lines[titleIndex].text = ""
        // "Personalpolitiskt program / för Sjöhamra kommun": a title set on two lines.
        if let next = nextText(after: titleIndex, in: lines, before: end), LineShapes.startsLowercase(lines[next].trimmed),
           lines[next].trimmed.split(separator: " ").count <= 8 {
            title += " " + lines[next].trimmed
            lines[next].text = ""
        }
        for candidate in candidates where candidate < titleIndex && !lines[candidate].isBlank {
            if !FrontShape.sameWords(lines[candidate].trimmed, title) {
                notes.add(.imageText, lines[candidate].trimmed, line: lines[candidate].number)
            }
            lines[candidate].text = ""
        }
        // The title again (a PDF's first page under a viewer page's title): said once is enough.
        for candidate in candidates where candidate > titleIndex && FrontShape.sameWords(lines[candidate].trimmed, title) {
            lines[candidate].text = ""
        }
        removeTitleOpening(of: &lines, title: title, from: titleIndex + 1)
        // The title printed again at the top of the body (a PDF's first page under a viewer's
        // title for it) heads nothing of its own.
        if let first = lines[(titleIndex + 1)...].firstIndex(where: { !$0.isBlank }), FrontShape.sameWords(lines[first].trimmed, title) {
            lines[first].text = ""
        }
        return DocumentFront(title: title, metadata: metadata, lines: lines, titleLine: titleLine)
    }

    /// `Gäller för: Förvaltningar … Stad. Medarbetar- och arbetsmiljöpolicy …` → its parts.
    static func titlePieces(_ title: String) -> [String] {
        title.components(separatedBy: ". ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " .")) }.filter { !$0.isEmpty }
    }

    /// A title that contains a kind of document ("policy", "program", "riktlinjer") is the
    /// document's name; without one, the line nearest the body is (lines above it are usually
    /// pictures' texts and menus). A viewer page's name for the document wins when it is there.
    private static func chooseTitle(_ candidates: [Int], in lines: [SourceLine], viewerTitlePieces: [String]) -> Int? {
        let live = candidates.filter { !lines[$0].isBlank }
        if let marked = FrontShape.markedTitleIndex(lines), live.contains(marked) { return marked }
        if let viewer = live.first(where: { index in viewerTitlePieces.contains { FrontShape.sameWords(lines[index].trimmed, $0) } }) {
            return viewer
        }
        if let named = live.first(where: { FrontShape.namesDocumentKind(lines[$0].trimmed) }) { return named }
        return live.last
    }

    private static func nextText(after index: Int, in lines: [SourceLine], before end: Int) -> Int? {
        ((index + 1)..<max(index + 1, end)).first { !lines[$0].isBlank }
    }

    /// A body that opens with the title run into it ("Medarbetarpolicy för Göteborgs Stad Vi som
    /// arbetar …") loses the repeated title.
    private static func removeTitleOpening(of lines: inout [SourceLine], title: String, from start: Int) {
        guard let first = lines[start...].firstIndex(where: { !$0.isBlank }) else { return }
        let text = lines[first].trimmed
        guard text.count > title.count + 20, text.lowercased().hasPrefix(title.lowercased() + " ") else { return }
        lines[first].text = String(text.dropFirst(title.count + 1))
    }

    /// A cover fact given twice (on a viewer page's title and on the PDF's first page) is kept once.
    private static func add(_ entry: MetadataEntry, to metadata: inout [MetadataEntry]) {
        guard !metadata.contains(where: { $0.key == entry.key && $0.value == entry.value }) else { return }
        metadata.append(entry)
    }

    /// Covers run into one line are split into the title before them, their entries (taken as
    /// metadata) and the body after them; a viewer page's title line is split into its pieces,
    /// and a body that opens with a piece of it gets that piece as a line of its own.
    private static func splitRunInCovers(_ lines: [SourceLine], viewerTitle: String?, viewerTitlePieces: [String]) -> ([SourceLine], [MetadataEntry]) {
        var result: [SourceLine] = []
        var metadata: [MetadataEntry] = []
        var textLinesSeen = 0
        for line in lines {
            textLinesSeen += line.isBlank ? 0 : 1
            guard !line.isBlank, textLinesSeen <= 15 else {
                result.append(line)
                continue
            }
            let text = line.trimmed
            if let viewerTitle, FrontShape.sameWords(text, viewerTitle), viewerTitlePieces.count > 1 {
                result += viewerTitlePieces.map { line.with(text: $0) }
            } else if let cover = RunInCover.read(text, viewerTitlePieces: viewerTitlePieces) {
                if let title = cover.titleBefore { result.append(line.with(text: title)) }
                for entry in cover.entries where !entry.value.isEmpty {
                    add(MetadataEntry(key: entry.key, value: entry.value, line: line.number), to: &metadata)
                }
                if let body = cover.body { result += openingPiece(of: body, pieces: viewerTitlePieces).map { line.with(text: $0) } }
            } else if let split = innerKeySplit(text) {
                result.append(line.with(text: split.before))
                result.append(line.with(text: split.entry))
            } else {
                result.append(line)
            }
        }
        return (result, metadata)
    }

    /// "Medarbetarpolicy för Göteborgs Stad Vi som arbetar …" → the title piece, then the rest.
    private static func openingPiece(of body: String, pieces: [String]) -> [String] {
        for piece in pieces where body.count > piece.count && body.lowercased().hasPrefix(piece.lowercased() + " ") {
            return [piece, String(body.dropFirst(piece.count + 1))]
        }
        return [body]
    }

    /// "Uppförandekod för Region Stockholm Gäller för Region Stockholm", "Chefs- och
    /// ledarskapspolicy. Antagen av kommunstyrelsen 30 jan 2009": a title with one cover entry
    /// run on after it.
    private static func innerKeySplit(_ text: String) -> (before: String, entry: String)? {
        guard text.split(separator: " ").count <= 16, !PageFurniture.isSentence(text) else { return nil }
        let positions = CoverBlock.keyPositions(in: text)
        guard positions.count == 1, let key = positions.first, key.range.lowerBound > text.startIndex else { return nil }
        let before = text[..<key.range.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: " ."))
        let entry = String(text[key.range.lowerBound...])
        guard !before.isEmpty, !CandidateScan.holdsSentenceEnd(before), !CandidateScan.holdsSentenceEnd(entry),
              CoverBlock.entry(from: entry) != nil else { return nil }
        return (before, entry)
    }
}

extension SourceLine {
    func with(text: String) -> SourceLine {
        var copy = self
        copy.text = text
        return copy
    }
}
