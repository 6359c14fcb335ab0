import Foundation

/// Section numbers in what a manager wrote in the Avsnitt field: "5 Arbetsmiljö och hälsa" → 5;
/// "5, 6.1" → 5 and 6.1; "avsnitt 5 och 6" → 5 and 6; "5." → 5. Each comma-, semicolon- or
/// "och"/"and"/"&"-separated piece gives the number it starts with; pieces without one are words
/// of a title and are passed over.
enum SectionNumbers {
    static func read(_ text: String) -> [String] {
        var pieces = [Substring(text)]
        for separator in [",", ";", "&", "+", " och ", " and ", " samt "] {
            pieces = pieces.flatMap { $0.components(separatedBy: separator).map { Substring($0) } }
        }
        var numbers: [String] = []
        for piece in pieces {
            var rest = piece.drop { $0 == " " || $0 == "\t" }
            for word in ["avsnitt", "section", "§"] where rest.lowercased().hasPrefix(word) {
                rest = rest.dropFirst(word.count).drop { $0 == " " }
            }
            if let number = leadingNumber(rest), !numbers.contains(number) { numbers.append(number) }
        }
        return numbers
    }

    /// "6.1.2 Titel" → "6.1.2"; a trailing dot ("5. Titel") is not part of the number.
    private static func leadingNumber(_ text: Substring) -> String? {
        var number = ""
        var rest = text
        while true {
            let digits = rest.prefix { $0.isASCIIDigit }
            if digits.isEmpty { break }
            number += digits
            rest = rest.dropFirst(digits.count)
            guard rest.first == ".", rest.dropFirst().first?.isASCIIDigit == true else { break }
            number += "."
            rest = rest.dropFirst()
        }
        guard !number.isEmpty else { return nil }
        if let next = rest.first, next.isLetter || next.isNumber { return nil }
        return number
    }
}
