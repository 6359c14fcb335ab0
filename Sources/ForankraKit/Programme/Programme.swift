/// A personnel-policy programme as forankra understood it: title, the cover block's metadata,
/// and the sections in document order. Every text in it is the programme's own words.
public struct Programme: Sendable {
    public var title: String
    public var metadata: [MetadataEntry]
    public var sections: [ProgrammeSection]
    /// Text found before the first heading; kept so nothing is silently dropped.
    public var preamble: [TextBlock]
    public var warnings: [ProgrammeWarning]
    /// What reading took out of the text, by kind, each with a count and an example.
    public var readingNotes: [ReadingNote] = []
    public var source: SourceInfo

    public struct SourceInfo: Sendable {
        public var path: String
        public var encoding: TextDecoding.Encoding
        public var shape: Shape
        public var pageCount: Int?
        /// What the file's own layout gave the reading, for a word-processor file or a PDF.
        public var layout: Layout?
    }

    public enum Shape: String, Sendable {
        case markdown
        case plainText = "text"
        case html
        case word = "docx"
        case openDocument = "odt"
        case pdf
    }

    /// Structure taken from the file rather than worked out from the text.
    public struct Layout: Sendable, Equatable {
        public enum HeadingSource: String, Sendable {
            /// Paragraph styles and outline levels of a word-processor file.
            case styles
            /// Font sizes and weights of a PDF's lines.
            case fontSizes = "font-sizes"
        }

        public var headingSource: HeadingSource
        public var headingLevels: Int
        public var listItems: Int
        public var tableRows: Int
        /// Lines repeated in the top or bottom band of the pages (running headers, page numbers).
        public var pageFurniture: Int = 0
    }

    public func section(id: String) -> ProgrammeSection? {
        sections.first { $0.id == id }
    }

    /// Whether the programme has this section, without copying it out (every APT is checked).
    public func contains(sectionID: String) -> Bool {
        sections.contains { $0.id == sectionID }
    }

    /// The section and everything below it, in document order.
    public func sectionWithDescendants(id: String) -> [ProgrammeSection] {
        indicesWithDescendants(id: id).map { Array(sections[$0]) } ?? []
    }

    /// Where the section and its descendants stand in `sections`: they follow it until a
    /// section at its level or above.
    func indicesWithDescendants(id: String) -> Range<Int>? {
        guard let start = sections.firstIndex(where: { $0.id == id }) else { return nil }
        let level = sections[start].level
        var end = start + 1
        while end < sections.count && sections[end].level > level { end += 1 }
        return start..<end
    }

    public func children(of id: String?) -> [ProgrammeSection] {
        sections.filter { $0.parentID == id }
    }

    public var topLevelSections: [ProgrammeSection] {
        let top = sections.map(\.level).min() ?? 1
        return sections.filter { $0.level == top }
    }
}

public struct MetadataEntry: Sendable, Equatable {
    public var key: String
    public var value: String
    public var line: Int
}

public struct ProgrammeSection: Sendable, Equatable {
    /// The text's own number when it has one ("2.1"), else its position under its parent.
    public var id: String
    public var hasOwnNumber: Bool
    public var level: Int
    public var parentID: String?
    public var title: String
    public var line: Int
    public var blocks: [TextBlock]

    /// "2.1 Tillit" for numbered sections, just the title otherwise.
    public var numberedTitle: String { hasOwnNumber ? "\(id) \(title)" : title }

    /// "3: Ledarskap", for running text such as "Avsnitt 3: Ledarskap".
    public var label: String { hasOwnNumber ? "\(id): \(title)" : title }
}

/// A paragraph or list item with its first line in the source.
public struct TextBlock: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case paragraph
        case listItem
    }

    public var kind: Kind
    public var text: String
    public var line: Int
    /// For a list item that finishes a sentence begun before the list ("Vi skapar tillit
    /// genom" • dialog.), that opening, word for word.
    public var leadIn: String?

    public init(kind: Kind, text: String, line: Int, leadIn: String? = nil) {
        self.kind = kind
        self.text = text
        self.line = line
        self.leadIn = leadIn
    }
}

public struct ProgrammeWarning: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case emptySection = "empty-section"
        case longSection = "long-section"
        case textBeforeFirstHeading = "text-before-heading"
        case noSections = "no-sections"
        case metadataFound = "metadata"
        /// Something that is not the programme's words was taken out; `removal` says what.
        case removed = "removed"
    }

    public var kind: Kind
    public var line: Int?
    public var sectionID: String?
    /// A figure the message needs (lines removed, words in a long section …).
    public var count: Int
    public var removal: ReadingNote.Kind?
    /// One of the things removed, as it stood.
    public var example: String?

    public init(kind: Kind, line: Int?, sectionID: String?, count: Int, removal: ReadingNote.Kind? = nil, example: String? = nil) {
        self.kind = kind
        self.line = line
        self.sectionID = sectionID
        self.count = count
        self.removal = removal
        self.example = example
    }
}
