/// Reads typed values out of a record's front matter and collects a problem, with its line,
/// for each value that is missing or not of its kind. Every record type reads its fields
/// through this, so they all check and word a value alike.
struct FieldReader {
    let frontMatter: FrontMatter
    let path: String
    /// "the APT record", "the workshop": how a missing field names what it is missing from.
    let record: String
    /// Problems in the settings are all SETTINGS; in records each kind has its own code.
    var codeOverride: ProblemCode?
    private(set) var problems: [RecordProblem] = []

    init(_ frontMatter: FrontMatter, path: String, record: String, codeOverride: ProblemCode? = nil) {
        self.frontMatter = frontMatter
        self.path = path
        self.record = record
        self.codeOverride = codeOverride
    }

    func line(_ key: String) -> Int { frontMatter.field(key)?.line ?? 1 }

    mutating func add(_ code: ProblemCode, _ wording: ValueWording.Problem, key: String) {
        problems.append(RecordProblem(codeOverride ?? code, wording.message, path: path, line: line(key), hint: wording.hint))
    }

    mutating func add(_ code: ProblemCode, _ message: String, key: String, hint: String) {
        add(code, ValueWording.Problem(message: message, hint: hint), key: key)
    }

    /// The text of a field; "" with a MISSING-FIELD problem when it is absent or empty.
    mutating func required(_ key: String) -> String {
        let value = frontMatter[key] ?? ""
        if value.isEmpty { add(.missingField, ValueWording.missing(key, in: record), key: key) }
        return value
    }

    /// The text of a field that may be left out.
    func optional(_ key: String) -> String? {
        guard let value = frontMatter[key], !value.isEmpty else { return nil }
        return value
    }

    mutating func date(_ key: String, required isRequired: Bool) -> CalendarDate? {
        guard let text = isRequired ? nonEmpty(required(key)) : optional(key) else { return nil }
        guard let date = CalendarDate(iso: text) else {
            add(.badDate, ValueWording.notADate(text), key: key)
            return nil
        }
        return date
    }

    mutating func time(_ key: String) -> ClockTime? {
        guard let text = nonEmpty(required(key)) else { return nil }
        guard let time = ClockTime(text) else {
            add(.badValue, ValueWording.notATime(text), key: key)
            return nil
        }
        return time
    }

    mutating func number(_ key: String, in range: ClosedRange<Int>, required isRequired: Bool) -> Int? {
        guard let text = isRequired ? nonEmpty(required(key)) : optional(key) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            add(.badNumber, ValueWording.notANumber(text, key: key, in: range), key: key)
            return nil
        }
        return number
    }

    /// "3, 5" → ["3", "5"]; empty entries dropped.
    mutating func list(_ key: String, separator: Character = ",", required isRequired: Bool) -> [String] {
        let text = isRequired ? required(key) : (optional(key) ?? "")
        return text.split(separator: separator).map(\.trimmedOfSpaces).filter { !$0.isEmpty }
    }

    private func nonEmpty(_ text: String) -> String? { text.isEmpty ? nil : text }
}
