/// The APT files as `check` and the read commands take them: walked in the order of their
/// names, each checked as it is read, settled day by day for the duplicate rule and handed on
/// to what the caller collects (see `AptStream`, `AptTally`).
extension WorkspaceCheck {
    mutating func readAptFiles(_ workspace: Workspace, rules: RecordRules, keeping kept: AptFile.KeptTexts, collecting collection: AptCollection) {
        // Walked once for the files whose names do not give their day, which are read first,
        // and once to read the rest in the order of their names: the paths of every APT are
        // never held at once.
        var readAhead = Set<String>()
        var walk = MarkdownWalk(root: workspace.root, folder: "apt", sorted: false)
        while let relative = walk.next() {
            if AptStream.nameDay(relative) == nil { readAhead.insert(relative) }
        }
        let problemsBefore = problems.count
        let late = readApts(readAhead: readAhead, in: workspace, rules: rules, keeping: kept, collecting: collection)
        // A second reading only when a file's date is a day its name did not lead to: each such
        // file is then read first, with the files named any other way.
        guard !late.isEmpty else { return }
        readAhead.formUnion(late)
        problems.removeSubrange(problemsBefore...)
        _ = readApts(readAhead: readAhead, in: workspace, rules: rules, keeping: kept, collecting: collection)
    }

    /// Reads the APT files, those in `readAhead` first, and hands each on in the order of
    /// their names once the duplicate rule is settled for its day (see `AptStream`). Returns
    /// the files whose date is a day already settled when they were read; when there are any,
    /// what was collected is to be thrown away and the files read again.
    private mutating func readApts(readAhead: Set<String>, in workspace: Workspace, rules: RecordRules,
                                   keeping kept: AptFile.KeptTexts, collecting collection: AptCollection) -> [String] {
        apts = []
        var tally: AptTally?
        if case .tally(let scope) = collection, let programme {
            tally = AptTally(scope: scope, revisionSince: revision?.since, topicBySection: RolloutRecords.topics(of: programme))
        }
        var repeated = RepeatedValues()
        // After a revision, each list of sections is mapped once and the mapped lists shared.
        var mappedSections: [[String]: [String]] = [:]
        let check = { @Sendable (relative: String) -> CheckedApt in
            do {
                return CheckedApt(AptFile.reading(try workspace.read(relative), path: relative, keeping: kept), rules: rules)
            } catch {
                return CheckedApt(unreadable: Self.unreadable(error, path: relative))
            }
        }
        func entry(_ checked: CheckedApt) -> AptStream.Entry {
            guard let record = checked.model else { return AptStream.Entry(facts: nil, problems: checked.problems) }
            var facts = AptFacts(record, keeping: kept, comparison: checked.comparison)
            facts.managerID = repeated.shared(record.managerID)
            facts.unit = repeated.shared(record.unit)
            facts.sections = repeated.shared(record.sections)
            return AptStream.Entry(facts: facts, problems: checked.problems)
        }
        func collect(_ entry: AptStream.Entry) {
            problems += entry.problems
            guard var facts = entry.facts else { return }
            switch collection {
            case .none: return
            case .every: apts.append(facts)
            case .tally:
                // Anonymous feedback stored too openly is a privacy flaw, not a wrong figure.
                guard entry.problems.allSatisfy({ $0.code == .anonymousLinked }) else { return }
                if let revision, facts.date < revision.since {
                    let current = mappedSections[facts.sections] ?? repeated.shared(revision.currentIDs(facts.sections, on: facts.date))
                    mappedSections[facts.sections] = current
                    facts.sections = current
                }
                // The figures never name a file; only the follow-up list does.
                if !kept.contains(.fileName) { facts.path = "" }
                tally?.add(facts)
            }
        }
        var stream = AptStream()
        let ahead = readAhead.sorted()
        var numberAhead: [String: Int] = [:]
        for (relative, checked) in zip(ahead, ParallelMap.map(ahead, check)) { numberAhead[relative] = stream.addAhead(entry(checked)) }
        let isAhead = readAhead
        // Read on every core a batch at a time; the walk lists the next folder when it gets there.
        var walk = MarkdownWalk(root: workspace.root, folder: "apt")
        var batch: [String] = []
        var fileCount = 0
        func readBatch() {
            ParallelMap.forEach(batch, { relative in (relative, isAhead.contains(relative) ? nil : check(relative)) }, consume: { relative, checked in
                if let checked {
                    stream.add(entry(checked), namedDay: AptStream.nameDay(relative))
                } else if let number = numberAhead[relative] {
                    stream.handOnAhead(number)
                }
                stream.handOn(collect)
            })
            batch.removeAll(keepingCapacity: true)
        }
        while let relative = walk.next() {
            fileCount += 1
            batch.append(relative)
            if batch.count == 4_096 { readBatch() }
        }
        readBatch()
        stream.settle()
        stream.handOn(collect)
        counts.apts = fileCount
        self.tally = tally
        return stream.lateFiles
    }
}
