/// The language of generated text: Swedish unless the user asks for English.
public enum Language: String, CaseIterable, Sendable {
    case sv
    case en

    /// Picks the text for this language; keeps both wordings side by side where they are used.
    public func pick(_ swedish: String, _ english: String) -> String {
        self == .sv ? swedish : english
    }
}

extension Language {
    /// "1 fil", "3 filer" / "1 file", "3 files": a count with its noun in agreement.
    public func count(_ number: Int, _ swedish: (one: String, many: String), _ english: (one: String, many: String)) -> String {
        let words = self == .sv ? swedish : english
        return "\(number) " + (number == 1 ? words.one : words.many)
    }
}
