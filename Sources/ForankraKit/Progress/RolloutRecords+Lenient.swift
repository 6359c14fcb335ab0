extension RolloutRecords {
    /// "1 post" / "2 poster" (with "is"/"are" in English): the records left out of the figures.
    static func leftOut(_ count: Int, _ language: Language) -> String {
        language.pick(count == 1 ? "1 post" : "\(count) poster", count == 1 ? "1 record is" : "\(count) records are")
    }

    /// The records without those that have problems, and the problems: a workspace with
    /// mistakes still gets a report, with the mistakes listed first and what they affect left out.
    /// The APTs are added up for the figures on `scope`'s day (see `AptTally`).
    static func lenient(root: String, today: CalendarDate, scope: AptTally.Scope, keeping kept: AptFile.KeptTexts = .all) throws -> (records: RolloutRecords, problems: [RecordProblem], leftOut: Int) {
        let check = try WorkspaceCheck.run(root: root, today: today, keeping: kept, collecting: .tally(scope))
        guard let settings = check.settings?.model else {
            throw ForankraError.data("forankra.md cannot be read, so there is nothing to report on", path: Workspace.settingsFile,
                                     hint: "Run 'forankra check' and correct forankra.md.")
        }
        guard let programme = check.programme, let tally = check.tally else {
            throw ForankraError(.noInput, "the programme cannot be read", path: settings.programme, hint: "Run 'forankra check'.")
        }
        // Anonymous feedback stored too openly is a privacy flaw in the file, not a wrong figure.
        let troubled = Dictionary(grouping: check.problems.filter { $0.code != .anonymousLinked }, by: \.path).mapValues { Set($0.map(\.line)) }
        let rosterLines = troubled["roster/chefer.md"] ?? []
        let managers = (check.roster?.model?.managers ?? []).filter { !rosterLines.contains($0.line) }
        var workshops = check.workshops.compactMap { reading in reading.model.flatMap { troubled[$0.relativePath] == nil ? $0 : nil } }
        // The APTs with problems were left out as they were read (see `WorkspaceCheck.readApts`).
        let leftOut = (check.roster?.model?.managers.count ?? 0) - managers.count
            // Counted from the files found, so a file that could not be read at all counts too.
            + check.counts.workshops - workshops.count + check.counts.apts - tally.count
        if let revision = check.revision {
            for index in workshops.indices {
                workshops[index].sections = revision.currentIDs(workshops[index].sections, on: workshops[index].date)
            }
        }
        var records = RolloutRecords(settings: settings, programme: programme, managers: managers, workshops: workshops, tally: tally)
        records.actions = check.actions
        records.revision = check.revision
        return (records, check.problems, leftOut)
    }
}
