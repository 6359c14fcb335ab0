/// A name as written in a tag: `title`, the dotted path `sheet.title`, or `.` for the current item.
struct TemplateName: Sendable, Hashable, CustomStringConvertible {
    /// The path's parts; empty for `.`.
    let parts: [String]

    var isCurrentItem: Bool { parts.isEmpty }

    var description: String { isCurrentItem ? "." : parts.joined(separator: ".") }

    /// Reads a name, or returns nil when it holds anything but letters (å, ä and ö included),
    /// digits, `_` and `-`, with single dots between the parts.
    init?(_ text: String) {
        if text == "." {
            self.parts = []
            return
        }
        let parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.allSatisfy(Self.isValidPart) else { return nil }
        self.parts = parts
    }

    private static func isValidPart(_ part: String) -> Bool {
        !part.isEmpty && part.allSatisfy { character in
            character.isLetter || (character.isASCII && character.isNumber) || character == "_" || character == "-"
        }
    }
}
