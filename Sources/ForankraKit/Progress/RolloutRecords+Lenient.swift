extension RolloutRecords {
    /// "1 post" / "2 poster" (with "is"/"are" in English): the records left out of the figures.
    static func leftOut(_ count: Int, _ language: Language) -> String {
        language.pick(count == 1 ? "1 post" : "\(count) poster", count == 1 ? "1 record is" : "\(count) records are")
    }

    /// The records without those that have problems, and the problems: a workspace with
    /// mistakes still gets a report, with the mistakes listed first and what they affect left out.
    static func lenient(root: String, today: CalendarDate, keeping kept: AptFile.KeptTexts = .all) throws -> (records: RolloutRecords, problems: [RecordProblem], leftOut: Int) {
        var check = try WorkspaceCheck.run(root: root, today: today, keeping: kept)
        guard let settings = check.settings?.model else {
            throw ForankraError.data("forankra.md cannot be read, so there is nothing to report on", path: Workspace.settingsFile,
                                     hint: "Run 'forankra check' and correct forankra.md.")
        }
        guard let programme = check.programme else {
            throw ForankraError(.noInput, "the programme cannot be read", path: settings.programme, hint: "Run 'forankra check'.")
        }
        // Anonymous feedback stored too openly is a privacy flaw in the file, not a wrong figure.
        let troubled = Dictionary(grouping: check.problems.filter { $0.code != .anonymousLinked }, by: \.path).mapValues { Set($0.map(\.line)) }
        let rosterLines = troubled["roster/chefer.md"] ?? []
        let managers = (check.roster?.model?.managers ?? []).filter { !rosterLines.contains($0.line) }
        let workshops = check.workshops.compactMap { reading in reading.model.flatMap { troubled[$0.relativePath] == nil ? $0 : nil } }
        // Taken out of the check and filtered in place: 100 000 records are not copied.
        var apts = check.apts
        check.apts = []
        apts.removeAll { troubled[$0.path] != nil }
        // The names were the largest thing left of 100 000 APTs once the figures no longer
        // need them to pick out the troubled files.
        if !kept.contains(.fileName) {
            for index in apts.indices { apts[index].path = "" }
        }
        let leftOut = (check.roster?.model?.managers.count ?? 0) - managers.count
            // Counted from the files found, so a file that could not be read at all counts too.
            + check.counts.workshops - workshops.count + check.counts.apts - apts.count
        var records = RolloutRecords(settings: settings, programme: programme, managers: managers, workshops: workshops, apts: consume apts)
        records.actions = check.actions
        if let revision = check.revision {
            records.revision = revision
            // Mapped once per list of sections, and the mapped lists shared as the read ones were.
            var mapped: [[String]: [String]] = [:]
            var repeated = RepeatedValues()
            for index in records.apts.indices where records.apts[index].date < revision.since {
                let sections = records.apts[index].sections
                if let current = mapped[sections] {
                    records.apts[index].sections = current
                } else {
                    let current = repeated.shared(revision.currentIDs(sections, on: records.apts[index].date))
                    mapped[sections] = current
                    records.apts[index].sections = current
                }
            }
            for index in records.workshops.indices {
                records.workshops[index].sections = revision.currentIDs(records.workshops[index].sections, on: records.workshops[index].date)
            }
        }
        return (records, check.problems, leftOut)
    }
}
