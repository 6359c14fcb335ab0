/// What one line of a filled-in return part is: a field label (with an answer after it or not),
/// a table row, a heading, or written text. Pure functions over a line, as people edit it by hand.
enum ReturnSheetLine {
    /// A line that opens a field: "- Chef*: Anna", "Chef: Anna", "Antal deltagare*", "**Frågor till HR:**",
    /// "### Våra åtaganden". Free text that merely starts with a label word ("Chefen ska …") is not one:
    /// after the label must come a `*`, a `(hint)`, a colon, bold or heading marks, or nothing.
    static func field(in line: Substring) -> (field: ReturnSheetField, answer: Substring)? {
        var rest = trimmed(line)
        let heading = rest.first == "#"
        rest = trimmed(rest.drop { $0 == "#" })
        rest = dropBullet(rest)
        let bold = rest.hasPrefix("**") || rest.hasPrefix("__")
        if bold { rest = rest.dropFirst(2) }
        guard let match = ReturnSheetField.allLabels.first(where: { startsWithWord(rest, $0.label) }) else { return nil }
        rest = rest.dropFirst(match.label.count)
        var marked = heading || bold
        // Before the colon: `*`, a hint such as "(ÅÅÅÅ-MM-DD)", a closing bold mark.
        rest = skipMarks(rest, hints: true, marked: &marked)
        if rest.first == ":" { rest = rest.dropFirst(); marked = true }
        // After it: a closing bold mark, or the underscores of an unfilled ruled answer.
        rest = skipMarks(rest, hints: false, marked: &marked)
        let answer = trimmed(rest)
        guard marked || answer.isEmpty else { return nil }
        return (match.field, answer)
    }

    private static func skipMarks(_ text: Substring, hints: Bool, marked: inout Bool) -> Substring {
        var rest = text
        while true {
            rest = rest.drop { $0 == " " || $0 == "\t" }
            if rest.first == "*" || rest.first == "_" {
                rest = rest.drop { $0 == "*" || $0 == "_" }
                marked = true
            } else if hints, rest.first == "(", let close = rest.firstIndex(of: ")") {
                rest = rest[rest.index(after: close)...]
                marked = true
            } else {
                return rest
            }
        }
    }

    /// A markdown heading that is not a field label ends the field before it.
    static func isHeading(_ line: Substring) -> Bool {
        trimmed(line).first == "#"
    }

    static func isTableRow(_ line: Substring) -> Bool {
        trimmed(line).first == "|"
    }

    /// The return part's own heading: "## Återrapport till HR", "Återrapport", "REPORT BACK TO HR:".
    /// The word must stand alone, so "Återrapporten (sista sidan) lämnas …" near the top is not it.
    static func returnHeadingLanguage(_ line: Substring) -> Language? {
        let text = trimmed(line).drop { "#*_ \t".contains($0) }.lowercased()
        for (word, language) in [("återrapport", Language.sv), ("report back", .en)] where text.hasPrefix(word) {
            let after = text.dropFirst(word.count).first
            if after == nil || after == " " || after == ":" || after == "*" { return language }
        }
        return nil
    }

    /// The text a manager wrote on a line: ruled-line underscores (three or more), a leftover bold
    /// mark and surrounding space removed. Empty when nothing was written.
    static func writing(_ line: Substring) -> String {
        var result = ""
        var underscores = 0
        for character in line {
            if character == "_" { underscores += 1; continue }
            if underscores > 0 && underscores < 3 { result += String(repeating: "_", count: underscores) }
            underscores = 0
            result.append(character)
        }
        if underscores > 0 && underscores < 3 { result += String(repeating: "_", count: underscores) }
        var text = trimmed(Substring(result))
        if text == "**" || text == "---" { text = "" }
        return String(text)
    }

    /// Drops one list marker: "- ", "* ", "+ ", "• ", "1. ", "1) ".
    static func dropBullet(_ text: Substring) -> Substring {
        let bulletless = listItemBody(text)
        return bulletless ?? text
    }

    /// The text of a list item without its marker, or nil when the line is not a list item.
    static func listItemBody(_ text: Substring) -> Substring? {
        let text = trimmed(text)
        if let first = text.first, "-*+•–".contains(first), text.dropFirst().first == " " || text.count == 1 {
            return trimmed(text.dropFirst())
        }
        let digits = text.prefix { $0.isASCIIDigit }
        let after = text.dropFirst(digits.count)
        if !digits.isEmpty, digits.count <= 2, let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " {
            return trimmed(after.dropFirst())
        }
        return nil
    }

    static func trimmed(_ text: Substring) -> Substring {
        MarkdownLine.trimmed(text)
    }

    private static func startsWithWord(_ text: Substring, _ word: String) -> Bool {
        guard text.count >= word.count, text.prefix(word.count).lowercased() == word else { return false }
        guard let next = text.dropFirst(word.count).first else { return true }
        return !next.isLetter && !next.isNumber
    }
}
