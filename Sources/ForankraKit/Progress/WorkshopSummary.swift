/// A workshop as the report shows it: attendance, commitment, and feedback only in groups
/// large enough to protect who said what.
public struct WorkshopSummary: Sendable, Equatable {
    public var id: String
    public var date: CalendarDate
    public var place: String
    public var status: Workshop.Status
    public var invited: Int
    public var present: Int
    public var excused: Int
    public var absent: Int
    public var feedbackCount: Int
    /// Average rating; nil when there are too few ratings to show.
    public var averageRating: Double?
    public var ratings: Int

    /// Present over invited.
    public var attendance: Double { ProgressFigures.share(present, invited) }

    /// Present plus excused over invited: how seriously the invitation was taken.
    public var commitment: Double { ProgressFigures.share(present + excused, invited) }

    static func summaries(_ workshops: [Workshop], minimumGroup: Int) -> [WorkshopSummary] {
        let groups = workshops.map { workshop in
            SuppressionGroup(key: workshop.id, count: workshop.feedback.compactMap(\.rating).count)
        }
        // The overall average is printed too, so a single hidden average must not be derivable.
        let hidden = SmallGroupSuppression.suppress(groups, minimum: minimumGroup, totalShown: true)
        return workshops.map { workshop in
            let ratings = workshop.feedback.compactMap(\.rating)
            let count = { (kind: Workshop.Attendance) in workshop.participants.filter { $0.attendance == kind }.count }
            return WorkshopSummary(
                id: workshop.id, date: workshop.date, place: workshop.place, status: workshop.status,
                invited: workshop.participants.count, present: count(.present), excused: count(.excused), absent: count(.absent),
                feedbackCount: workshop.feedback.count,
                averageRating: ratings.isEmpty || hidden.isHidden(workshop.id) ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count),
                ratings: ratings.count)
        }
    }
}

