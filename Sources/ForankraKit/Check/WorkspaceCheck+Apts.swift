/// The APT files as `check` and the read commands take them: walked in the order of their
/// names, each checked as it is read, settled day by day for the duplicate rule and handed on
/// to what the caller collects (see `AptStream`, `AptTally`).
extension WorkspaceCheck {
    mutating func readAptFiles(_ workspace: Workspace, rules: RecordRules, keeping kept: AptFile.KeptTexts, collecting collection: AptCollection) {
        // Walked once for the files whose names do not give their day, which are read first,
        // and once to read the rest in the order of their names: the paths of every APT are
        // never held at once.
        var ahead: [(path: String, sequence: Int)] = []
        var walk = MarkdownWalk(root: workspace.root, folder: "apt")
        var sequence = 0
        while let relative = walk.next() {
            if AptStream.nameDay(relative) == nil { ahead.append((relative, sequence)) }
            sequence += 1
        }
        let problemsBefore = problems.count
        let late = readApts(ahead: ahead, late: [], in: workspace, rules: rules, keeping: kept, collecting: collection)
        // A second reading only when a file's date is a day its name did not lead to: each such
        // file is then read first, with the files named any other way. Files are told apart by
        // their bytes: two names can be the same text in Unicode and still be two files.
        guard !late.isEmpty else { return }
        problems.removeSubrange(problemsBefore...)
        _ = readApts(ahead: ahead + late.map { ($0.path, $0.sequence) }, late: Set(late.map { Array($0.path.utf8) }),
                     in: workspace, rules: rules, keeping: kept, collecting: collection)
    }

    /// Reads the APT files, those in `ahead` (and `late`) first, and hands each on once the
    /// duplicate rule is settled for its day (see `AptStream`). What is shown is put back in the
    /// order of the names at the end. Returns the files whose date is a day already settled when
    /// they were read; when there are any, what was collected is to be thrown away and the files
    /// read again.
    private mutating func readApts(ahead: [(path: String, sequence: Int)], late: Set<[UInt8]>, in workspace: Workspace, rules: RecordRules,
                                   keeping kept: AptFile.KeptTexts, collecting collection: AptCollection) -> [(path: String, sequence: Int)] {
        apts = []
        var aptSequences: [Int] = []
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
        func entry(_ checked: CheckedApt, sequence: Int) -> AptStream.Entry {
            guard let record = checked.model else { return AptStream.Entry(facts: nil, problems: checked.problems, sequence: sequence) }
            var facts = AptFacts(record, keeping: kept, comparison: checked.comparison)
            facts.managerID = repeated.shared(record.managerID)
            facts.unit = repeated.shared(record.unit)
            facts.sections = repeated.shared(record.sections)
            return AptStream.Entry(facts: facts, problems: checked.problems, sequence: sequence)
        }
        func collect(_ entry: AptStream.Entry) {
            problems += entry.problems
            guard var facts = entry.facts else { return }
            switch collection {
            case .none: return
            case .every:
                apts.append(facts)
                aptSequences.append(entry.sequence)
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
                tally?.add(facts, sequence: entry.sequence)
            }
        }
        var stream = AptStream()
        for (file, checked) in zip(ahead, ParallelMap.map(ahead.map(\.path), check)) {
            stream.addAhead(entry(checked, sequence: file.sequence))
        }
        // Read on every core a batch at a time; the walk lists the next folder when it gets there.
        var walk = MarkdownWalk(root: workspace.root, folder: "apt")
        var batch: [(path: String, sequence: Int, namedDay: CalendarDate)] = []
        var fileCount = 0
        func readBatch() {
            ParallelMap.forEach(batch, { file in (file, check(file.path)) }, consume: { file, checked in
                stream.add(entry(checked, sequence: file.sequence), namedDay: file.namedDay)
                stream.handOn(collect)
            })
            batch.removeAll(keepingCapacity: true)
        }
        while let relative = walk.next() {
            let sequence = fileCount
            fileCount += 1
            // Read already, with the files named by hand.
            guard let namedDay = AptStream.nameDay(relative), late.isEmpty || !late.contains(Array(relative.utf8)) else { continue }
            batch.append((relative, sequence, namedDay))
            if batch.count == 4_096 { readBatch() }
        }
        readBatch()
        stream.settle()
        stream.handOn(collect)
        counts.apts = fileCount
        if !aptSequences.isEmpty && zip(aptSequences, aptSequences.dropFirst()).contains(where: { $0 > $1 }) {
            apts = zip(aptSequences, apts).sorted { $0.0 < $1.0 }.map(\.1)
        }
        tally?.putShownInOrder()
        self.tally = tally
        return stream.lateFiles
    }
}
