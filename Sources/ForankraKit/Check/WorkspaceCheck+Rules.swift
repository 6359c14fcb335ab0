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
    /// The order is sorted on numbers (the manager's place among the ids, then the day), so a
    /// comparison does not copy records; only files of one manager's day compare their names,
    /// by name without .md, so a repeat written as "…-5-2.md" comes after "…-5.md".
    private mutating func checkDuplicateApts() {
        let meetingKeys = aptMeetingKeys()
        var order = apts.indices.filter { apts[$0].dateLine != nil }
        order.sort { meetingKeys[$0] < meetingKeys[$1] }
        var meetingStart = 0
        while meetingStart < order.count {
            var meetingEnd = meetingStart + 1
            while meetingEnd < order.count && meetingKeys[order[meetingEnd]] == meetingKeys[order[meetingStart]] { meetingEnd += 1 }
            if meetingEnd - meetingStart > 1 { checkDuplicates(inMeeting: order[meetingStart..<meetingEnd]) }
            meetingStart = meetingEnd
        }
    }

    /// One number per APT that orders by manager id, then by day.
    private func aptMeetingKeys() -> [UInt64] {
        // Gathered one by one: a Set made from 100 000 ids reserves room for 100 000, not for
        // the 10 000 managers they name, and that room was the check's peak.
        var distinctIDs = Set<String>()
        for apt in apts { distinctIDs.insert(apt.managerID) }
        let managerIDs = distinctIDs.sorted()
        let placeByID = Dictionary(uniqueKeysWithValues: managerIDs.enumerated().map { ($0.element, UInt64($0.offset)) })
        return apts.map { apt in (placeByID[apt.managerID] ?? 0) << 32 | UInt64(apt.date.packedValue) }
    }

    /// The files of one manager's day, each compared with those before it in name order.
    private mutating func checkDuplicates(inMeeting files: ArraySlice<Int>) {
        let byName = files.sorted { Self.stem(apts[$0].path) < Self.stem(apts[$1].path) }
        for position in byName.indices {
            let apt = apts[byName[position]]
            guard let line = apt.dateLine else { continue }
            for index in byName[..<position] where apts[index].isComparable && apts[index].duplicates(apt) {
                problems.append(AptMeetings.duplicateProblem(managerID: apt.managerID, date: apt.date, path: apt.path,
                                                             earlierPath: apts[index].path, line: line))
                break
            }
        }
    }

    private static func stem(_ path: String) -> Substring {
        path.hasSuffix(".md") ? path.dropLast(3) : path[...]
    }
}
