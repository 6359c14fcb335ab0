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
            var duplicate = AptMeetings.duplicateProblem(record, earlier: earlier, line: 1)
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

    static func write(_ planned: Planned, in workspace: Workspace) throws {
        let path = try workspace.recordPath(planned.record.path)
        try AtomicFile.makeFolder(URL(fileURLWithPath: path).deletingLastPathComponent().path)
        try AtomicFile.write(planned.text, to: path)
    }
}
