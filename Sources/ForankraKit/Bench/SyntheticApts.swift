/// The APTs of a synthetic rollout: every manager works through the programme's sections
/// roughly one a month while they are a manager, skipping about now and then; some report
/// commitments (some done, some overdue) and questions to HR (some answered).
enum SyntheticApts {
    /// An APT record and the day HR recorded it.
    struct Entry {
        var record: AptRecord
        var recorded: CalendarDate
    }

    static func make(_ size: SyntheticMunicipality.Size, managers: [Manager], sections: [String],
                     timeline: SyntheticTimeline, rng: inout SeededGenerator) -> [Entry] {
        let windows = managers.map { window(of: $0, timeline: timeline) }
        let weights = windows.map { window in Double(window.count) * (0.6 + rng.unit() * 0.8) }
        let counts = SeededGenerator.apportion(size.apts, weights: weights)
        var entries: [Entry] = []
        entries.reserveCapacity(size.apts)
        for (index, manager) in managers.enumerated() where counts[index] > 0 {
            let dates = meetingDays(counts[index], in: windows[index], rng: &rng)
            for (number, date) in dates.enumerated() {
                let section = rng.chance(0.15) ? rng.pick(sections) : sections[number % sections.count]
                entries.append(entry(manager: manager, date: date, section: section, timeline: timeline, rng: &rng))
            }
        }
        return entries
    }

    /// The days a manager could hold an APT: from when they started (or the rollout did) to the
    /// day before they left (or the target).
    private static func window(of manager: Manager, timeline: SyntheticTimeline) -> ClosedRange<Int> {
        let first = max(timeline.start.dayNumber, manager.from?.dayNumber ?? timeline.start.dayNumber)
        let last = min(timeline.target.dayNumber, (manager.to?.dayNumber ?? Int.max) - 1)
        return first...max(first, last)
    }

    /// `count` different weekdays (at most as many as there are), one in each equal slice of
    /// the window's weekdays, so a manager's APTs come roughly evenly and never on one day twice.
    private static func meetingDays(_ count: Int, in window: ClosedRange<Int>, rng: inout SeededGenerator) -> [CalendarDate] {
        let weekdays = window.filter { CalendarDate.fromDayNumber($0).weekday <= 5 }
        let count = min(count, weekdays.count)
        return (0..<count).map { slice in
            let low = slice * weekdays.count / count
            let high = (slice + 1) * weekdays.count / count - 1
            return CalendarDate.fromDayNumber(weekdays[rng.int(in: low...high)])
        }
    }

    private static func entry(manager: Manager, date: CalendarDate, section: String, timeline: SyntheticTimeline,
                              rng: inout SeededGenerator) -> Entry {
        let staff = manager.staff ?? 0
        let participants = min(staff, Int((Double(staff) * (0.55 + rng.unit() * 0.45)).rounded()))
        let record = AptRecord(
            path: AptRecord.relativePath(date: date, managerID: manager.id, sections: [section]),
            date: date, managerID: manager.id, unit: manager.unit, sections: [section], participants: participants,
            conclusion: rng.pick(SyntheticNames.conclusions),
            commitments: commitments(after: date, timeline: timeline, rng: &rng),
            questions: questions(after: date, timeline: timeline, rng: &rng),
            source: rng.chance(0.7) ? "apt log" : "formular-export.csv rad \(rng.int(in: 2...400))")
        let recorded = min(timeline.snapshot, date.adding(days: rng.int(in: 0...10)))
        return Entry(record: record, recorded: recorded)
    }

    private static func commitments(after date: CalendarDate, timeline: SyntheticTimeline, rng: inout SeededGenerator) -> [AptRecord.Commitment] {
        var picked: [AptRecord.Commitment] = []
        for _ in 0..<rng.int(in: 0...2) {
            let what = rng.pick(SyntheticNames.commitments)
            let due = date.adding(days: rng.int(in: 14...90))
            // Most commitments due before the snapshot are done; the rest are overdue.
            let done = rng.chance(due <= timeline.snapshot ? 0.65 : 0.15)
            let who = rng.chance(0.8) ? rng.pick(SyntheticNames.firstNames) + " " + rng.pick(SyntheticNames.lastNames) : nil
            guard !picked.contains(where: { $0.what == what }) else { continue }
            picked.append(.init(what: what, who: who, due: due, done: done, line: 0))
        }
        return picked
    }

    private static func questions(after date: CalendarDate, timeline: SyntheticTimeline, rng: inout SeededGenerator) -> [AptRecord.Question] {
        var picked: [AptRecord.Question] = []
        for _ in 0..<rng.pick([0, 0, 0, 1, 1, 2]) {
            let text = rng.pick(SyntheticNames.questions)
            let answered = rng.chance(date.adding(days: 30) < timeline.snapshot ? 0.7 : 0.2)
            guard !picked.contains(where: { $0.text == text }) else { continue }
            picked.append(.init(text: text, answered: answered, line: 0))
        }
        return picked
    }
}
