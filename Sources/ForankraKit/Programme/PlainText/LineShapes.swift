/// What a single line of extracted text looks like on its own: a numbered heading, a bullet,
/// or plain words. Whether a short line is an unnumbered heading also depends on its
/// neighbours; `PlainTextClassifier` decides that.
enum LineShapes {
    static let bulletSymbols: Set<Character> = ["•", "●", "▪", "■", "◦", "‣", "·", "○", "\u{F0B7}", "\u{F0A7}", "➢", "✓"]
    static let dashes: Set<Character> = ["-", "*", "–", "—"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", ":", ";", "…"]

    /// "2.1 Arbetsmiljö", "1. Inledning", "3 Ledarskap" → number and title.
    static func numberedHeading(_ text: String) -> (number: String, title: String)? {
        let numberPart = text.prefix(while: { $0.isASCIIDigit || $0 == "." })
        let components = numberPart.split(separator: ".", omittingEmptySubsequences: false)
        let numbers = components.last == "" ? components.dropLast() : components[...]
        guard !numbers.isEmpty, numbers.count <= 4,
              numbers.allSatisfy({ !$0.isEmpty && $0.count <= 2 }),
              numbers.first != "0"
        else { return nil }
        let rest = text.dropFirst(numberPart.count)
        guard let gap = rest.first, gap == " " else { return nil }
        let title = rest.trimmingCharacters(in: .whitespaces)
        guard looksLikeHeadingTitle(title, maxWords: 12) else { return nil }
        return (numbers.joined(separator: "."), title)
    }

    /// Short, starts with a capital, and does not end like a sentence.
    static func looksLikeHeadingTitle(_ title: String, maxWords: Int) -> Bool {
        guard let first = title.first, first.isUppercase, let last = title.last else { return false }
        guard title.count <= 90, title.split(separator: " ").count <= maxWords else { return false }
        if last == "?" { return title.count <= 70 }
        if sentenceEnds.contains(last) || last == "," { return false }
        return !title.contains("....") && !title.contains("|")
    }

    /// Headings do not end in a preposition, conjunction or "att"; sentences cut off before a
    /// list do.
    static func endsInFunctionWord(_ text: String) -> Bool {
        guard let last = text.split(separator: " ").last else { return false }
        return functionWords.contains(last.lowercased())
    }

    private static let functionWords: Set<String> = [
        "att", "genom", "för", "med", "och", "som", "till", "av", "på", "i", "om", "inom", "utan", "mot", "från",
        "samt", "eller", "bland", "annat", "exempel", "både", "the", "and", "of", "to", "by", "with", "for",
    ]

    static func isAllCaps(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return letters.count >= 3 && letters.allSatisfy(\.isUppercase) && text.count <= 80
    }

    enum Bullet {
        /// A bullet glyph or enumerator with the item's text after it (empty for a lone "•").
        case symbol(String)
        /// "- text" or "– text": a list item in a list context, running text otherwise.
        case dash(String)
        /// "1. text" that ends like a sentence: an ordered list item, not a heading.
        case ordered(String)
    }

    static func bullet(_ text: String) -> Bullet? {
        guard let first = text.first else { return nil }
        if bulletSymbols.contains(first) {
            return .symbol(text.dropFirst().trimmingCharacters(in: .whitespaces))
        }
        if dashes.contains(first) {
            let rest = text.dropFirst()
            guard rest.first == " ", rest.contains(where: \.isLetter) else { return nil }
            return .dash(rest.trimmingCharacters(in: .whitespaces))
        }
        if let item = enumeratedItem(text) { return .symbol(item) }
        let digits = text.prefix(while: \.isASCIIDigit)
        if (1...2).contains(digits.count), text.dropFirst(digits.count).hasPrefix(". ") {
            return .ordered(text.dropFirst(digits.count + 2).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// "1) text", "a) text", "(b) text".
    private static func enumeratedItem(_ text: String) -> String? {
        var rest = Substring(text)
        let parenthesised = rest.first == "("
        if parenthesised { rest = rest.dropFirst() }
        let label = rest.prefix(while: { $0.isASCIIDigit || ($0.isLetter && $0.isLowercase) })
        let isNumber = !label.isEmpty && label.count <= 2 && label.allSatisfy(\.isASCIIDigit)
        let isLetter = label.count == 1 && label.first?.isLetter == true
        guard isNumber || isLetter else { return nil }
        rest = rest.dropFirst(label.count)
        guard rest.first == ")" else { return nil }
        rest = rest.dropFirst()
        guard rest.first == " " || (!parenthesised && rest.isEmpty == false && rest.first?.isLetter == true) else { return nil }
        let item = rest.trimmingCharacters(in: .whitespaces)
        return item.isEmpty ? nil : item
    }

    static func endsSentence(_ text: String) -> Bool {
        guard var last = text.last else { return false }
        if ["”", "\"", "’", ")"].contains(last), let previous = text.dropLast().last { last = previous }
        return sentenceEnds.contains(last)
    }

    static func startsLowercase(_ text: String) -> Bool {
        text.first?.isLowercase == true
    }

    /// Joins a hard-wrapped line to the next, undoing hyphenation where the break split a
    /// word ("arbets-" + "miljön") but keeping a real hyphen ("HR-" + "avdelningen") and a
    /// suspended compound ("arbetsmiljö-" + "och hälsoarbetet").
    static func joinWrapped(_ text: String, _ next: String) -> String {
        if text.hasSuffix("\u{AD}") { return String(text.dropLast()) + next }
        guard text.hasSuffix("-"), text.count >= 2 else { return text + " " + next }
        let beforeHyphen = text.dropLast().last
        let nextWord = next.prefix(while: { $0.isLetter }).lowercased()
        if conjunctions.contains(nextWord) || beforeHyphen == " " { return text + " " + next }
        if beforeHyphen?.isLowercase == true && next.first?.isLowercase == true {
            return String(text.dropLast()) + next
        }
        return text + next
    }

    private static let conjunctions: Set<String> = ["och", "eller", "samt", "som", "till", "respektive", "resp", "and", "or"]
}
