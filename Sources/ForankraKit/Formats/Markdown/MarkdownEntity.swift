/// Character references (`&amp;`, `&#228;`, `&#xE4;`). Only a small set of names is known;
/// an unknown name stays as written.
enum MarkdownEntity {
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "ndash": "–", "mdash": "—", "hellip": "…", "laquo": "«", "raquo": "»",
        "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "bull": "•", "middot": "·",
        "aring": "å", "auml": "ä", "ouml": "ö", "Aring": "Å", "Auml": "Ä", "Ouml": "Ö",
        "eacute": "é", "Eacute": "É", "uuml": "ü", "Uuml": "Ü", "euro": "€", "shy": "\u{AD}",
    ]

    /// The decoded text and the number of characters the reference spans, when `characters`
    /// holds one at `start` (which is an `&`).
    static func match(_ characters: [Character], at start: Int) -> (text: String, length: Int)? {
        guard start < characters.count, characters[start] == "&" else { return nil }
        var end = start + 1
        while end < characters.count, end - start <= 33, characters[end] != ";" { end += 1 }
        guard end < characters.count, characters[end] == ";", end > start + 1 else { return nil }
        let body = String(characters[(start + 1)..<end])
        guard let text = decode(body) else { return nil }
        return (text, end - start + 1)
    }

    private static func decode(_ body: String) -> String? {
        if body.hasPrefix("#") {
            var digits = body.dropFirst()
            var radix = 10
            if digits.first == "x" || digits.first == "X" {
                digits = digits.dropFirst()
                radix = 16
            }
            guard (1...(radix == 10 ? 7 : 6)).contains(digits.count), let value = UInt32(digits, radix: radix) else { return nil }
            guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
            return String(Character(scalar))
        }
        return named[body]
    }
}
