/// Reads the return part ("Återrapport till HR" / "Report back to HR") of an APT sheet a manager
/// filled in by hand. Tolerant of how people fill forms: labels with or without `*`, the
/// `(ÅÅÅÅ-MM-DD)` hint or the `- ` bullet; answers on the label's line or the next; ruled lines
/// written over or left; Swedish or English labels; "14 st", "ca 14", "12 april", "12/4".
/// Strict about what an APT record needs: date, participants, section, and manager or unit.
///
/// Problems are collected, never stopped at the first: `problems` lists each as its own
/// `ForankraError` with path and line (for `check`-style output), and `read` throws one error
/// whose message lists them all (or the single problem as it is). The text must already have
/// `\n` line ends (`TextDecoding` at the I/O boundary).
public enum ReturnedSheetReader {
    /// `today` resolves dates without a year ("12/4" → the most recent 12 April not after today)
    /// and refuses a meeting date after it.
    public static func read(text: String, path: String, today: CalendarDate) throws -> ReturnedSheet {
        let result = try interpret(text: text, path: path, today: today)
        if let error = ReturnSheetProblems.combined(result.problems, path: path) { throw error }
        guard let sheet = result.sheet else { throw ForankraError.data("the returned sheet could not be read", path: path) }
        return sheet
    }

    /// Every problem in the returned sheet, in line order; empty when `read` would succeed.
    public static func problems(text: String, path: String, today: CalendarDate) -> [ForankraError] {
        do {
            return try interpret(text: text, path: path, today: today).problems
        } catch let error as ForankraError {
            return [error]
        } catch {
            return [ForankraError.data("\(error)", path: path)]
        }
    }

    /// Throws only when the file is not a returned sheet at all.
    private static func interpret(text: String, path: String, today: CalendarDate) throws -> (sheet: ReturnedSheet?, problems: [ForankraError]) {
        guard let draft = ReturnSheetDraft(text: text) else {
            throw ForankraError.data(
                "this is not a returned APT sheet: it has no \"Återrapport till HR\" (\"Report back to HR\") part", path: path,
                hint: "Give the APT sheet the manager filled in and returned; its last part is headed \"Återrapport till HR\".")
        }
        var problems = ReturnSheetProblems(path: path, language: draft.language)
        let date = draft.answer(.date, problems: &problems)
        let unit = draft.answer(.unit, problems: &problems)
        let manager = draft.answer(.manager, problems: &problems)
        let participants = draft.answer(.participants, problems: &problems)
        if [date, unit, manager, participants].allSatisfy({ $0.text == nil }) {
            let name = draft.language.pick("Återrapport till HR", "Report back to HR")
            problems.add("the return part \"\(name)\" has not been filled in", line: draft.headingLine,
                         hint: "Fill in at least the date, the manager or unit, and the number of participants.")
            return (nil, problems.list)
        }
        let meetingDate = draft.meetingDate(date, today: today, problems: &problems)
        draft.checkWhoHeldIt(manager: manager, unit: unit, problems: &problems)
        let count = draft.participantCount(participants, problems: &problems)
        let sections = draft.sectionIDs(draft.answer(.section, problems: &problems), problems: &problems)
        let commitments = draft.commitments(after: meetingDate, today: today, problems: &problems)
        let sorted = problems.list.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
        guard sorted.isEmpty, let meetingDate, let count else { return (nil, sorted) }
        let sheet = ReturnedSheet(
            date: meetingDate, unit: unit.text, manager: manager.text, participants: count, sectionIDs: sections,
            conclusion: draft.conclusion(), questionsToHR: draft.questionsToHR(), commitments: commitments)
        return (sheet, [])
    }
}
