/// The rules that look across records, run on every record read. The rules themselves live
/// with the records (`RecordRules`), where the commands that write records run them too.
extension WorkspaceCheck {
    /// The rules as the settings, roster and programme read give them; each APT is held to
    /// them as it is read.
    func rules(today: CalendarDate) -> RecordRules {
        RecordRules(roster: roster?.model, programme: programme, rolloutStart: settings?.model?.rolloutStart, today: today, revision: revision)
    }

    mutating func validate(today: CalendarDate) {
        if let managers = roster?.model { problems += RecordRules.rosterProblems(managers, path: "roster/chefer.md") }
        checkRolloutSections()
        let rules = rules(today: today)
        for workshop in workshops { problems += rules.workshopProblems(workshop) }
        checkDuplicateApts()
    }

    /// `rollout_sections` must name top-level sections of the programme.
    private mutating func checkRolloutSections() {
        guard let programme, let field = settings?.frontMatter.field("rollout_sections") else { return }
        let topLevel = programme.topLevelSections.map(\.id)
        for id in settings?.model?.rolloutSections ?? [] where !topLevel.contains(id) {
            problems.append(.init(
                .settings, "'\(id)' in rollout_sections is not a main section of the programme", path: Workspace.settingsFile, line: field.line,
                hint: "Main sections are: " + topLevel.joined(separator: ", ") + "."))
        }
    }

    /// The same meeting recorded in two files (see `AptRecord.duplicates`). The files are put
    /// in order by manager, day and name, so a meeting's files stand together and each is
    /// compared only with those before it: no copy of every record is kept to look them up.
    /// By name without .md, so a repeat written as "…-5-2.md" comes after "…-5.md".
    private mutating func checkDuplicateApts() {
        let order = apts.indices.filter { aptComparisons[$0].dateLine != nil }.sorted { Self.meetingOrder(apts[$0], apts[$1]) }
        var meetingStart = 0
        for position in order.indices {
            let record = apts[order[position]]
            guard let line = aptComparisons[order[position]].dateLine else { continue }
            let first = order[meetingStart]
            if apts[first].managerID != record.managerID || apts[first].date != record.date { meetingStart = position }
            for index in order[meetingStart..<position] where aptComparisons[index].isComparable && apts[index].duplicates(record) {
                problems.append(AptMeetings.duplicateProblem(record, earlierPath: apts[index].path, line: line))
                break
            }
        }
    }

    private static func meetingOrder(_ lhs: AptRecord, _ rhs: AptRecord) -> Bool {
        if lhs.managerID != rhs.managerID { return lhs.managerID < rhs.managerID }
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        return stem(lhs.path) < stem(rhs.path)
    }

    private static func stem(_ path: String) -> Substring {
        path.hasSuffix(".md") ? path.dropLast(3) : path[...]
    }
}
