import Foundation

/// The words of a hand-written date, lower-cased, with the parts a reader skips ("den", a weekday)
/// taken off the front. Used by `SwedishDate`; the number rules live here so they are in one place.
struct DateWords {
    struct Parts: Equatable {
        var day: Int
        var month: Int
        var year: Int?
    }

    private(set) var words: [Substring]

    init(_ text: String) {
        let lowered = text.lowercased().replacingOccurrences(of: ",", with: " ")
        words = lowered.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
    }

    var isEmpty: Bool { words.isEmpty }
    var hasLetters: Bool { words.contains { $0.contains(where: \.isLetter) } }

    /// Drops "den"/"the" and a weekday name before the date; returns the weekday (1 = Monday).
    mutating func takeLeadingWeekday() -> Int? {
        var weekday: Int?
        while let first = words.first {
            let word = first.hasSuffix(".") ? first.dropLast() : first
            if word == "den" || word == "the" || word == "on" {
                words.removeFirst()
            } else if weekday == nil, let number = DateNames.weekday(word) {
                weekday = number
                words.removeFirst()
            } else {
                break
            }
        }
        return weekday
    }

    /// "12 april 2026", "12 apr.", "12:e april", "april 12, 2026", "12-apr-2026".
    func monthNameParts() -> Parts? {
        let pieces = words.flatMap { $0.split(separator: "-") }.map { $0.hasSuffix(".") ? $0.dropLast() : $0 }
        guard pieces.count == 2 || pieces.count == 3 else { return nil }
        let year: Int?
        if pieces.count == 3 {
            guard let number = Self.year(pieces[2]) else { return nil }
            year = number
        } else {
            year = nil
        }
        if let month = DateNames.month(pieces[1]), let day = Self.dayWithSuffix(pieces[0]) {
            return Parts(day: day, month: month, year: year)
        }
        if let month = DateNames.month(pieces[0]), let day = Self.dayWithSuffix(pieces[1]) {
            return Parts(day: day, month: month, year: year)
        }
        return nil
    }

    /// "12/4", "12/4 2026", "12/4-26", "12.4.2026", "2026-04-12", "2026/4/12": day before month
    /// unless the first number has four digits.
    func numericParts() -> Parts? {
        guard let pieces = Self.numbers(words.joined(separator: " ")) else { return nil }
        if pieces.count == 3, pieces[0].count == 4 {
            guard let year = Self.year(pieces[0]), let month = Self.small(pieces[1]), let day = Self.small(pieces[2]) else { return nil }
            return Parts(day: day, month: month, year: year)
        }
        guard pieces.count == 2 || pieces.count == 3,
              let day = Self.small(pieces[0]), let month = Self.small(pieces[1]) else { return nil }
        if pieces.count == 2 { return Parts(day: day, month: month, year: nil) }
        guard let year = Self.year(pieces[2]) else { return nil }
        return Parts(day: day, month: month, year: year)
    }

    /// Digit runs split by one `/`, `.` or `-` (spaces allowed around it) or by spaces alone;
    /// nil for anything else, such as a leading sign or two separators in a row. A final dot is allowed.
    static func numbers(_ text: String) -> [Substring]? {
        let body = text.hasSuffix(".") ? text.dropLast() : Substring(text)
        var pieces: [Substring] = []
        var rest = body[...]
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCIIDigit }
            guard !digits.isEmpty else { return nil }
            pieces.append(digits)
            rest = rest.dropFirst(digits.count)
            let gap = rest.prefix { !$0.isASCIIDigit }
            let marks = gap.filter { $0 != " " }
            guard marks.count <= 1, marks.allSatisfy({ "/.-".contains($0) }) else { return nil }
            rest = rest.dropFirst(gap.count)
            if rest.isEmpty, !gap.isEmpty { return nil }
        }
        return pieces
    }

    /// One or two ASCII digits.
    static func small(_ text: Substring) -> Int? {
        guard (1...2).contains(text.count), text.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(text)
    }

    /// Four digits, or two meaning 20YY; an apostrophe before two digits is allowed ('26).
    static func year(_ text: Substring) -> Int? {
        let digits = text.first == "'" || text.first == "’" ? text.dropFirst() : text
        guard digits.allSatisfy(\.isASCIIDigit), let number = Int(digits) else { return nil }
        switch digits.count {
        case 4: return number
        case 2: return 2000 + number
        default: return nil
        }
    }

    /// "12", "12:e", "1:a", "12e", "1st", "12th".
    static func dayWithSuffix(_ text: Substring) -> Int? {
        let digits = text.prefix { $0.isASCIIDigit }
        let suffix = text.dropFirst(digits.count)
        guard [":e", ":a", "e", "a", "st", "nd", "rd", "th", ""].contains(suffix) else { return nil }
        return small(digits)
    }
}
