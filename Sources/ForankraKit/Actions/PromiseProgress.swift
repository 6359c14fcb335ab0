/// How far the programme's own promises have come, from HR's follow-up table: each row (a
/// promise, or one period of a recurring one) is done, late, on track, undated or not
/// applicable on the day. Promises are the organisation's, not people's, so they are shown
/// in full with their owners.
struct PromiseProgress: Equatable, Sendable {
    struct Owner: Equatable, Sendable {
        var name: String
        /// "Varje chef", "HR-direktören": as a table cell starts, whatever case the text had.
        var shownName: String { name.prefix(1).uppercased() + name.dropFirst() }
        var points: Int { done + late + open }
        var done = 0
        var late = 0
        var open = 0
    }

    var total = 0
    var done = 0
    var late = 0
    var onTrack = 0
    var undated = 0
    var notApplicable = 0
    /// The late rows, the earliest first: what leadership should ask about.
    var lateRows: [ActionRow] = []
    var owners: [Owner] = []
    /// The dated points by the year they are due, for the report's chart of promises kept over
    /// the programme period; points that are not applicable are left out.
    var years: [Year] = []
    /// Points not done that fall due within `soon` days: on track today, but leadership
    /// should see them before they turn late.
    var dueSoonRows: [ActionRow] = []
    /// Points that would be due soon on the earlier version's date (see `moved`).
    var dueSoonMoved: [String] = []
    var dueSoon: Int { dueSoonRows.count }
    var dueSoonNotStarted: Int { dueSoonRows.filter { $0.status == .notStarted }.count }
    /// The different points without an owner, a recurring point once (the rows count it per period).
    var unownedPoints = 0

    static let soon = 28

    struct Year: Equatable, Sendable {
        var year: Int
        var due = 0
        var done = 0
        var late = 0
        var share: Double { due == 0 ? 0 : Double(done) / Double(due) }
    }

    /// `moved` are points whose dates a revision may have changed (see PromiseRevision): they
    /// are not called due soon on the earlier version's date.
    static func compute(_ rows: [ActionRow], on today: CalendarDate, moved: Set<String> = []) -> PromiseProgress? {
        guard !rows.isEmpty else { return nil }
        var progress = PromiseProgress()
        var owners: [String: Owner] = [:]
        // Each role with the ways the table writes it, to show one name for them all.
        var forms: [String: [String: Int]] = [:]
        var years: [Int: Year] = [:]
        var unowned: Set<String> = []
        let soonEnd = today.adding(days: soon)
        for row in rows {
            if row.owner.isEmpty { unowned.insert(row.id) }
            if let due = row.due, due >= today, due <= soonEnd, row.status == .notStarted || row.status == .inProgress {
                if !moved.contains(row.id) {
                    progress.dueSoonRows.append(row)
                } else if !progress.dueSoonMoved.contains(row.id) {
                    progress.dueSoonMoved.append(row.id)
                }
            }
            if let due = row.due {
                let standing = row.standing(on: today)
                if standing != .notApplicable {
                    var year = years[due.year] ?? Year(year: due.year)
                    year.due += 1
                    if standing == .done { year.done += 1 }
                    if standing == .late { year.late += 1 }
                    years[due.year] = year
                }
            }
            progress.total += 1
            let key = OwnerRole.key(row.owner)
            forms[key, default: [:]][row.owner, default: 0] += 1
            var owner = owners[key] ?? Owner(name: row.owner)
            switch row.standing(on: today) {
            case .done:
                progress.done += 1
                owner.done += 1
            case .late:
                progress.late += 1
                progress.lateRows.append(row)
                owner.late += 1
            case .onTrack:
                progress.onTrack += 1
                owner.open += 1
            case .undated:
                progress.undated += 1
                owner.open += 1
            case .notApplicable:
                progress.notApplicable += 1
            }
            owners[key] = owner
        }
        for (key, written) in forms { owners[key]?.name = OwnerRole.shownName(written) }
        progress.years = years.values.sorted { $0.year < $1.year }
        progress.unownedPoints = unowned.count
        progress.lateRows.sort { ($0.due ?? today, $0.id) < ($1.due ?? today, $1.id) }
        // Most points first, the owner the text does not name last: that is what leadership must settle.
        progress.owners = owners.values.sorted { a, b in
            (a.name.isEmpty ? 1 : 0, -(a.done + a.late + a.open), a.name.lowercased()) < (b.name.isEmpty ? 1 : 0, -(b.done + b.late + b.open), b.name.lowercased())
        }
        return progress
    }

    /// The first point not yet done that promises the rollout itself (it names the programme
    /// and the workplace meetings, "arbetsplatsträffar" or "APT"): the programme's own
    /// deadline, which leadership should set against the plan's. A point on how often APTs
    /// are held does not name the programme.
    static func rolloutGoal(in rows: [ActionRow], on today: CalendarDate) -> ActionRow? {
        rows.filter { row in
            guard row.due != nil, row.status != .done, row.status != .notApplicable else { return false }
            let words = row.text.split(whereSeparator: { !$0.isLetter && $0 != ":" })
            let lowered = row.text.lowercased()
            guard lowered.contains("program") else { return false }
            return lowered.contains("arbetsplatsträff") || words.contains { $0 == "APT" || $0.hasPrefix("APT:") }
        }
        .min { ($0.due ?? today, $0.id) < ($1.due ?? today, $1.id) }
    }

    /// "46 punkter: 1 är klar, 2 är försenade, 39 ligger i tid och 4 saknar datum.": for running text.
    func sentence(_ language: Language) -> String {
        var parts = [language.pick(done == 1 ? "1 är klar" : "\(done) är klara", "\(done) done"),
                     language.pick(late == 1 ? "1 är försenad" : "\(late) är försenade", "\(late) late"),
                     language.pick("\(onTrack) ligger i tid", "\(onTrack) on track")]
        if undated > 0 { parts.append(language.pick("\(undated) saknar datum", "\(undated) undated")) }
        if notApplicable > 0 { parts.append(language.pick(notApplicable == 1 ? "1 är inte aktuell" : "\(notApplicable) är inte aktuella", "\(notApplicable) not applicable")) }
        let list = parts.dropLast().joined(separator: ", ") + language.pick(" och ", " and ") + (parts.last ?? "")
        return language.count(total, ("punkt", "punkter"), ("point", "points")) + ": " + list + "."
    }

    /// "46 punkter, varav 3 klara, 2 försenade, 38 i tid och 3 utan datum".
    func summary(_ language: Language) -> String {
        var parts = [language.count(done, ("klar", "klara"), ("done", "done")), language.count(late, ("försenad", "försenade"), ("late", "late")),
                     language.pick("\(onTrack) i tid", "\(onTrack) on track")]
        if undated > 0 { parts.append(language.pick("\(undated) utan datum", "\(undated) undated")) }
        if notApplicable > 0 { parts.append(language.count(notApplicable, ("inte aktuell", "inte aktuella"), ("not applicable", "not applicable"))) }
        let list = parts.dropLast().joined(separator: ", ") + language.pick(" och ", " and ") + (parts.last ?? "")
        return language.count(total, ("punkt", "punkter"), ("point", "points")) + language.pick(", varav ", ", of which ") + list
    }
}
