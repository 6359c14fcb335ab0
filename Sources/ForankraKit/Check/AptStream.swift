/// The APT files as `check` reads them, settled meeting day by meeting day and handed on as
/// soon as their day is settled, so nothing of an APT is held once its day is.
///
/// A duplicate shares its manager and day with the file it repeats (`AptRecord.isSameMeeting`).
/// The files forankra writes are named `apt/YEAR/DATE-MANAGER-SECTIONS.md`, so in name order a
/// day's files stand together: when the first file of a later day comes, every earlier day is
/// complete. Files named any other way (by hand, or in another folder) are read first and wait
/// for their day. A file whose name gives one day and whose date an earlier one is found only
/// when it is read; if its day was already settled, the reading starts again with that file
/// read first (see `WorkspaceCheck.readAptFiles`). Each file carries its place in the order of
/// the names (`Entry.sequence`), for what must be shown in that order.
struct AptStream {
    /// One file read, with what its reading and the rules found.
    struct Entry {
        var facts: AptFacts?
        var problems: [RecordProblem]
        /// Its place among the files in the order of their names.
        var sequence: Int

        init(facts: AptFacts?, problems: [RecordProblem], sequence: Int) {
            self.facts = facts
            self.problems = problems
            self.sequence = sequence
        }
    }

    /// The files read and not yet handed on, by the number `store` gave them.
    private var entries: [Int: Entry] = [:]
    private var nextNumber = 0
    /// The files whose day is settled, to hand on.
    private var settled: [Int] = []
    /// The files of each day not yet settled.
    private var waitingByDay: [CalendarDate: [Int]] = [:]
    /// The days of `waitingByDay`, earliest first.
    private var waitingDays: [CalendarDate] = []
    /// The day named by the last file named by its day; every day before it is settled.
    private(set) var streamDay: CalendarDate?
    /// Files whose date is a day already settled when they were read, with their places.
    private(set) var lateFiles: [(path: String, sequence: Int)] = []

    /// The day a file forankra named is about (`apt/2026/2026-03-10-….md`), nil for any other
    /// name: those are read before the rest. Read from the bytes, as it is asked of every file.
    static func nameDay(_ relative: String) -> CalendarDate? {
        var relative = relative
        return relative.withUTF8 { bytes -> CalendarDate? in
            // "apt/" YYYY "/" YYYY "-" MM "-" DD "-", then anything ending in ".md" without a "/".
            let prefix: [UInt8] = Array("apt/".utf8)
            guard bytes.count >= 23, bytes.starts(with: prefix), bytes[8] == UInt8(ascii: "/") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let digit = Int(bytes[index]) - Int(UInt8(ascii: "0"))
                    guard (0...9).contains(digit) else { return nil }
                    value = value * 10 + digit
                }
                return value
            }
            let dash = UInt8(ascii: "-")
            guard bytes[4..<8].elementsEqual(bytes[9..<13]), bytes[13] == dash, bytes[16] == dash, bytes[19] == dash,
                  bytes[(bytes.count - 3)...].elementsEqual(".md".utf8), !bytes[20...].contains(UInt8(ascii: "/")),
                  let year = number(4..<8), let month = number(14..<16), let day = number(17..<19) else { return nil }
            return CalendarDate(year: year, month: month, day: day)
        }
    }

    /// A file read ahead of the walk, because its name does not give its day: it waits for its
    /// day with the others.
    mutating func addAhead(_ entry: Entry) {
        store(entry)
    }

    /// A file the walk came to. A file named by its day comes after every file named by an
    /// earlier day (the walk is in the order of the names).
    mutating func add(_ entry: Entry, namedDay: CalendarDate?) {
        if let namedDay, namedDay != streamDay {
            settle(before: namedDay)
            streamDay = namedDay
        }
        if let facts = entry.facts, facts.dateLine != nil, let streamDay, facts.date < streamDay {
            lateFiles.append((facts.path, entry.sequence))
        }
        store(entry)
    }

    private mutating func store(_ entry: Entry) {
        let number = nextNumber
        nextNumber += 1
        if let facts = entry.facts, facts.dateLine != nil {
            if waitingByDay[facts.date] == nil {
                waitingDays.insert(facts.date, at: waitingDays.partitioningIndex { $0 >= facts.date })
            }
            waitingByDay[facts.date, default: []].append(number)
        } else {
            // Without a usable date a file is compared with none.
            settled.append(number)
        }
        entries[number] = entry
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
    private mutating func settleDay(_ numbers: [Int]) {
        let byManager = Dictionary(grouping: numbers) { entries[$0]?.facts?.managerID ?? "" }
        for var meeting in byManager.values {
            if meeting.count > 1 {
                meeting.sort { stem(entries[$0]?.facts?.path ?? "") < stem(entries[$1]?.facts?.path ?? "") }
                compare(meeting)
            }
            settled += meeting
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

    /// The files whose day is settled, in the order of their names among themselves.
    mutating func handOn(_ receive: (Entry) -> Void) {
        guard !settled.isEmpty else { return }
        let ready = settled.compactMap { entries.removeValue(forKey: $0) }.sorted { $0.sequence < $1.sequence }
        settled.removeAll(keepingCapacity: true)
        for entry in ready { receive(entry) }
    }
}
