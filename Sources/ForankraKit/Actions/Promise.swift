/// A measurable point of the programme: a numbered point of an action list, a sentence bound
/// to a time, or a sentence with a measure, quoted word for word with its section, its time
/// and, when the text names one, who is responsible.
struct Promise: Equatable, Sendable {
    enum Signal: String, Equatable, Sendable, CaseIterable {
        /// A point of a list of actions.
        case point
        /// A time: a date, a season, a term, a recurrence.
        case time
        /// A measure: a share, a number, more or less of something.
        case measure
    }

    var number: Int
    var sectionID: String
    var sectionTitle: String
    var text: String
    var signals: [Signal]
    var time: PromiseTime?
    var owner: String?
}
