/// Figures as people read them: thousands grouped the Swedish way, whole percentages, and the
/// distance to the plan in percentage points. The terminal, the report and the charts all
/// write figures through these, so they read alike everywhere.
enum FigureText {
    /// "25 procentenheter efter" (or "25 efter" in a table column whose note gives the unit),
    /// "4 … före", "i fas"; and the gap in whole points (negative when behind).
    static func gapText(_ coverage: Double, _ planned: Double, short: Bool, language: Language) -> (text: String, points: Int) {
        let points = Int(((coverage - planned) * 100).rounded())
        let unit = short ? "" : language.pick(" procentenheter", " percentage points")
        let text = points == 0 ? language.pick("i fas", "on plan")
            : points > 0 ? language.pick("\(points)\(unit) före", "\(points)\(unit) ahead")
            : language.pick("\(-points)\(unit) efter", "\(-points)\(unit) behind")
        return (text, points)
    }

    /// 2 189, as Swedish writes thousands.
    static func grouped(_ number: Int) -> String {
        let digits = String(abs(number))
        var groups: [Substring] = []
        var end = digits.endIndex
        while end > digits.startIndex {
            let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
            groups.insert(digits[start..<end], at: 0)
            end = start
        }
        return (number < 0 ? "−" : "") + groups.joined(separator: " ")
    }

    static func percent(_ share: Double) -> String {
        "\(Int((share * 100).rounded())) %"
    }
}
