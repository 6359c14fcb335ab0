/// One row of HR's follow-up table (`uppfoljning.md`): a promise, or one period of a
/// recurring one, with the status HR keeps. Late is never written: it follows from the date.
struct ActionRow: Equatable, Sendable {
    enum Status: String, CaseIterable, Equatable, Sendable {
        case notStarted = "ej påbörjad"
        case inProgress = "pågår"
        case done = "klar"
        case notApplicable = "inte aktuell"

        func text(_ language: Language) -> String {
            switch self {
            case .notStarted: return language.pick("ej påbörjad", "not started")
            case .inProgress: return language.pick("pågår", "in progress")
            case .done: return language.pick("klar", "done")
            case .notApplicable: return language.pick("inte aktuell", "not applicable")
            }
        }
    }

    enum Standing: String, Equatable, Sendable {
        case done
        case late
        case onTrack = "on-track"
        case undated
        case notApplicable = "not-applicable"
    }

    var id: String
    var section: String
    var text: String
    var owner: String
    var due: CalendarDate?
    var status: Status
    var comment: String
    var evidence: String
    /// The line in `uppfoljning.md`, for messages.
    var line: Int = 0

    /// Done, late (its date has passed and it is not done), on track, or without a date.
    func standing(on today: CalendarDate) -> Standing {
        switch status {
        case .done: return .done
        case .notApplicable: return .notApplicable
        case .notStarted, .inProgress:
            guard let due else { return .undated }
            return due < today ? .late : .onTrack
        }
    }
}
