/// Joins a word that a line end broke with a hyphen ("arbets-" / "miljön" → "arbetsmiljön").
/// Only when the line goes on in the same paragraph (same column, same size, the next row
/// down), the part before the hyphen is a lowercase word fragment of two letters or more, and
/// the next line starts with a lowercase letter. A hyphen that belongs to the text stays:
/// "e-" (too short to be a broken word), and "barn-" before "och"
/// or "eller", which is a compound shared with the next word ("barn- och ungdomsfrågor").
/// A soft hyphen (U+00AD) at a line end is always a broken word. After a capital or a number
/// the hyphen is part of the word and stays, and the halves join: "HR-" / "direktören" is
/// "HR-direktören".
enum PDFHyphenation {
    private static let sharedCompoundWords: Set<String> = ["och", "eller", "samt", "respektive", "resp.", "som", "till", "and", "or", "to"]

    static func join(_ lines: [PDFLayoutLine]) -> [PDFLayoutLine] {
        var result: [PDFLayoutLine] = []
        result.reserveCapacity(lines.count)
        var index = 0
        var pending = lines
        while index < pending.count {
            var line = pending[index]
            if index + 1 < pending.count, continuesParagraph(line, pending[index + 1]),
               let (joined, rest) = joinedWord(line.text, pending[index + 1].text) {
                line.text = joined
                if rest.isEmpty {
                    pending.remove(at: index + 1)
                } else {
                    pending[index + 1].text = rest
                }
            }
            result.append(line)
            index += 1
        }
        return result
    }

    private static func continuesParagraph(_ line: PDFLayoutLine, _ next: PDFLayoutLine) -> Bool {
        let size = max(line.fontSize, 1)
        let drop = line.baseline - next.baseline
        return line.column == next.column && abs(line.fontSize - next.fontSize) <= 0.15 * size && drop > 0.5 * size && drop < 2.2 * size
    }

    /// The first line with the broken word made whole, and what is left of the next line.
    static func joinedWord(_ text: String, _ next: String) -> (String, String)? {
        guard let last = text.last, last == "-" || last == "\u{AD}" else { return nil }
        let head = text.dropLast()
        let fragment = head.reversed().prefix { !$0.isWhitespace }
        let nextWord = next.prefix { !$0.isWhitespace }
        let rest = next.dropFirst(nextWord.count).drop { $0.isWhitespace }
        // "HR-" / "direktören" and "2029-" / "12-31": a hyphen that is part of the word stays,
        // and the two halves are one word again.
        if last == "-", !fragment.isEmpty, fragment.contains(where: { $0.isUppercase }) || fragment.allSatisfy(\.isNumber),
           let first = nextWord.first, first.isLowercase || (first.isNumber && fragment.allSatisfy(\.isNumber)),
           !sharedCompoundWords.contains(String(nextWord).lowercased()) {
            return (String(text) + nextWord, String(rest))
        }
        guard let first = nextWord.first, first.isLowercase else { return nil }
        if last == "-" {
            guard fragment.count >= 2, fragment.allSatisfy({ $0.isLetter && $0.isLowercase }),
                  !sharedCompoundWords.contains(String(nextWord).lowercased()) else { return nil }
        }
        return (String(head) + nextWord, String(rest))
    }
}
