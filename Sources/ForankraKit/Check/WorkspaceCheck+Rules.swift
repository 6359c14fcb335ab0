/// The rules that look across records, run on every record read. The rules themselves live
/// with the records (`RecordRules`), where the commands that write records run them too.
extension WorkspaceCheck {
    mutating func validate(today: CalendarDate) {
        let rules = RecordRules(roster: roster?.model, programme: programme, rolloutStart: settings?.model?.rolloutStart, today: today, revision: revision)
        if let managers = roster?.model { problems += RecordRules.rosterProblems(managers, path: "roster/chefer.md") }
        checkRolloutSections()
        for workshop in workshops { problems += rules.workshopProblems(workshop) }
        checkApts(rules)
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

    private mutating func checkApts(_ rules: RecordRules) {
        var seen = AptMeetings()
        // By file name without .md, so a repeat written as "…-5-2.md" comes after "…-5.md".
        let inOrder = apts.indices.map { (stem: Self.stem(apts[$0].model?.path), index: $0) }.sorted { $0.stem < $1.stem }
        for (_, index) in inOrder {
            let reading = apts[index]
            guard let record = reading.model else { continue }
            problems += rules.aptProblems(reading)
            if let line = reading.usableLine("date") {
                if let earlier = seen.earlier(duplicating: record) {
                    problems.append(AptMeetings.duplicateProblem(record, earlier: earlier, line: line))
                }
                if reading.usableLine("manager") != nil && reading.usableLine("sections") != nil { seen.add(record) }
            }
        }
    }

    private static func stem(_ path: String?) -> String {
        guard let path else { return "" }
        return path.hasSuffix(".md") ? String(path.dropLast(3)) : path
    }
}
