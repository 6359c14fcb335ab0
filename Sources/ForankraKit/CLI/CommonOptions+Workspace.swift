extension CommandSpec.Option {
    static let workspace = CommandSpec.Option(
        name: "workspace", short: "w", valueName: "DIR", help: "The workspace (default: found from this folder upwards)")
}

extension RunContext {
    var todayInSweden: CalendarDate { CalendarDate.swedish(at: today) }

    /// The workspace a command works on, from `-w` or the working folder upwards.
    func workspace(_ explicit: String?) throws -> Workspace {
        try Workspace.locate(explicit: explicit, from: folder).speaking(requestedLanguage)
    }

    /// The records of the workspace at `root`, read leniently, with the APTs' free texts the
    /// command shows, added up for the figures on `day` (today without one) from `from`, in the
    /// language `--lang` asks for when it is given.
    func lenientRecords(root: String, on day: CalendarDate? = nil, from: CalendarDate? = nil,
                        keeping kept: AptFile.KeptTexts) throws -> (records: RolloutRecords, problems: [RecordProblem], leftOut: Int) {
        let scope = AptTally.Scope(day: day ?? todayInSweden, from: from)
        var (records, problems, leftOut) = try RolloutRecords.lenient(root: root, today: todayInSweden, scope: scope, keeping: kept)
        if let requestedLanguage { records.settings.language = requestedLanguage }
        return (records, problems, leftOut)
    }

    /// The folder `workspace` would open, for commands that read the settings leniently.
    func workspaceRoot(_ explicit: String?) throws -> String {
        try Workspace.locateRoot(explicit: explicit, from: folder)
    }

    /// Runs `body` holding the workspace's writer lock, so concurrent commands never lose
    /// each other's changes.
    func writing<T>(_ workspace: Workspace, command: String, _ body: () throws -> T) throws -> T {
        let lock = try WorkspaceLock.acquire(root: workspace.root, command: command)
        defer { lock.release() }
        return try body()
    }
}
