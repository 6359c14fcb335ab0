/// Puts arbitrary user text (a name, an answer, a question from a bank) into generated markdown.
public enum MarkdownText {
    /// Escapes `s` so that, as a markdown paragraph or table cell, it reads back through
    /// `MarkdownInline.plainText` as exactly `s` and prints as exactly `s`.
    ///
    /// Escaped: `\` `` ` `` `*` `_` `[` `]` `<` `>` `|` everywhere, `&` where it would start a
    /// character reference, and a leading `#`, `-`, `+`, `=`, `~` or `1.`/`1)` that would start a
    /// block. Leading and trailing spaces and tabs become `&#32;`/`&#9;` (markdown would trim them)
    /// and a line end becomes `<br>` (read back as `"\n"`). Swedish letters and ordinary
    /// punctuation such as `.` `,` `:` `(` `”` stay as they are.
    public static func escape(_ s: String) -> String {
        let characters = Array(s)
        let leading = characters.prefix { $0 == " " || $0 == "\t" }.count
        let trailing = characters.reversed().prefix { $0 == " " || $0 == "\t" }.count
        let bodyEnd = max(leading, characters.count - trailing)
        var escaped = ""
        for (index, character) in characters.enumerated() {
            if index < leading || index >= bodyEnd {
                escaped += character == " " ? "&#32;" : "&#9;"
            } else if character == "\n" || character == "\r\n" || character == "\r" {
                escaped += "<br>"
            } else if needsBackslash(character, at: index, in: characters) {
                escaped += "\\" + String(character)
            } else {
                escaped.append(character)
            }
        }
        return escaped
    }

    private static let alwaysEscaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|"]
    private static let blockStarters: Set<Character> = ["#", "-", "+", "=", "~"]

    private static func needsBackslash(_ character: Character, at index: Int, in characters: [Character]) -> Bool {
        if alwaysEscaped.contains(character) { return true }
        if character == "&" { return MarkdownEntity.match(characters, at: index) != nil }
        if index == 0 { return blockStarters.contains(character) }
        return (character == "." || character == ")") && startsOrderedMarker(at: index, in: characters)
    }

    /// True when everything before `index` is the digits of an ordered-list number and a space
    /// or the end follows, as a list marker needs: "2.1 Tillit" starts no list and stays as it is.
    private static func startsOrderedMarker(at index: Int, in characters: [Character]) -> Bool {
        let next = index + 1 < characters.count ? characters[index + 1] : " "
        return (next == " " || next == "\t") && characters[..<index].allSatisfy { $0.isASCII && $0.isNumber }
    }
}
