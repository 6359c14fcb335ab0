/// After a revision, the points of HR's follow-up table that still hold the earlier version's
/// words, each with the new version's date when the new version has the same point (matched by
/// its words, as the diff matches sections). Until HR brings the table up to date, the report
/// must not present the earlier dates as the programme's.
struct PromiseRevision: Equatable, Sendable {
    struct Point: Equatable, Sendable {
        var id: String
        /// Whether the new version holds the point in other words (else it was removed).
        var changed: Bool
        /// The point's first date in the new version, if it has one.
        var newDue: CalendarDate?
    }

    /// By id, in the order of the table.
    var points: [Point] = []

    var ids: Set<String> { Set(points.map(\.id)) }

    func point(_ id: String) -> Point? { points.first { $0.id == id } }

    /// Words a point shares with its rewording at least; as for sections (SectionMatcher).
    static let samePointShare = 0.5

    static func compute(_ rows: [ActionRow], _ revision: ProgrammeRevision, on day: CalendarDate) -> PromiseRevision {
        let text = { (programme: Programme) in
            programme.sections.flatMap { $0.blocks.map(\.text) }.joined(separator: " ").foldedForMatching
        }
        let old = text(revision.diff.oldProgramme), new = text(revision.diff.newProgramme)
        let newProgramme = revision.diff.newProgramme
        let period = FollowUpStore.period(of: nil, programme: newProgramme, today: day)
        let newRows = FollowUpTable.rows(for: PromiseFinder.find(in: newProgramme, period: period), period: period)
        var newPoints: [(id: String, words: [String: Int])] = []
        for row in newRows where !newPoints.contains(where: { $0.id == row.id }) { newPoints.append((row.id, wordCounts(row.text))) }
        var result = PromiseRevision()
        for row in rows where !result.points.contains(where: { $0.id == row.id }) {
            // A date moved is enough to make the words differ; a point HR added stands in neither.
            let words = row.text.foldedForMatching
            guard !words.isEmpty, old.contains(words), !new.contains(words) else { continue }
            let counts = wordCounts(row.text)
            let best = newPoints.map { ($0.id, SectionText.sharedShare(counts, $0.words)) }.max { $0.1 < $1.1 }
            guard let best, best.1 >= samePointShare else {
                result.points.append(Point(id: row.id, changed: false, newDue: nil))
                continue
            }
            let dates = newRows.filter { $0.id == best.0 }.compactMap(\.due)
            result.points.append(Point(id: row.id, changed: true, newDue: dates.filter { $0 >= day }.min() ?? dates.min()))
        }
        return result
    }

    private static func wordCounts(_ text: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        for word in WordIndex.words(in: text) { counts[word, default: 0] += 1 }
        return counts
    }
}
