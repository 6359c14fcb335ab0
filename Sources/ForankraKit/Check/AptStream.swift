/// The APT files as `check` reads them, settled meeting day by meeting day and handed on in
/// the order of their names, so nothing of an APT is held once its day is settled.
///
/// A duplicate shares its manager and day with the file it repeats (`AptRecord.isSameMeeting`).
/// The files forankra writes are named `apt/YEAR/DATE-MANAGER-SECTIONS.md`, so in name order a
/// day's files stand together: when the first file of a later day comes, every earlier day is
/// complete. Files named any other way (by hand, or in another folder) are read first and wait
/// for their day. A file whose name gives one day and whose date another is found only when it
/// is read; if its day was already settled, the reading starts again with that file read first
/// (see `WorkspaceCheck.readApts`).
struct AptStream {
    /// One file read, with what its reading and the rules found.
    struct Entry {
        var facts: AptFacts?
        var problems: [RecordProblem]
        /// Whether every file of its meeting day has been read and compared with it.
        fileprivate var isSettled = false

        init(facts: AptFacts?, problems: [RecordProblem]) {
            self.facts = facts
            self.problems = problems
        }
    }

    private var entries: [Int: Entry] = [:]
    /// The files of each day not yet settled, by their place in the listing.
    private var waitingByDay: [CalendarDate: [Int]] = [:]
    /// The days of `waitingByDay`, earliest first.
    private var waitingDays: [CalendarDate] = []
    /// The place in the listing of the next file to hand on.
    private var nextToHandOn = 0
    /// The day named by the last file named by its day; files before it are settled up to it.
    private(set) var streamDay: CalendarDate?
    /// Files whose date is a day already settled when they were read.
    private(set) var lateFiles: [Int] = []

    /// The day a file forankra named is about (`apt/2026/2026-03-10-….md`), nil for any other
    /// name: those are read before the rest.
    static func nameDay(_ relative: String) -> CalendarDate? {
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "apt", parts[2].utf8.count > 11, parts[2].hasSuffix(".md") else { return nil }
        let name = parts[2]
        guard name.utf8.dropFirst(10).first == UInt8(ascii: "-"), name.hasPrefix(parts[1] + "-"),
              let day = CalendarDate(iso: name.prefix(10)), String(day.year) == parts[1] else { return nil }
        return day
    }

    /// `entry`, at `place` in the listing. A file named by its day must come after every file
    /// named by an earlier day (the listing is sorted).
    mutating func add(_ entry: Entry, at place: Int, namedDay: CalendarDate?) {
        if let namedDay, namedDay != streamDay {
            settle(before: namedDay)
            streamDay = namedDay
        }
        var entry = entry
        if let facts = entry.facts, facts.dateLine != nil {
            if namedDay != nil, let streamDay, facts.date < streamDay {
                lateFiles.append(place)
            }
            entry.isSettled = false
            if waitingByDay[facts.date] == nil {
                let at = waitingDays.partitioningIndex { $0 >= facts.date }
                waitingDays.insert(facts.date, at: at)
            }
            waitingByDay[facts.date, default: []].append(place)
        } else {
            // Without a usable date a file is compared with none.
            entry.isSettled = true
        }
        entries[place] = entry
    }

    /// Every day before `day` is complete: its files are compared and may be handed on.
    mutating func settle(before day: CalendarDate? = nil) {
        while let first = waitingDays.first, day.map({ first < $0 }) ?? true {
            waitingDays.removeFirst()
            settleDay(waitingByDay.removeValue(forKey: first) ?? [])
        }
    }

    /// The files of one day, by manager, each compared with those before it in name order (by
    /// name without .md, so a repeat written as "…-5-2.md" comes after "…-5.md").
    private mutating func settleDay(_ places: [Int]) {
        let byManager = Dictionary(grouping: places) { entries[$0]?.facts?.managerID ?? "" }
        for var meeting in byManager.values {
            if meeting.count > 1 {
                meeting.sort { stem(entries[$0]?.facts?.path ?? "") < stem(entries[$1]?.facts?.path ?? "") }
                compare(meeting)
            }
            for place in meeting { entries[place]?.isSettled = true }
        }
    }

    private mutating func compare(_ meeting: [Int]) {
        for position in meeting.indices {
            guard let apt = entries[meeting[position]]?.facts, let line = apt.dateLine else { continue }
            for earlierPlace in meeting[..<position] {
                guard let earlier = entries[earlierPlace]?.facts, earlier.isComparable, earlier.duplicates(apt) else { continue }
                entries[meeting[position]]?.problems.append(AptMeetings.duplicateProblem(
                    managerID: apt.managerID, date: apt.date, path: apt.path, earlierPath: earlier.path, line: line))
                break
            }
        }
    }

    private func stem(_ path: String) -> Substring {
        path.hasSuffix(".md") ? path.dropLast(3) : path[...]
    }

    /// The settled files from the next place in the listing on, in listing order, until one
    /// that waits for its day or has not been read yet.
    mutating func handOn(_ receive: (Entry) -> Void) {
        while let entry = entries[nextToHandOn], entry.isSettled {
            entries[nextToHandOn] = nil
            nextToHandOn += 1
            receive(entry)
        }
    }
}

extension Array {
    /// The first index whose element `belongs` accepts, in an array where every element it
    /// accepts comes after every element it does not.
    func partitioningIndex(where belongs: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongs(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
