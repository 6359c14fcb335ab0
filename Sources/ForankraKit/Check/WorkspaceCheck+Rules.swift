/// The rules that look across records, run on every record read. The rules themselves live
/// with the records (`RecordRules`), where the commands that write records run them too.
extension WorkspaceCheck {
    /// The rules as the settings, roster and programme read give them; each APT is held to
    /// them as it is read.
    func rules(today: CalendarDate) -> RecordRules {
        RecordRules(roster: roster?.model, programme: programme, rolloutStart: settings?.model?.rolloutStart, today: today, revision: revision)
    }

    mutating func validate(today: CalendarDate) {
        checkRolloutSections()
        let rules = rules(today: today)
        for workshop in workshops { problems += rules.workshopProblems(workshop) }
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
}
