/// The number written for "Antal deltagare": "14", "14 st", "ca 14", "14 personer", "~14",
/// "14 (varav 2 via Teams)". Digits first after an optional "ca"; what follows is the writer's
/// own note. Numbers in words are not read: "fjorton" is `.notDigits`, never a guess.
enum ParticipantCount: Equatable {
    case count(Int)
    /// "12-14", "12–14", "12/14": two numbers where one was asked for.
    case range
    case notDigits

    private static let approximately = ["ca.", "ca", "c:a", "cirka", "circa", "runt", "omkring", "ungefär", "about", "approx.", "approx", "approximately", "around", "~"]

    init(_ text: String) {
        var rest = Substring(text.lowercased())
        for word in Self.approximately where rest.hasPrefix(word) {
            rest = rest.dropFirst(word.count).drop { $0 == " " }
            break
        }
        let digits = rest.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 6, let count = Int(digits) else {
            self = .notDigits
            return
        }
        let after = rest.dropFirst(digits.count).drop { $0 == " " }
        if let mark = after.first, "-–/".contains(mark), after.dropFirst().drop(while: { $0 == " " }).first?.isASCIIDigit == true {
            self = .range
            return
        }
        if let next = after.first, next.isLetter, rest.dropFirst(digits.count).first != " " {
            // "14st" is fine, "14a" is not a count.
            self = ["st", "st.", "pers", "p"].contains(String(after.prefix { $0.isLetter || $0 == "." })) ? .count(count) : .notDigits
            return
        }
        self = .count(count)
    }
}
