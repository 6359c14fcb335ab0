/// Walks a template's characters, keeping the 1-based line and column of where it stands.
/// Columns count characters, so `å` is one column and a tab is one column.
struct TemplateScanner {
    private let characters: [Character]
    private var position = 0
    private(set) var location = SourceLocation(line: 1, column: 1)

    init(_ source: String) {
        self.characters = Array(source)
    }

    var isAtEnd: Bool { position >= characters.count }

    /// Whether the text ahead starts with `marker`.
    func isLooking(at marker: String) -> Bool {
        var index = position
        for character in marker {
            guard index < characters.count, characters[index] == character else { return false }
            index += 1
        }
        return true
    }

    mutating func skip(_ count: Int) {
        for _ in 0..<count where !isAtEnd {
            advance()
        }
    }

    /// Reads up to (not including) the next `marker`, or to the end of the text.
    mutating func read(upTo marker: String) -> String {
        var text = ""
        while !isAtEnd && !isLooking(at: marker) {
            text.append(characters[position])
            advance()
        }
        return text
    }

    private mutating func advance() {
        if characters[position] == "\n" {
            location.line += 1
            location.column = 1
        } else {
            location.column = (location.column ?? 1) + 1
        }
        position += 1
    }
}
