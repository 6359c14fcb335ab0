/// The words printed in place of, or next to, a rating that is shown only as part of a block.
public enum PrivacyText {
    /// The rating cell of a workshop row, without its figure: nil when the figure stands alone.
    public static func ratingNote(_ rating: WorkshopSummary.Rating, _ language: Language) -> String? {
        switch rating {
        case .none:
            return nil
        case .shown(_, let sharedWith):
            guard !sharedWith.isEmpty else { return nil }
            let dates = Array(Set(sharedWith)).sorted()
            switch (sharedWith.count, dates.count) {
            case (1, _):
                return language.pick("gemensamt med workshoppen \(dates[0])", "together with the workshop of \(dates[0])")
            case (2, 2):
                return language.pick("gemensamt med workshopparna \(dates[0]) och \(dates[1])", "together with the workshops of \(dates[0]) and \(dates[1])")
            default:
                return language.pick("gemensamt med \(sharedWith.count) andra workshoppar", "together with \(sharedWith.count) other workshops")
            }
        case .waiting:
            return language.pick("väntar på fler svar", "waiting for more answers")
        case .outsidePeriod:
            return language.pick("redovisas med tidigare workshoppar", "shown with earlier workshops")
        }
    }

    /// Under the feedback figures when some answers are not yet shown.
    public static func waiting(minimum: Int, _ language: Language) -> String {
        language.pick(
            "Återkoppling redovisas i grupper om minst \(minimum) svar, så svar från de senaste workshopparna visas först när tillräckligt många har svarat.",
            "Feedback is shown in groups of at least \(minimum) answers, so answers from the latest workshops appear once enough people have answered.")
    }

    /// The row for anonymous feedback and departments with too few answers to stand alone.
    public static func otherFeedback(_ language: Language) -> String {
        language.pick("Övrig återkoppling", "Other feedback")
    }
}
