/// File names made from user text: ASCII letters, digits and dashes only, so a name can never
/// climb out of its folder or trip up Windows, e-mail or a USB stick.
public enum Slug {
    public static func make(_ text: String, maxLength: Int = 48) -> String {
        var slug = ""
        var lastWasDash = true
        for character in text.lowercased() {
            let folded = fold[character] ?? character
            if folded.isASCII && (folded.isLetter || folded.isNumber) {
                slug.append(folded)
                lastWasDash = false
            } else if !lastWasDash {
                slug.append("-")
                lastWasDash = true
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        guard slug.isEmpty else { return slug }
        // The fallback obeys the length limit too; it used to come back whole ("utan-namn", nine
        // characters) whatever maxLength asked for.
        var fallback = String("utan-namn".prefix(max(1, maxLength)))
        while fallback.hasSuffix("-") { fallback.removeLast() }
        return fallback
    }

    private static let fold: [Character: Character] = [
        "å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a", "ø": "o", "á": "a", "à": "a", "í": "i", "ó": "o", "ú": "u",
    ]

    /// "2.1" → "02-01", so files sort in programme order.
    public static func sortableID(_ id: String) -> String {
        id.split(whereSeparator: { $0 == "." || $0 == "-" }).map { part in
            part.count == 1 && part.first?.isNumber == true ? "0" + part : String(part)
        }.joined(separator: "-")
    }
}
