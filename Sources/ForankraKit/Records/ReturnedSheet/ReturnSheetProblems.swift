/// Collects every problem found in a returned sheet, each with the file, the line and what to do,
/// so the manager's file can be corrected in one go.
struct ReturnSheetProblems {
    let path: String
    let language: Language
    private(set) var list: [ForankraError] = []

    init(path: String, language: Language) {
        self.path = path
        self.language = language
    }

    mutating func add(_ message: String, line: Int, hint: String) {
        list.append(.data(message, path: path, line: line, hint: hint))
    }

    /// `"Antal deltagare"` as the sheet's language words it.
    func quoted(_ field: ReturnSheetField) -> String {
        "\"\(field.name(language))\""
    }

    /// One error for many problems: the first problem's line, and every problem listed below with
    /// its line and hint. A single problem is thrown as it is.
    static func combined(_ problems: [ForankraError], path: String) -> ForankraError? {
        guard let first = problems.first else { return nil }
        if problems.count == 1 { return first }
        var message = "the returned sheet has \(problems.count) problems:"
        for problem in problems {
            message += "\n  line \(problem.location?.line ?? 0): \(problem.message)"
            if let hint = problem.hint { message += "\n    \(hint)" }
        }
        return ForankraError(.dataError, message, path: path, location: first.location,
                             hint: "Correct these lines in the file and import it again.")
    }
}
