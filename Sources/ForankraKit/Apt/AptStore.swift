import Foundation

/// The APT records of a workspace, and the one way new ones are written: checked against the
/// roster and the programme, refused when the same meeting is already recorded.
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

    /// What `apt log` and `apt import` both need to know to check and write a record.
    struct Context {
        var workspace: Workspace
        var roster: RosterFile
        var programme: Programme
        var today: CalendarDate
    }

    /// Checks a new record and returns the problems (empty when it may be written).
    static func problems(with record: AptRecord, in context: Context, existing: [AptRecord], force: Bool) -> [String] {
        var problems: [String] = []
        if context.roster.manager(id: record.managerID) == nil { problems.append("no manager '\(record.managerID)' on the roster") }
        for section in record.sections where context.programme.section(id: section) == nil {
            problems.append("no section '\(section)' in the programme")
        }
        if record.sections.isEmpty { problems.append("no section given") }
        if record.date > context.today { problems.append("the date \(record.date) is in the future") }
        if record.participants < 0 { problems.append("the number of participants cannot be negative") }
        if !force, let earlier = existing.first(where: { $0.duplicates(record) }) {
            problems.append("this APT is already recorded in \(earlier.path) (same manager, day and section); use --force to record it anyway")
        }
        return problems
    }

    /// Writes the record; several sections or a repeat with --force get a free file name.
    static func write(_ record: AptRecord, in context: Context) throws -> String {
        var path = record.path
        var counter = 2
        while FileManager.default.fileExists(atPath: context.workspace.root + "/" + path) {
            path = String(record.path.dropLast(3)) + "-\(counter).md"
            counter += 1
        }
        let titles = record.sections.compactMap { context.programme.section(id: $0)?.numberedTitle }
        try AtomicFile.makeFolder(URL(fileURLWithPath: context.workspace.root + "/" + path).deletingLastPathComponent().path)
        try AtomicFile.write(AptFile.render(record, sectionTitles: titles, recorded: context.today), to: context.workspace.root + "/" + path)
        return path
    }
}
