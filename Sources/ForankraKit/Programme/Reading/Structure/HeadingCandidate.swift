/// A line that could be a heading, with what its own shape and its neighbours say about it.
/// Nothing is decided here; `HeadingChoice` weighs the candidates of the whole document.
struct HeadingCandidate {
    enum Shape: Equatable {
        /// "2.1 Tillit": the text's own number.
        case numbered(String)
        /// "LEDARSKAP".
        case capitals
        /// A short line of ordinary words.
        case plain
    }

    /// What stands after the line, up to the next candidate.
    enum Follower: Equatable {
        case text
        /// A list; `lowercase` when its first item continues a sentence ("• dialog").
        case list(lowercase: Bool)
        case candidate
        case end
    }

    var index: Int
    var text: String
    var title: String
    var shape: Shape
    var follower: Follower
    var wordCount: Int
    /// "Vi skapar tillit genom": a sentence left open for what follows.
    var endsOpen: Bool
    /// "Som chef ska du dessutom", "Samtliga anställda ska": a heading that reads as the start
    /// of each item under it.
    var framesItems: Bool
    /// "Claes Thunblad, kommunstyrelsens ordförande".
    var isSignature: Bool

    var number: String? {
        if case .numbered(let number) = shape { return number }
        return nil
    }
}

extension HeadingCandidate {
    /// "Namn Efternamn, kommunstyrelsens ordförande": the one who signs a foreword.
    static func isSignature(_ text: String) -> Bool {
        let parts = text.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else { return false }
        let name = parts[0].split(separator: " ")
        guard (2...4).contains(name.count), name.allSatisfy({ $0.first?.isUppercase == true }) else { return false }
        let role = parts[1].lowercased()
        guard role.split(separator: " ").count <= 6, parts[1].first?.isLowercase == true else { return false }
        return roleWords.contains { role.contains($0) }
    }

    private static let roleWords = [
        "ordförande", "direktör", "chef", "kommunalråd", "regionråd", "borgmästare", "vd", "ledamot", "ansvarig", "samordnare",
    ]

    /// A heading that starts what each item under it completes: a role ("Som chef …", "Som
    /// medarbetare i …") or an obligation ("… ska du dessutom", "… förväntas").
    static func framesItems(_ text: String) -> Bool {
        let lower = text.lowercased()
        if lower.hasPrefix("som ") { return true }
        let words = Set(lower.split(whereSeparator: { !$0.isLetter }).map(String.init))
        return !words.isDisjoint(with: ["ska", "skall", "förväntas", "bör", "måste", "förväntar"])
    }
}
