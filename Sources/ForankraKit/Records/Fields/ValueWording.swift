/// How a bad value is worded, in one place: a date that does not exist reads the same in the
/// roster, a workshop, an APT, a feedback entry, the settings and a returned sheet.
enum ValueWording {
    struct Problem {
        var message: String
        var hint: String
    }

    static func missing(_ key: String, in record: String) -> Problem {
        Problem(message: "\(record) has no '\(key)'", hint: "Add a line `\(key): …` between the --- lines.")
    }

    static func notADate(_ text: String) -> Problem {
        Problem(message: "'\(text)' is not a real date", hint: "Write the date as YYYY-MM-DD.")
    }

    static func notATime(_ text: String) -> Problem {
        Problem(message: "'\(text)' is not a time", hint: "Write it as HH:MM.")
    }

    /// "'participants' must be a whole number, 0 or more, not 'tolv'".
    static func notANumber(_ text: String, key: String, in range: ClosedRange<Int>) -> Problem {
        let allowed = range.upperBound == Int.max
            ? "a whole number, \(range.lowerBound) or more"
            : "a whole number from \(range.lowerBound) to \(range.upperBound)"
        return Problem(message: "'\(key)' must be \(allowed), not '\(text)'", hint: "Write \(allowed).")
    }

    static func notOneOf(_ text: String, key: String, _ allowed: [String]) -> Problem {
        Problem(message: "'\(key)' must be one of \(allowed.joined(separator: ", ")), not '\(text)'",
                hint: "Write one of \(allowed.joined(separator: ", ")).")
    }
}
