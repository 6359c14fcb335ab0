/// The required fields: each is read and judged here, and every problem is added to the list
/// rather than thrown, so one run names them all.
extension ReturnSheetDraft {
    func meetingDate(_ answer: Answer, today: CalendarDate, problems: inout ReturnSheetProblems) -> CalendarDate? {
        let name = problems.quoted(.date)
        let hint = "Write the date as YYYY-MM-DD, for example \(today)."
        if let (text, line) = written(answer, name: name, hint: hint, problems: &problems) {
            switch SwedishDate.read(text, year: .notAfter(today)) {
            case .date(let date) where date > today:
                problems.add("the date \"\(text)\" in \(name) is after today (\(today))", line: line, hint: "Check the year and the month. \(hint)")
            case .date(let date):
                return date
            case .impossible:
                problems.add("the date \"\(text)\" in \(name) is not a real date", line: line, hint: hint)
            case .unreadable:
                problems.add("the date \"\(text)\" in \(name) could not be read", line: line, hint: hint)
            case .wrongWeekday(let date, _):
                problems.add("the weekday in \"\(text)\" in \(name) does not fit the date: it was \(date.longText(language))",
                             line: line, hint: "Correct the weekday or the date, or write only the date, e.g. \(date).")
            }
        }
        return nil
    }

    func participantCount(_ answer: Answer, problems: inout ReturnSheetProblems) -> Int? {
        let name = problems.quoted(.participants)
        let hint = "Write how many took part, in digits, for example 14."
        if let (text, line) = written(answer, name: name, hint: hint, problems: &problems) {
            switch ParticipantCount(text) {
            case .count(let count) where count > 0:
                return count
            case .count:
                problems.add("the number of participants in \(name) is \"\(text)\"; a meeting needs at least one", line: line, hint: hint)
            case .range:
                problems.add("the number of participants \"\(text)\" in \(name) is a range, not one number", line: line, hint: hint)
            case .notDigits:
                problems.add("the number of participants \"\(text)\" in \(name) is not a number in digits", line: line,
                             hint: hint + " Numbers in words, such as \"fjorton\", are not read.")
            }
        }
        return nil
    }

    /// From the field; when it names no section number, from the comment the sheet was printed with.
    func sectionIDs(_ answer: Answer, problems: inout ReturnSheetProblems) -> [String] {
        let fromField = answer.text.map(SectionNumbers.read) ?? []
        if !fromField.isEmpty { return fromField }
        if !commentSections.isEmpty { return commentSections }
        let name = problems.quoted(.section)
        let hint = "Write the section number as in the programme, for example 5, or 5, 6.1 for two."
        let missing = "\(name) is missing from the return part, and the sheet's forankra comment is gone too"
        if let (text, line) = written(answer, name: name, hint: hint, missing: missing, problems: &problems) {
            problems.add("\(name) says \"\(text)\", which names no section number", line: line, hint: hint)
        }
        return []
    }

    /// The written answer and its line; a missing or empty field is added as a problem instead.
    private func written(
        _ answer: Answer, name: String, hint: String, missing: String? = nil, problems: inout ReturnSheetProblems
    ) -> (String, Int)? {
        switch answer {
        case .missing:
            problems.add(missing ?? "\(name) is missing from the return part", line: headingLine, hint: hint)
        case .empty(let line):
            problems.add("\(name) is not filled in", line: line, hint: hint)
        case .written(let text, let line):
            return (text, line)
        }
        return nil
    }

    /// Manager or unit must be there, so HR knows whose meeting it was.
    func checkWhoHeldIt(manager: Answer, unit: Answer, problems: inout ReturnSheetProblems) {
        guard manager.text == nil, unit.text == nil else { return }
        var line = headingLine
        if case .empty(let managerLine) = manager { line = managerLine } else if case .empty(let unitLine) = unit { line = unitLine }
        problems.add("neither \(problems.quoted(.manager)) nor \(problems.quoted(.unit)) is filled in", line: line,
                     hint: "Write the manager's name or the workplace, so HR knows whose meeting it was.")
    }
}
