import Foundation

/// Something a reading stage took out of the text, or had to guess, with how often and one
/// example, so `outline` can show HR exactly what was left out of the programme's words.
public struct ReadingNote: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Skip links, cookie banners, share buttons, language choosers, breadcrumbs,
        /// "Senast uppdaterad": what a web page carries around its text.
        case webChrome = "web-chrome"
        /// A "Kontakta oss" box: phone numbers, opening hours, e-mail addresses.
        case contactBox = "contact-box"
        /// Alternative texts and captions of pictures, and menu labels, above the title.
        case imageText = "image-text"
        /// Lines a PDF viewer or document site adds ("Storlek: px", "Download …", "Transkript").
        case viewerChrome = "viewer-chrome"
        /// Running headers and footers and page numbers, also where they were run into a line.
        case pageFurniture = "page-furniture"
        case tableOfContents = "table-of-contents"
    }

    public var kind: Kind
    public var count: Int
    /// The first thing removed, as it stood (shortened when long).
    public var example: String
    /// The line of the first thing removed.
    public var line: Int
}

/// Collects removals as a stage makes them, one note per kind.
struct ReadingNotes {
    private(set) var notes: [ReadingNote] = []

    mutating func add(_ kind: ReadingNote.Kind, _ text: String, line: Int) {
        if let index = notes.firstIndex(where: { $0.kind == kind }) {
            notes[index].count += 1
            return
        }
        notes.append(ReadingNote(kind: kind, count: 1, example: Self.shortened(text), line: line))
    }

    /// For a note counted elsewhere (the elements a web page reader left out).
    mutating func setCount(of kind: ReadingNote.Kind, to count: Int) {
        if let index = notes.firstIndex(where: { $0.kind == kind }) { notes[index].count = count }
    }

    mutating func add(_ other: ReadingNotes) {
        for note in other.notes {
            if let index = notes.firstIndex(where: { $0.kind == note.kind }) {
                notes[index].count += note.count
            } else {
                notes.append(note)
            }
        }
    }

    /// An example longer than this is cut, so the outline stays one line per kind.
    static let exampleWidth = 60

    static func shortened(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count > exampleWidth else { return trimmed }
        return String(trimmed.prefix(exampleWidth - 1)).trimmingCharacters(in: .whitespaces) + "…"
    }
}
