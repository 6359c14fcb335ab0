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

extension Language {
    /// Numbers up to twelve as words, as Swedish and English style guides write them in running
    /// text ("tre meningar till"); larger numbers as digits.
    func numberWord(_ number: Int) -> String {
        let swedish = ["noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv"]
        let english = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
        guard (0...12).contains(number) else { return String(number) }
        return self == .sv ? swedish[number] : english[number]
    }
}
