/// What the rules about records judge against: the roster, the programme, the rollout's start
/// and today. `check` runs the rules on every record; the commands that write a record run the
/// same rules on it first, so a writer never accepts what `check` then refuses.
struct RecordRules: Sendable {
    /// nil when the roster could not be read: every rule about managers is left out then.
    var roster: RosterFile?
    /// nil when the programme could not be read: every rule about sections is left out then.
    var programme: Programme?
    var rolloutStart: CalendarDate?
    var today: CalendarDate
    /// After `programme update`: records dated before the new version name the old one's sections.
    var revision: ProgrammeRevision? = nil

    /// Section ids the programme does not have, as problems on the line of the field.
    func unknownSections(_ sections: [String], path: String, line: Int, on date: CalendarDate? = nil) -> [RecordProblem] {
        if let revision, let date, date < revision.since {
            return sections.filter { !revision.previous.contains(sectionID: $0) }.map {
                RecordProblem(.unknownSection, "no section '\($0)' in the previous programme, which was in force on \(date)", path: path, line: line,
                              hint: "A record from before \(revision.since) names the sections of the previous version ('forankra outline' on it).")
            }
        }
        guard let programme else { return [] }
        return sections.filter { !programme.contains(sectionID: $0) }.map {
            RecordProblem(.unknownSection, "no section '\($0)' in the programme", path: path, line: line)
        }
    }

    func unknownManager(_ id: String, path: String, line: Int) -> RecordProblem? {
        if !Manager.isValidID(id) {
            return RecordProblem(.badID, "'\(id)' is not a manager id", path: path, line: line)
        }
        guard let roster, roster.manager(id: id) == nil else { return nil }
        return RecordProblem(.unknownManager, "no manager '\(id)' on the roster", path: path, line: line)
    }
}

extension RecordReading {
    /// The line of a front matter field that is given and that the reader had no problem
    /// with; nil when a rule should leave the field alone, so one typo gives one problem.
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
