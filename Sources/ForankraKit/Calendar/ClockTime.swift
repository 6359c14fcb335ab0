/// A time of day in whole minutes. Accepts 13:00 and the Swedish 13.00.
public struct ClockTime: Comparable, Hashable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init?(minutes: Int) {
        guard (0..<24 * 60).contains(minutes) else { return nil }
        self.minutes = minutes
    }

    /// For values that are valid by construction (a placeholder after a reported problem).
    init(clamping minutes: Int) {
        self.minutes = min(max(minutes, 0), 24 * 60 - 1)
    }

    static let midnight = ClockTime(clamping: 0)

    public init?(_ text: String) {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == ":" || $0 == "." })
        // Digits only: Int() alone also takes a sign, which let "9:+5" through as 09:05.
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        self.init(minutes: hour * 60 + minute)
    }

    public var description: String {
        String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// As printed for people: "13.00" in Swedish (Myndigheternas skrivregler), "13:00" in English.
    public func text(_ language: Language) -> String {
        language == .sv ? String(format: "%02d.%02d", minutes / 60, minutes % 60) : description
    }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.minutes < rhs.minutes }
}
