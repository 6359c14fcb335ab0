/// The programme's period as its own cover or title gives it: "Giltighetstid: 2026–2029",
/// "Gäller till och med: 2029-12-31", "Personalpolitiskt program 2015–2018"; the day it was
/// adopted from "Antagen av kommunfullmäktige 2025-09-22".
extension ProgrammePeriod {
    static func read(_ programme: Programme) -> ProgrammePeriod? {
        var first: Int?
        var last: Int?
        var adopted: CalendarDate?
        for entry in programme.metadata {
            let key = entry.key.lowercased()
            if key.hasPrefix("giltighet") || key.hasPrefix("period") || key.hasPrefix("gäller för") {
                if let range = years(in: entry.value) { (first, last) = (range.first, range.last) }
            } else if key.hasPrefix("gäller till") || key.hasPrefix("gäller t.o.m") || key.hasPrefix("giltig till") {
                last = PromiseTimeReader.find(#"(19|20)\d{2}"#, in: entry.value).flatMap { Int($0) } ?? last
            } else if key.hasPrefix("antagen") || key.hasPrefix("beslutad") || key.hasPrefix("fastställd") {
                adopted = PromiseTimeReader.find(#"(19|20)\d{2}-\d{2}-\d{2}"#, in: entry.value).flatMap { CalendarDate(iso: $0) } ?? adopted
            }
        }
        if first == nil, let range = years(in: programme.title) { (first, last) = (range.first, range.last) }
        if first == nil, let adopted { first = adopted.year + 1 }
        guard let firstYear = first else { return nil }
        return ProgrammePeriod(firstYear: firstYear, lastYear: max(last ?? firstYear + 3, firstYear), adopted: adopted)
    }

    /// "2026–2029" or "2015-18".
    private static func years(in text: String) -> (first: Int, last: Int)? {
        guard let phrase = PromiseTimeReader.find(#"\b(19|20)\d{2} ?[–-] ?(\d{2}|(19|20)\d{2})\b(?![-–]\d)"#, in: text) else { return nil }
        let digits = phrase.split(whereSeparator: { !$0.isNumber })
        guard let first = digits.first.flatMap({ Int($0) }), let lastText = digits.last, var last = Int(lastText) else { return nil }
        if lastText.count == 2 { last += first / 100 * 100 }
        return last >= first ? (first, last) : nil
    }
}
