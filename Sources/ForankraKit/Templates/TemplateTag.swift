/// One `{{…}}` tag as read from the source, before sections are matched up.
struct TemplateTag: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case placeholder
        case raw
        case sectionOpen
        case invertedOpen
        case sectionClose
        case comment
    }

    var kind: Kind
    /// Nil only for comments.
    var name: TemplateName?
    var location: SourceLocation

    /// Section and comment tags alone on their line take the whole line with them.
    var mayStandAlone: Bool {
        kind != .placeholder && kind != .raw
    }

    /// Reads the text between `{{` and `}}`: an optional sigil, then a name; spaces are allowed
    /// around both.
    init(content: String, location: SourceLocation) throws {
        self.location = location
        let trimmed = content.trimmingSpacesAndTabs()
        let (kind, rest) = Self.splitSigil(trimmed)
        self.kind = kind
        guard kind != .comment else {
            self.name = nil
            return
        }
        let spelling = String(rest.trimmingSpacesAndTabs())
        guard !spelling.isEmpty else {
            throw TemplateProblem.emptyName(tag: "{{\(kind.sigil)}}", at: location)
        }
        guard let name = TemplateName(spelling) else {
            throw TemplateProblem.malformedName(spelling, tag: "{{\(kind.sigil)\(spelling)}}", at: location)
        }
        self.name = name
    }

    /// The tag as it is shown in messages, without the author's spacing: `{{#sheet.items}}`.
    var display: String {
        "{{\(kind.sigil)\(name?.description ?? "")}}"
    }

    private static func splitSigil(_ text: Substring) -> (Kind, Substring) {
        switch text.first {
        case "#": return (.sectionOpen, text.dropFirst())
        case "^": return (.invertedOpen, text.dropFirst())
        case "/": return (.sectionClose, text.dropFirst())
        case "&": return (.raw, text.dropFirst())
        case "!": return (.comment, text.dropFirst())
        default: return (.placeholder, text)
        }
    }
}

extension TemplateTag.Kind {
    var sigil: String {
        switch self {
        case .placeholder: return ""
        case .raw: return "& "
        case .sectionOpen: return "#"
        case .invertedOpen: return "^"
        case .sectionClose: return "/"
        case .comment: return "!"
        }
    }
}

extension StringProtocol {
    /// Spaces and tabs only: a newline inside a tag is never whitespace to skip.
    func trimmingSpacesAndTabs() -> SubSequence {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
