/// What `check` prints: every problem as `path:line: fel: [CODE] message` (`error:` in English;
/// the form compilers print, so editors and CI annotators find the place) with the line quoted and a
/// hint, sorted by path then line, then a count by code; or one line saying all is well.
struct CheckReport {
    struct Entry: Equatable {
        var problem: RecordProblem
        /// The offending line as it stands in the file; nil when the file has no such line.
        var quote: String?
        var hint: String
    }

    var entries: [Entry]
    var counts: WorkspaceCheck.Counts

    /// A quoted line longer than this is cut, so the report stays readable in a terminal.
    static let quoteWidth = 72

    init(_ check: WorkspaceCheck) {
        let numbered = check.problems.enumerated().sorted { lhs, rhs in
            (lhs.element.path, lhs.element.line, lhs.offset) < (rhs.element.path, rhs.element.line, rhs.offset)
        }
        // Each file with a problem is read once, however many problems it has.
        var linesByPath: [String: [String]] = [:]
        entries = numbered.map { _, problem in
            let lines = linesByPath[problem.path] ?? check.lines(of: problem.path) ?? []
            linesByPath[problem.path] = lines
            let quote = lines.indices.contains(problem.line - 1) ? lines[problem.line - 1] : nil
            return Entry(problem: problem, quote: quote, hint: problem.hint ?? problem.code.defaultHint)
        }
        counts = check.counts
    }

    var summary: [(code: ProblemCode, count: Int)] {
        RecordProblem.countsByCode(entries.map(\.problem))
    }

    var exitCode: ExitCode { entries.isEmpty ? .success : .problemsFound }

    /// The report as a person reads it; messages and hints in `wording`, the language of the
    /// interface (codes and paths stay as they are for editors).
    func text(_ wording: Language = .sv) -> String {
        guard !entries.isEmpty else { return allWell(wording) + "\n" }
        var out = ""
        for entry in entries {
            let problem = entry.problem
            out += Diagnostic(severity: .error, path: problem.path, location: SourceLocation(line: problem.line),
                              code: problem.code.rawValue, message: Wording.translate(problem.message, to: wording)).text(wording) + "\n"
            if let quote = entry.quote.map(Self.shortened), !quote.isEmpty { out += "    \(quote)\n" }
            out += "    \(wording.pick("tips", "hint")): \(Wording.translate(entry.hint, to: wording))\n"
        }
        let noun = wording.pick("fel", entries.count == 1 ? "problem" : "problems")
        out += "\n\(entries.count) \(noun): " + summary.map { "\($0.count) \($0.code.rawValue)" }.joined(separator: ", ") + "\n"
        return out
    }

    /// "Allt i ordning: 61 chefer, 4 workshoppar, 98 APT:er, programmet med 22 avsnitt."
    func allWell(_ language: Language) -> String {
        func count(_ number: Int, _ one: String, _ many: String) -> String { "\(number) " + (number == 1 ? one : many) }
        return language.pick(
            "Allt i ordning: \(count(counts.managers, "chef", "chefer")), \(count(counts.workshops, "workshop", "workshoppar")), "
                + "\(count(counts.apts, "APT", "APT:er")), programmet med \(counts.sections) avsnitt.",
            "All in order: \(count(counts.managers, "manager", "managers")), \(count(counts.workshops, "workshop", "workshops")), "
                + "\(count(counts.apts, "APT", "APTs")), the programme with \(count(counts.sections, "section", "sections")).")
    }

    func json() -> JSONValue {
        .object([
            ("problems", .array(entries.map { entry in
                .object([
                    ("path", .string(entry.problem.path)),
                    ("line", .integer(entry.problem.line)),
                    ("code", .string(entry.problem.code.rawValue)),
                    ("message", .string(entry.problem.message)),
                    ("quote", .optional(entry.quote)),
                    ("hint", .string(entry.hint)),
                ])
            })),
            ("summary", .object(summary.map { ($0.code.rawValue, .integer($0.count)) })),
            ("counts", .object([
                ("managers", .integer(counts.managers)),
                ("workshops", .integer(counts.workshops)),
                ("apts", .integer(counts.apts)),
                ("sections", .integer(counts.sections)),
            ])),
        ])
    }

    /// Trailing spaces dropped; a long line cut with "…".
    static func shortened(_ line: String) -> String {
        var trimmed = Substring(line)
        while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        guard trimmed.count > quoteWidth else { return String(trimmed) }
        return String(trimmed.prefix(quoteWidth)).trimmingTrailingSpaces() + " …"
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
