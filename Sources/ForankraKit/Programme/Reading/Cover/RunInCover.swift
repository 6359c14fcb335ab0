import Foundation

/// A cover whose table was run together into one line, as PDF-to-text sites print the first
/// page: "Dokumentansvarig: HR-direktör Upprättad av: Stadsledningskontoret Beslutad av:
/// Kommunfullmäktige … Medarbetarpolicy för Göteborgs Stad Vi som arbetar i …", or keys and
/// values in rows: "Dokumentnamn Dokumenttyp Beslutsinstans Jämställdhetsplan Plan
/// Kommunstyrelsen". The keys are found where they stand; the text before them can be the
/// title, and the text after the cover is the body, which goes on as a line of its own.
struct RunInCover {
    var titleBefore: String?
    var entries: [(key: String, value: String)]
    var body: String?

    /// A value runs to the next key; the last one ends where the document's own name starts
    /// (when a viewer page gave it) or after this many words.
    static let lastValueWords = 8

    static func read(_ text: String, viewerTitlePieces: [String]) -> RunInCover? {
        // A row of nothing but keys has its values on the next line: `FrontReading` pairs them.
        guard CoverBlock.keyRow(text) == nil else { return nil }
        let positions = CoverBlock.keyPositions(in: text)
        guard positions.count >= 2, let first = positions.first else { return nil }
        let before = text[..<first.range.lowerBound].trimmingCharacters(in: .whitespaces)
        guard before.split(separator: " ").count <= 12, !LineShapes.endsSentence(before) || before.hasSuffix(".") else { return nil }
        var groups: [(keys: [String], end: String.Index)] = []
        for position in positions {
            let gap = groups.last.map { text[$0.end..<position.range.lowerBound] } ?? ""
            if let last = groups.last, gap.allSatisfy({ $0 == " " || $0 == ":" }), !last.keys.isEmpty {
                groups[groups.count - 1] = (last.keys + [position.key], position.range.upperBound)
            } else {
                groups.append(([position.key], position.range.upperBound))
            }
        }
        var entries: [(key: String, value: String)] = []
        var body: String?
        for (index, group) in groups.enumerated() {
            let valueEnd = index + 1 < groups.count ? nextGroupStart(after: group.end, in: text, positions: positions) : text.endIndex
            var value = String(text[group.end..<valueEnd]).trimmingCharacters(in: CharacterSet(charactersIn: " :"))
            if index == groups.count - 1 {
                let (kept, rest) = splitLastValue(value, viewerTitlePieces: viewerTitlePieces)
                value = kept
                body = rest
            }
            entries.append((group.keys.joined(separator: ", "), value))
        }
        return RunInCover(titleBefore: before.isEmpty ? nil : String(before), entries: entries, body: body)
    }

    private static func nextGroupStart(after end: String.Index, in text: String, positions: [(key: String, range: Range<String.Index>)]) -> String.Index {
        positions.first(where: { $0.range.lowerBound >= end && !text[end..<$0.range.lowerBound].allSatisfy({ $0 == " " || $0 == ":" }) })?.range.lowerBound
            ?? text.endIndex
    }

    /// The last value and what follows the cover: cut where a piece of the viewer's title
    /// begins (that piece and the rest are the document), else after a few words.
    private static func splitLastValue(_ value: String, viewerTitlePieces: [String]) -> (String, String?) {
        for piece in viewerTitlePieces where piece.count >= 10 {
            if let range = value.range(of: piece, options: [.caseInsensitive]), range.lowerBound > value.startIndex {
                let kept = value[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
                let rest = value[range.lowerBound...].trimmingCharacters(in: .whitespaces)
                return (kept, rest.isEmpty ? nil : rest)
            }
        }
        let words = value.split(separator: " ")
        guard words.count > lastValueWords else { return (value, nil) }
        return (words.prefix(lastValueWords).joined(separator: " "), words.dropFirst(lastValueWords).joined(separator: " "))
    }
}
