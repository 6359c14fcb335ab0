/// The rules that look across records: each walks the parsed models and adds problems. A rule
/// never judges a field the reader already complained about, so one typo gives one problem.
extension WorkspaceCheck {
    mutating func validate(today: CalendarDate) {
        checkRoster()
        checkRolloutSections()
        for workshop in workshops { checkWorkshop(workshop, today: today) }
        checkApts(today: today)
    }

    /// The roster, when it could be read; nil means every manager check is skipped.
    private var managers: RosterFile? { roster?.model }

    /// `rollout_sections` must name top-level sections of the programme.
    private mutating func checkRolloutSections() {
        guard let programme, let field = settings?.frontMatter.field("rollout_sections") else { return }
        let topLevel = programme.topLevelSections.map(\.id)
        for id in settings?.model?.rolloutSections ?? [] where !topLevel.contains(id) {
            problems.append(.init(
                .settings, "'\(id)' in rollout_sections is not a main section of the programme", path: Workspace.settingsFile, line: field.line,
                hint: "Main sections are: " + topLevel.joined(separator: ", ") + "."))
        }
    }

    private mutating func checkRoster() {
        guard let managers else { return }
        let path = "roster/chefer.md"
        var seen: [String: Int] = [:]
        for manager in managers.managers where !manager.email.isEmpty {
            let key = manager.email.lowercased()
            if let earlier = seen[key] {
                problems.append(.init(.duplicateEmail, "\(manager.email) is also on line \(earlier)", path: path, line: manager.line))
            } else {
                seen[key] = manager.line
            }
        }
    }

    private mutating func checkWorkshop(_ reading: RecordReading<Workshop>, today: CalendarDate) {
        guard let workshop = reading.model else { return }
        let path = workshop.relativePath
        if let line = reading.usableLine("date") {
            let distance = workshop.date < today ? (workshop.date, today) : (today, workshop.date)
            if distance.0.adding(years: 3) < distance.1 {
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
        if let line = reading.usableLine("sections") { checkSections(workshop.sections, path: path, line: line) }
        if let managers {
            for participant in workshop.participants where managers.manager(id: participant.managerID) == nil {
                problems.append(.init(.unknownManager, "no manager '\(participant.managerID)' on the roster", path: path, line: participant.line))
            }
        }
        if let line = reading.usableLine("capacity"), workshop.status != .cancelled {
            let coming = workshop.participants.filter { $0.attendance == .invited || $0.attendance == .present }.count
            if coming > workshop.capacity {
                problems.append(.init(.overCapacity, "\(coming) participants are invited or present, but there are \(workshop.capacity) seats", path: path, line: line))
            }
        }
    }

    private mutating func checkSections(_ sections: [String], path: String, line: Int) {
        guard let programme else { return }
        for section in sections where !programme.contains(sectionID: section) {
            problems.append(.init(.unknownSection, "no section '\(section)' in the programme", path: path, line: line))
        }
    }

    private mutating func checkApts(today: CalendarDate) {
        // Earlier APTs by manager and day: a duplicate shares both, so only those are compared
        // (comparing every pair made check quadratic in the number of APTs).
        struct Meeting: Hashable {
            var managerID: String
            var date: CalendarDate
        }
        var checked: [Meeting: [AptRecord]] = [:]
        // By file name without .md, so a repeat written as "…-5-2.md" comes after "…-5.md".
        let inOrder = apts.indices.map { (stem: Self.stem(apts[$0].model?.path), index: $0) }.sorted { $0.stem < $1.stem }
        for (_, index) in inOrder {
            let reading = apts[index]
            guard let record = reading.model else { continue }
            let managerLine = reading.usableLine("manager")
            let sectionsLine = reading.usableLine("sections")
            let manager = managerLine.flatMap { line in checkManager(record, line: line) }
            if let sectionsLine { checkSections(record.sections, path: record.path, line: sectionsLine) }
            if let line = reading.usableLine("date") {
                checkDate(record, manager: manager, line: line, today: today)
                let meeting = Meeting(managerID: record.managerID, date: record.date)
                if let earlier = checked[meeting]?.first(where: { $0.duplicates(record) }) {
                    problems.append(.init(
                        .duplicateApt, "the same APT (\(record.managerID), \(record.date), a shared section) is already recorded in \(earlier.path)",
                        path: record.path, line: line))
                }
                if managerLine != nil && sectionsLine != nil { checked[meeting, default: []].append(record) }
            }
            if let line = reading.usableLine("participants"), let manager, let staff = manager.staff,
               record.participants > staff + 2, Double(record.participants) > 1.25 * Double(staff) {
                problems.append(.init(
                    .participantsAboveStaff, "\(record.participants) participants, but \(manager.id) has \(staff) staff on the roster",
                    path: record.path, line: line))
            }
        }
    }

    private static func stem(_ path: String?) -> String {
        guard let path else { return "" }
        return path.hasSuffix(".md") ? String(path.dropLast(3)) : path
    }

    /// The manager of an APT, or nil with a problem when the roster does not know them.
    private mutating func checkManager(_ record: AptRecord, line: Int) -> Manager? {
        guard let managers else { return nil }
        if let manager = managers.manager(id: record.managerID) { return manager }
        problems.append(.init(.unknownManager, "no manager '\(record.managerID)' on the roster", path: record.path, line: line))
        return nil
    }

    private mutating func checkDate(_ record: AptRecord, manager: Manager?, line: Int, today: CalendarDate) {
        if record.date > today {
            problems.append(.init(.implausibleDate, "the APT is dated \(record.date), after today (\(today))", path: record.path, line: line))
        }
        if let start = settings?.model?.rolloutStart, record.date < start.adding(years: -2) {
            problems.append(.init(
                .implausibleDate, "the APT is dated \(record.date), more than two years before the rollout starts (\(start))",
                path: record.path, line: line))
        }
        if let manager, let left = manager.to, record.date >= left {
            problems.append(.init(
                .inactiveManager, "\(manager.id) left on \(left) (roster line \(manager.line)), before this APT on \(record.date)",
                path: record.path, line: line))
        }
    }
}

extension RecordReading {
    /// The line of a front matter field that is given and that the reader had no problem
    /// with; nil when a rule should leave the field alone.
    func usableLine(_ key: String) -> Int? {
        guard let field = frontMatter.field(key), !field.value.isEmpty, !hasProblem(onLine: field.line) else { return nil }
        return field.line
    }
}

extension CalendarDate {
    /// The same day `years` later (or earlier); 29 February becomes 28 February in other years.
    func adding(years: Int) -> CalendarDate {
        let year = self.year + years
        return CalendarDate(year: year, month: month, day: min(day, CalendarDate.daysIn(month: month, year: year))) ?? self
    }
}
