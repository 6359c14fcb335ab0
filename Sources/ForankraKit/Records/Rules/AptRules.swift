/// The rules an APT record must meet: a manager and sections that exist, a date that can be
/// true, participants that fit the unit, and no second record of the same meeting.
extension RecordRules {
    /// Every problem with one APT as read, except duplicates (see `AptMeetings`); and its
    /// manager, when the roster knows them.
    func aptProblems(_ reading: RecordReading<AptRecord>) -> [RecordProblem] {
        guard let record = reading.model else { return [] }
        var problems: [RecordProblem] = []
        var manager: Manager?
        if let line = reading.usableLine("manager") {
            if let unknown = unknownManager(record.managerID, path: record.path, line: line) { problems.append(unknown) }
            manager = roster?.manager(id: record.managerID)
        }
        if let line = reading.usableLine("sections") {
            problems += unknownSections(record.sections, path: record.path, line: line, on: record.date)
        }
        if let line = reading.usableLine("date") {
            problems += aptDateProblems(record, manager: manager, line: line)
        }
        if let line = reading.usableLine("participants"), let manager, let staff = manager.staff,
           record.participants > staff + 2, Double(record.participants) > 1.25 * Double(staff) {
            problems.append(.init(
                .participantsAboveStaff, "\(record.participants) participants, but \(manager.id) has \(staff) staff on the roster",
                path: record.path, line: line))
        }
        return problems
    }

    private func aptDateProblems(_ record: AptRecord, manager: Manager?, line: Int) -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if record.date > today {
            problems.append(.init(.implausibleDate, "the APT is dated \(record.date), after today (\(today))", path: record.path, line: line))
        }
        if let start = rolloutStart, record.date < start.adding(years: -2) {
            problems.append(.init(
                .implausibleDate, "the APT is dated \(record.date), more than two years before the rollout starts (\(start))",
                path: record.path, line: line))
        }
        if let manager, let left = manager.to, record.date >= left {
            problems.append(.init(
                .inactiveManager, "\(manager.id) left on \(left) (roster line \(manager.line)), before this APT on \(record.date)",
                path: record.path, line: line))
        }
        return problems
    }
}

/// The APTs of the meetings a write touches, by manager and day: a duplicate shares both, so
/// only those are compared. `check` finds duplicates across the whole workspace day by day as
/// it reads the files in the order of their names (see `AptStream`), without a copy of every record.
struct AptMeetings {
    private struct Meeting: Hashable {
        var managerID: String
        var date: CalendarDate
    }

    private var byMeeting: [Meeting: [AptRecord]] = [:]

    init(_ records: [AptRecord] = []) {
        for record in records { add(record) }
    }

    mutating func add(_ record: AptRecord) {
        byMeeting[Meeting(managerID: record.managerID, date: record.date), default: []].append(record)
    }

    /// The earlier record of the same meeting (same manager, day, session and a shared section).
    func earlier(duplicating record: AptRecord) -> AptRecord? {
        byMeeting[Meeting(managerID: record.managerID, date: record.date)]?.first { $0.duplicates(record) }
    }

    /// The first session number on that day that no recorded meeting on a shared section has:
    /// a further group the same day, recorded on purpose.
    func nextFreeSession(for record: AptRecord) -> Int {
        let taken = (byMeeting[Meeting(managerID: record.managerID, date: record.date)] ?? [])
            .filter { !Set($0.sections).isDisjoint(with: record.sections) }.map(\.session)
        return (taken.max() ?? 0) + 1
    }

    /// The file at `path` repeats the meeting of `managerID` on `date` already in `earlierPath`.
    static func duplicateProblem(managerID: String, date: CalendarDate, path: String, earlierPath: String, line: Int) -> RecordProblem {
        RecordProblem(
            .duplicateApt, "the same APT (\(managerID), \(date), a shared section) is already recorded in \(earlierPath)",
            path: path, line: line,
            hint: "Remove one of the two files. If it was a further group the same day, write `session: 2` in the second file.")
    }
}
