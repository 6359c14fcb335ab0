/// A date without a time zone, as HR writes it (2026-02-03). Kept as plain numbers so nothing
/// depends on the machine's time zone or locale.
public struct CalendarDate: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// Year, month and day in one number (year × 65 536 + month × 256 + day): four bytes, not
    /// twenty-four, in every record of every APT, and dates compare as numbers do.
    private let packed: UInt32

    public var year: Int { Int(packed >> 16) }
    public var month: Int { Int((packed >> 8) & 0xFF) }
    public var day: Int { Int(packed & 0xFF) }
    /// The four bytes, for sorting many dates by a number.
    var packedValue: UInt32 { packed }

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2200).contains(year), (1...12).contains(month),
              (1...CalendarDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.init(uncheckedYear: year, month: month, day: day)
    }

    /// Only the ISO form YYYY-MM-DD; a date like 2022-02-30 is refused, never rolled over.
    public init?<Text: StringProtocol>(iso text: Text) {
        // Read byte by byte, digits only: every record holds dates, and Int() alone would also
        // take a sign, which once let "2024-+1-05" through as January.
        var numbers = [0, 0, 0]
        var position = 0
        for byte in text.utf8 {
            switch position {
            case 4, 7:
                guard byte == UInt8(ascii: "-") else { return nil }
            case 0..<10:
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                let part = position < 4 ? 0 : position < 7 ? 1 : 2
                numbers[part] = numbers[part] * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
            position += 1
        }
        guard position == 10 else { return nil }
        self.init(year: numbers[0], month: numbers[1], day: numbers[2])
    }

    public var description: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        lhs.packed < rhs.packed
    }

    static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (proleptic Gregorian), for arithmetic and weekdays.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// 1 = Monday … 7 = Sunday, as the Swedish week runs.
    public var weekday: Int {
        let shifted = (dayNumber + 3) % 7
        return (shifted < 0 ? shifted + 7 : shifted) + 1
    }

    private static let monthsSV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    private static let weekdaysSV = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
    private static let weekdaysEN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// "Tisdagen den 3 februari 2026" / "Tuesday 3 February 2026": a date that opens a line.
    public func lineText(_ language: Language) -> String {
        switch language {
        case .sv:
            let weekday = Self.weekdaysSV[weekday - 1]
            return weekday.prefix(1).uppercased() + weekday.dropFirst() + "en den \(day) \(Self.monthsSV[month - 1]) \(year)"
        case .en: return longText(.en)
        }
    }

    /// "6 juli 2027" / "6 July 2027": a date in running text, where ISO dates read as codes.
    public func proseText(_ language: Language) -> String {
        "\(day) " + monthText(language)
    }

    /// "juli 2027" / "July 2027": a forecast, which is no more exact than its month.
    public func monthText(_ language: Language) -> String {
        "\(language == .sv ? Self.monthsSV[month - 1] : Self.monthsEN[month - 1]) \(year)"
    }

    /// "tisdag 3 februari 2026" / "Tuesday 3 February 2026".
    public func longText(_ language: Language) -> String {
        switch language {
        case .sv: return "\(Self.weekdaysSV[weekday - 1]) \(day) \(Self.monthsSV[month - 1]) \(year)"
        case .en: return "\(Self.weekdaysEN[weekday - 1]) \(day) \(Self.monthsEN[month - 1]) \(year)"
        }
    }
}

extension CalendarDate {
    /// The date `dayNumber` days after 1970-01-01.
    public static func fromDayNumber(_ dayNumber: Int) -> CalendarDate {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        // The arithmetic always yields a valid date; the fallback only satisfies the optional.
        return CalendarDate(year: year, month: month, day: day) ?? CalendarDate.epoch
    }

    static let epoch = CalendarDate(uncheckedYear: 1970, month: 1, day: 1)

    private init(uncheckedYear year: Int, month: Int, day: Int) {
        packed = UInt32(truncatingIfNeeded: year) << 16 | UInt32(truncatingIfNeeded: month) << 8 | UInt32(truncatingIfNeeded: day)
    }
}
