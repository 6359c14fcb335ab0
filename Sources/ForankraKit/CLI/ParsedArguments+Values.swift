/// Option values as the types commands work with. Each refuses a bad value with a usage error
/// that names the option, so no command reads a date, a time or a number by hand.
extension ParsedArguments {
    func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), range.contains(number) else {
            throw UsageError.badValue("--\(name)", text, expected: "a whole number from \(range.lowerBound) to \(range.upperBound)", command: spec)
        }
        return number
    }

    func requiredInteger(_ name: String, in range: ClosedRange<Int>) throws -> Int {
        guard let number = try integer(name, in: range) else { throw UsageError.missingOption("--\(name)", command: spec) }
        return number
    }

    func choice<T: RawRepresentable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String, T: CaseIterable {
        guard let text = value(name) else { return nil }
        guard let choice = T(rawValue: text) else {
            throw UsageError.badValue("--\(name)", text, expected: T.allCases.map(\.rawValue).joined(separator: " or "), command: spec)
        }
        return choice
    }

    func date(_ name: String) throws -> CalendarDate? {
        guard let text = value(name) else { return nil }
        return try date(text, of: text, option: name)
    }

    func requiredDate(_ name: String) throws -> CalendarDate {
        let text = try required(name)
        return try date(text, of: text, option: name)
    }

    /// A date written as `part` of an option's whole value (the due date inside one
    /// `--commitment`), refused in the same words as every other date.
    func date(_ part: String, of whole: String, option name: String, placement: String? = nil) throws -> CalendarDate {
        guard let date = CalendarDate(iso: part.trimmingCharacters(in: .whitespaces)) else {
            throw UsageError.badValue("--\(name)", whole, expected: "a real date as YYYY-MM-DD" + (placement.map { " \($0)" } ?? ""), command: spec)
        }
        return date
    }

    func requiredTime(_ name: String) throws -> ClockTime {
        let text = try required(name)
        guard let time = ClockTime(text) else { throw UsageError.badValue("--\(name)", text, expected: "a time as HH:MM", command: spec) }
        return time
    }

    /// A non-empty text after trimming; an empty `--place ''` is refused, not stored.
    func requiredText(_ name: String, expected: String) throws -> String {
        let text = try required(name).trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw UsageError.badValue("--\(name)", "", expected: expected, command: spec) }
        return text
    }

    /// A path option made absolute against the working folder.
    func path(_ name: String, in folder: WorkingFolder) -> String? {
        value(name).map(folder.resolve)
    }

    /// Every positional argument from `index` on, as absolute paths.
    func positionalPaths(from index: Int = 0, in folder: WorkingFolder) -> [String] {
        positionals.dropFirst(index).map(folder.resolve)
    }
}
