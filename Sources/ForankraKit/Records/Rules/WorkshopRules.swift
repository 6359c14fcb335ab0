/// The rules a workshop must meet: a date within reach of today, attendance only once it has
/// taken place, sections and managers that exist, and no more coming than there are seats.
extension RecordRules {
    func workshopProblems(_ reading: RecordReading<Workshop>) -> [RecordProblem] {
        guard let workshop = reading.model else { return [] }
        let path = workshop.relativePath
        var problems: [RecordProblem] = []
        if let line = reading.usableLine("date") {
            let (earlier, later) = workshop.date < today ? (workshop.date, today) : (today, workshop.date)
            if earlier.adding(years: 3) < later {
                problems.append(.init(.implausibleDate, "the workshop is dated \(workshop.date), more than three years from today (\(today))", path: path, line: line))
            }
            if workshop.date > today {
                for participant in workshop.participants where participant.attendance != .invited {
                    problems.append(.init(
                        .attendanceBeforeDate,
                        "\(participant.managerID) is marked \(participant.attendance.rawValue), but the workshop on \(workshop.date) has not taken place yet",
                        path: path, line: participant.line))
                }
            }
        }
        if reading.usableLine("date") != nil {
            for key in ["start", "end"] {
                guard let line = reading.usableLine(key) else { continue }
                let time = key == "start" ? workshop.start : workshop.end
                if SwedishClock.kind(of: workshop.date, time) == .skipped {
                    problems.append(.init(
                        .badValue, "\(time) does not exist on \(workshop.date): the clocks go forward from 02:00 to 03:00 that night",
                        path: path, line: line, hint: "Use a time before 02:00 or from 03:00."))
                }
            }
        }
        if let line = reading.usableLine("sections") { problems += unknownSections(workshop.sections, path: path, line: line, on: workshop.date) }
        for participant in workshop.participants {
            if let unknown = unknownManager(participant.managerID, path: path, line: participant.line) { problems.append(unknown) }
        }
        if let line = reading.usableLine("capacity"), workshop.status != .cancelled {
            let coming = workshop.participants.filter { $0.attendance == .invited || $0.attendance == .present }.count
            if coming > workshop.capacity {
                problems.append(.init(.overCapacity, "\(coming) participants are invited or present, but there are \(workshop.capacity) seats", path: path, line: line))
            }
        }
        return problems
    }
}
