/// The stable codes of `forankra check`: scripts and the README rely on their spelling.
public enum ProblemCode: String, Sendable, CaseIterable, Comparable {
    case settings = "SETTINGS"
    case programmeMissing = "PROGRAMME-MISSING"
    case frontMatter = "FRONT-MATTER"
    case missingField = "MISSING-FIELD"
    case badDate = "BAD-DATE"
    case implausibleDate = "IMPLAUSIBLE-DATE"
    case badNumber = "BAD-NUMBER"
    case badValue = "BAD-VALUE"
    /// A roster id that is not lower-case letters and digits joined by `.` or `-`.
    case badID = "BAD-ID"
    /// A temporary file left by a write that was killed halfway.
    case staleTemp = "STALE-TEMP"
    /// Anonymous feedback stored with something that can point to who gave it.
    case anonymousLinked = "ANONYMOUS-LINKED"
    case unknownManager = "UNKNOWN-MANAGER"
    case unknownSection = "UNKNOWN-SECTION"
    /// An owner in the follow-up table that nobody declared: most often a misspelling.
    case unknownOwner = "UNKNOWN-OWNER"
    case duplicateManager = "DUPLICATE-MANAGER"
    case duplicateEmail = "DUPLICATE-EMAIL"
    case duplicateApt = "DUPLICATE-APT"
    case overCapacity = "OVER-CAPACITY"
    case participantsAboveStaff = "PARTICIPANTS-ABOVE-STAFF"
    case attendanceBeforeDate = "ATTENDANCE-BEFORE-DATE"
    case inactiveManager = "INACTIVE-MANAGER"
    case themeFile = "THEME-FILE"
    /// A file that is not text forankra can read (binary, an unknown encoding).
    case unreadable = "UNREADABLE"

    public static func < (lhs: ProblemCode, rhs: ProblemCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// What to do about it, when the place that found the problem had nothing more precise.
    var defaultHint: String {
        switch self {
        case .settings: return "Fix the setting in forankra.md; its body explains each one."
        case .programmeMissing: return "Put the programme file in the workspace and name it in forankra.md as `programme:`."
        case .frontMatter: return "Write each line between the --- lines as `key: value`, each key once."
        case .missingField: return "Add the missing value."
        case .badDate: return "Write the date as YYYY-MM-DD."
        case .implausibleDate: return "Check the year and the month."
        case .badNumber: return "Write a whole number, 0 or more."
        case .badValue: return "Use one of the words the file's explanation lists."
        case .badID: return "An id is lower-case letters a–z and digits, in words joined by . or - (anna.lindqvist, bo-ek2)."
        case .staleTemp: return "A write was stopped halfway; the record itself is whole. Remove the temporary file."
        case .anonymousLinked: return "Keep anonymous answers under '## Anonym återkoppling', without number or date."
        case .unknownManager: return "Use an id from roster/chefer.md ('forankra roster list')."
        case .unknownSection: return "Use a section id from the programme ('forankra outline')."
        case .unknownOwner: return "Correct the spelling, or add the owner to 'owners:' at the top of uppfoljning.md."
        case .duplicateManager: return "Each manager needs an id of their own, listed once."
        case .duplicateEmail: return "Each manager needs an e-mail of their own."
        case .duplicateApt: return "Remove one of the two files, or merge them."
        case .overCapacity: return "Raise the capacity, or move someone to another workshop."
        case .participantsAboveStaff: return "Check the number of participants, or the manager's staff on the roster."
        case .attendanceBeforeDate: return "Record attendance after the workshop; until then everyone is inbjuden."
        case .inactiveManager: return "Check the date, or the manager's Till date on the roster."
        case .themeFile: return "See templates/teman/README.md for the layout of a theme file."
        case .unreadable: return "Save the file as UTF-8 text."
        }
    }
}

/// One problem in one file, at one line, with its stable code. Readers collect these so
/// `check` can show every problem at once; the other commands throw the first.
public struct RecordProblem: Sendable, Equatable {
    public var code: ProblemCode
    public var message: String
    public var path: String
    public var line: Int
    public var hint: String?

    public init(_ code: ProblemCode, _ message: String, path: String, line: Int, hint: String? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint
    }

    /// A broken front matter (or any other error with a place) as a problem.
    init(_ code: ProblemCode, _ error: ForankraError, path: String) {
        self.init(code, error.message, path: error.path ?? path, line: error.location?.line ?? 1, hint: error.hint)
    }

    public var error: ForankraError {
        .data(message, path: path, line: line, code: code.rawValue, hint: hint)
    }

    /// What a throwing reader throws: the first problem, the others listed in its hint.
    static func thrown(_ problems: [RecordProblem]) -> ForankraError? {
        guard let first = problems.first?.error else { return nil }
        guard problems.count > 1 else { return first }
        var combined = first
        combined.message += " (and \(problems.count - 1) more)"
        combined.hint = problems.dropFirst().prefix(20).map { "line \($0.line): [\($0.code.rawValue)] \($0.message)" }.joined(separator: "\n  ")
        return combined
    }

    /// What a command that writes a record says when the record it was about to write breaks
    /// a rule: the problems with their codes and hints, placed at the input they came from
    /// (the file being imported), not in a file that was never written.
    static func refusal(_ problems: [RecordProblem], at source: (path: String, line: Int)? = nil) -> ForankraError? {
        guard let first = problems.first else { return nil }
        var error = ForankraError(.dataError, first.message, path: source?.path, location: source.map { SourceLocation(line: $0.line) },
                                  code: first.code.rawValue, hint: first.hint ?? first.code.defaultHint)
        if problems.count > 1 {
            error.message += " (and \(problems.count - 1) more)"
            error.hint = problems.dropFirst().prefix(20).map { "[\($0.code.rawValue)] \($0.message)" }.joined(separator: "\n  ")
        }
        return error
    }
}

/// What a collecting reader returns: the model when the file could be parsed at all (bad
/// fields hold placeholders then), its front matter for the lines of fields, and every problem.
struct RecordReading<Model> {
    var model: Model?
    var frontMatter: FrontMatter
    var problems: [RecordProblem]

    /// The model, or the problems as one error: for commands that refuse a broken file.
    func get() throws -> Model {
        if let error = RecordProblem.thrown(problems) { throw error }
        guard let model else { throw ForankraError.data("the file could not be read") }
        return model
    }

    /// Whether a reader already complained about this line (so checks on it are skipped).
    func hasProblem(onLine line: Int?) -> Bool {
        guard let line else { return false }
        return problems.contains { $0.line == line }
    }
}

extension RecordProblem {
    /// How many problems of each code, in code order: the summary line of `check`, `status`
    /// and the report.
    static func countsByCode(_ problems: [RecordProblem]) -> [(code: ProblemCode, count: Int)] {
        Dictionary(grouping: problems, by: \.code).map { ($0.key, $0.value.count) }.sorted { $0.code < $1.code }
    }

    /// "2 BAD-DATE", "1 UNKNOWN-MANAGER": the counts as the terminal and the follow-up list say them.
    static func countTexts(_ problems: [RecordProblem]) -> [String] {
        countsByCode(problems).map { "\($0.count) \($0.code.rawValue)" }
    }
}

extension RecordReading {
    /// A file whose front matter cannot be read: nothing else in it can be trusted.
    static func brokenFrontMatter(_ error: Error, path: String) -> RecordReading {
        let problem = (error as? ForankraError).map { RecordProblem(.frontMatter, $0, path: path) }
            ?? RecordProblem(.frontMatter, "\(error)", path: path, line: 1)
        return RecordReading(model: nil, frontMatter: FrontMatter(), problems: [problem])
    }
}
extension RecordReading: Sendable where Model: Sendable {}
