/// The language of generated text: Swedish unless the user asks for English.
public enum Language: String, CaseIterable, Sendable {
    case sv
    case en

    /// Picks the text for this language; keeps both wordings side by side where they are used.
    public func pick(_ swedish: String, _ english: String) -> String {
        self == .sv ? swedish : english
    }
}
