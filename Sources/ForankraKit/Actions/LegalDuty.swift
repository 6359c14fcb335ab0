/// Duties Swedish law puts on every employer, which programmes often restate as their own
/// points. A late one of these is a breach of law rather than an ambition not yet met, so the
/// report raises it to leadership by name.
struct LegalDuty: Equatable, Sendable {
    /// Lower-case words that name the duty in a programme's text.
    var words: String
    /// As a sentence opens with it: "Lönekartläggningen".
    var name: (sv: String, en: String)
    var law: (sv: String, en: String)

    static func == (lhs: LegalDuty, rhs: LegalDuty) -> Bool { lhs.words == rhs.words }

    static let all: [LegalDuty] = [
        LegalDuty(words: "lönekartläggning", name: ("Lönekartläggningen", "The pay survey"),
                  law: ("krävs varje år enligt diskrimineringslagen", "is required every year by the Discrimination Act")),
        LegalDuty(words: "aktiva åtgärder", name: ("Arbetet med aktiva åtgärder", "The work on active measures"),
                  law: ("krävs enligt diskrimineringslagen", "is required by the Discrimination Act")),
        LegalDuty(words: "systematiskt arbetsmiljöarbete", name: ("Det systematiska arbetsmiljöarbetet", "The systematic work environment management"),
                  law: ("krävs enligt arbetsmiljölagen", "is required by the Work Environment Act")),
    ]

    /// The duty a promise's text restates, if any.
    static func named(in text: String) -> LegalDuty? {
        let lowered = text.lowercased()
        return all.first { lowered.contains($0.words) }
    }
}
