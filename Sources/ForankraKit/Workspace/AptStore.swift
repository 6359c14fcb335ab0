import Foundation

/// The APT records of a workspace, and the one way new ones are written: each new record is
/// rendered, read back and judged by the same rules `check` uses before anything is written.
struct AptStore {
    var records: [AptRecord]

    static func read(_ workspace: Workspace) throws -> AptStore {
        let readings = ParallelMap.map(workspace.markdownFiles(in: "apt")) { relative -> Swift.Result<AptRecord, ForankraError> in
            do {
                return .success(try AptFile.read(try workspace.read(relative), path: relative))
            } catch let error as ForankraError {
                return .failure(error)
            } catch {
                return .failure(.data("\(error)", path: relative))
            }
        }
        return AptStore(records: try readings.map { try $0.get() })
    }

    /// The names in the year folders that a write needs, each folder read once per command:
    /// the files of the days written to (a duplicate is named by its day) and the dot-files
    /// (a killed write's debris). A year folder holds tens of thousands of APTs, and making a
    /// String of every name cost more than the rest of the write; the others are passed over
    /// as bytes.
    /// A listing can be started early (`startListing`), so the file system lists the folder on
    /// one core while the programme and roster are read on the other; `lock` guards the names.
    final class YearFolders: @unchecked Sendable {
        private let workspace: Workspace
        private let days: Set<UInt32>
        private var namesByYear: [Int: [String]] = [:]
        private var listingsUnderWay: [Int: DispatchGroup] = [:]
        private let lock = NSLock()

        init(_ workspace: Workspace, days: [CalendarDate]) {
            self.workspace = workspace
            self.days = Set(days.map { UInt32($0.year * 10_000 + $0.month * 100 + $0.day) })
        }

        /// Lists the year's folder in the background; `names` waits for it. Only under the
        /// workspace lock, so no other writer adds a file after the listing.
        func startListing(_ year: Int) {
            let group = DispatchGroup()
            lock.withLock { listingsUnderWay[year] = group }
            DispatchQueue.global().async(group: group) {
                let names = self.list(year)
                self.lock.withLock { self.namesByYear[year] = names }
            }
        }

        func names(_ year: Int) -> [String] {
            if let underWay = lock.withLock({ listingsUnderWay.removeValue(forKey: year) }) { underWay.wait() }
            if let names = lock.withLock({ namesByYear[year] }) { return names }
            let names = list(year)
            lock.withLock { namesByYear[year] = names }
            return names
        }

        private func list(_ year: Int) -> [String] {
            FolderNames.names(in: workspace.aptFolder + "/\(year)") { name in
                name[0] == UInt8(ascii: ".") || Self.leadingDay(name).map(days.contains) == true
            }?.sorted() ?? []
        }

        /// The day a name begins with ("2026-03-10-…" gives 20260310), nil for other names.
        private static func leadingDay(_ name: UnsafePointer<UInt8>) -> UInt32? {
            var number: UInt32 = 0
            for offset in 0..<10 {
                let byte = name[offset]
                if offset == 4 || offset == 7 {
                    guard byte == UInt8(ascii: "-") else { return nil }
                    continue
                }
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                number = number * 10 + UInt32(byte - UInt8(ascii: "0"))
            }
            return number
        }
    }

    /// The records of these managers' meetings on these days, and no others: a record is
    /// written to `apt/YEAR/DATE-MANAGER-….md`, so the one year folder's file names say which
    /// files can hold the same meeting. A write then does not read the history: only the names
    /// of one year's folder, and a broken record elsewhere does not stop it (`check` reports
    /// that one). A duplicate hand-filed under another name is not seen here; `check` finds it.
    static func records(ofMeetings meetings: [(managerID: String, date: CalendarDate)], in workspace: Workspace,
                        folders: YearFolders) throws -> [AptRecord] {
        var seen: Set<String> = []
        var records: [AptRecord] = []
        for meeting in meetings {
            let prefix = "\(meeting.date)-\(meeting.managerID)-"
            guard seen.insert(prefix).inserted else { continue }
            let year = meeting.date.year
            for name in folders.names(year) where name.hasPrefix(prefix) && name.hasSuffix(".md") {
                let relative = "apt/\(year)/\(name)"
                let record = try AptFile.read(try workspace.read(relative), path: relative)
                // "2026-03-10-anna-…" also begins "2026-03-10-anna-b-…": the record says whose it is.
                if record.managerID == meeting.managerID && record.date == meeting.date { records.append(record) }
            }
        }
        return records
    }

    /// What `apt log` and `apt import` both need to check and write a record.
    struct Context {
        var workspace: Workspace
        var roster: RosterFile
        var programme: Programme
        var today: CalendarDate
        var revision: ProgrammeRevision? = nil

        var rules: RecordRules {
            RecordRules(roster: roster, programme: programme, rolloutStart: workspace.settings.rolloutStart, today: today, revision: revision)
        }
    }

    /// A record ready to write: its file and text, and what the rules found wrong with it.
    struct Planned {
        var record: AptRecord
        var text: String
        var problems: [RecordProblem]
    }

    /// Renders `record` and judges it as `check` would judge the file. With `anotherGroup` a
    /// meeting already recorded for the same manager, day and section is taken as a further
    /// group that day and gets the next session number instead of being refused.
    static func plan(_ record: AptRecord, in context: Context, meetings: AptMeetings, anotherGroup: Bool) -> Planned {
        var record = record
        if anotherGroup, meetings.earlier(duplicating: record) != nil {
            record.session = meetings.nextFreeSession(for: record)
        }
        record.path = freePath(for: record, in: context.workspace)
        // An APT from before a programme update names the sections of the version then in force.
        let programme = context.revision.flatMap { record.date < $0.since ? $0.previous : nil } ?? context.programme
        let titles = record.sections.compactMap { programme.section(id: $0)?.numberedTitle }
        let text = AptFile.render(record, sectionTitles: titles, recorded: context.today)
        let reading = AptFile.reading(text, path: record.path)
        var problems = reading.problems + context.rules.aptProblems(reading)
        if let earlier = meetings.earlier(duplicating: record) {
            var duplicate = AptMeetings.duplicateProblem(managerID: record.managerID, date: record.date, path: record.path,
                                                         earlierPath: earlier.path, line: 1)
            duplicate.hint = "If it was a further group the same day, give --force to record it as one."
            problems.append(duplicate)
        }
        return Planned(record: record, text: text, problems: problems)
    }

    /// apt/2026/2026-03-10-anna.lindqvist-5.md, with "-2" for a second session, and a counter
    /// when a file of that name is already there (one HR made by hand).
    private static func freePath(for record: AptRecord, in workspace: Workspace) -> String {
        let base = AptRecord.relativePath(date: record.date, managerID: record.managerID, sections: record.sections)
        let stem = String(base.dropLast(3)) + (record.session > 1 ? "-\(record.session)" : "")
        var path = stem + ".md"
        var counter = 2
        while FileManager.default.fileExists(atPath: workspace.root + "/" + path) {
            path = stem + "-\(counter).md"
            counter += 1
        }
        return path
    }

    static func write(_ planned: Planned, in workspace: Workspace, folders: YearFolders? = nil) throws {
        let path = try workspace.recordPath(planned.record.path)
        try AtomicFile.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        try AtomicFile.write(Data(planned.text.utf8), to: path, folderNames: folders?.names(planned.record.date.year))
    }
}
