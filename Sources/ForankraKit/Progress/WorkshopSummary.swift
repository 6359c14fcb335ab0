/// A workshop as the report shows it: attendance, commitment, and a rating only as part of a
/// released feedback block (see `FeedbackBlocks`).
public struct WorkshopSummary: Sendable, Equatable {
    /// Why a workshop with ratings shows none, or shows one shared with others.
    public enum Rating: Sendable, Equatable {
        /// No one rated it.
        case none
        /// The average of its block; `sharedWith` lists the other workshops' dates in that block.
        case shown(average: Double, sharedWith: [CalendarDate])
        /// Its block has too few answers yet.
        case waiting
        /// Its block began before the report's period, so is not part of it.
        case outsidePeriod
    }

    public var id: String
    public var date: CalendarDate
    public var place: String
    public var status: Workshop.Status
    public var invited: Int
    public var present: Int
    public var excused: Int
    public var absent: Int
    public var feedbackCount: Int
    public var ratings: Int
    public var rating: Rating

    /// The printed average, nil when there is none to print.
    public var averageRating: Double? {
        if case .shown(let average, _) = rating { return average }
        return nil
    }

    /// Present over invited.
    public var attendance: Double { ProgressFigures.share(present, invited) }

    /// Present plus excused over invited: how seriously the invitation was taken.
    public var commitment: Double { ProgressFigures.share(present + excused, invited) }

    /// Rows for `workshops` (those in the report's period), rated by their feedback block.
    static func summaries(_ workshops: [Workshop], blocks: FeedbackBlocks, on day: CalendarDate, from: CalendarDate?) -> [WorkshopSummary] {
        workshops.map { workshop in
            let ratings = workshop.feedback.compactMap(\.rating).count
            let count = { (kind: Workshop.Attendance) in workshop.participants.filter { $0.attendance == kind }.count }
            return WorkshopSummary(
                id: workshop.id, date: workshop.date, place: workshop.place, status: workshop.status,
                invited: workshop.participants.count, present: count(.present), excused: count(.excused), absent: count(.absent),
                feedbackCount: workshop.feedback.count, ratings: ratings,
                rating: ratings == 0 ? .none : rating(of: workshop, blocks: blocks, on: day, from: from))
        }
    }

    private static func rating(of workshop: Workshop, blocks: FeedbackBlocks, on day: CalendarDate, from: CalendarDate?) -> Rating {
        if let block = blocks.releasedBlock(holding: workshop.id, on: day, from: from) {
            let ratings = block.answers.compactMap(\.rating)
            let others = block.workshops.filter { $0.id != workshop.id }.map(\.date)
            return .shown(average: Double(ratings.reduce(0, +)) / Double(max(1, ratings.count)), sharedWith: others)
        }
        return blocks.releasedBlock(holding: workshop.id, on: day, from: nil) == nil ? .waiting : .outsidePeriod
    }
}
