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

    /// Attended plus excused over invited: how seriously the invitation was taken.
    public var commitment: Double { ProgressFigures.share(present + excused, invited) }

    static func summaries(_ workshops: [Workshop], minimumGroup: Int) -> [WorkshopSummary] {
        let groups = workshops.map { workshop in
            SuppressionInput(key: workshop.id, count: workshop.feedback.compactMap(\.rating).count)
        }
        let hidden = RatingPrivacy.hidden(groups, minimum: minimumGroup)
        return workshops.map { workshop in
            let ratings = workshop.feedback.compactMap(\.rating)
            let count = { (kind: Workshop.Attendance) in workshop.participants.filter { $0.attendance == kind }.count }
            return WorkshopSummary(
                id: workshop.id, date: workshop.date, place: workshop.place, status: workshop.status,
                invited: workshop.participants.count, present: count(.present), excused: count(.excused), absent: count(.absent),
                feedbackCount: workshop.feedback.count,
                averageRating: ratings.isEmpty || hidden.contains(workshop.id) ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count),
                ratings: ratings.count)
        }
    }
}

/// A group of answers whose average may or may not be shown: a workshop's ratings.
struct SuppressionInput {
    var key: String
    var count: Int
}

/// Hides averages over too few ratings. When exactly one is hidden, the smallest shown group is
/// hidden too, because the report prints the overall average and the count of every group, from
/// which a single hidden average could be worked out by subtraction. Two or more hidden groups
/// cannot be told apart that way. Groups without ratings show nothing and need no protection.
enum RatingPrivacy {
    static func hidden(_ groups: [SuppressionInput], minimum: Int) -> Set<String> {
        let rated = groups.filter { $0.count > 0 }
        var hidden = Set(rated.filter { $0.count < minimum }.map(\.key))
        if hidden.count == 1, let second = rated.filter({ !hidden.contains($0.key) }).min(by: { ($0.count, $0.key) < ($1.count, $1.key) }) {
            hidden.insert(second.key)
        }
        return hidden
    }
}
