import Foundation

/// Reads the time a sentence binds a promise to, in the ways Swedish programmes write it:
/// "senast 2016", "under 2015", "2015–16", "före sommaren 2017", "hösten 2026", "första
/// kvartalet 2027", "den 30 juni 2026", "2026-06-30", "under mandatperioden", "inom ett år från
/// antagandet", and recurrences: "årligen", "varje år", "vartannat år", "varje kvartal",
/// "varje månad". nil when the sentence names no time.
enum PromiseTimeReader {
    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
    private static let year = #"(?:19|20)\d{2}"#

    static func read(_ sentence: String, period: ProgrammePeriod) -> PromiseTime? {
        let recurrence = self.recurrence(in: sentence)
        // "Första gången: hösten 2026" says when a recurring promise is first due.
        let firstTime = find(#"första gången:? [^.;]*"#, in: sentence).flatMap { date(in: $0, period: period) }
        let explicit = date(in: sentence, period: period)
        if let (kind, phrase) = recurrence {
            let defaultFirst = period.firstDue(kind)
            let first = firstTime ?? explicit
            return PromiseTime(due: first?.date ?? defaultFirst, recurrence: kind, phrase: [phrase, first?.phrase].compactMap { $0 }.joined(separator: ", "))
        }
        return explicit.map { PromiseTime(due: $0.date, recurrence: nil, phrase: $0.phrase) }
    }

    private static func recurrence(in sentence: String) -> (PromiseTime.Recurrence, String)? {
        let patterns: [(PromiseTime.Recurrence, String)] = [
            (.everyOtherYear, #"\bvartannat år\b"#),
            (.yearly, #"\b(årligen|varje år|varje kalenderår|en gång (per|om|i) året|årlig[at]?|(\d+|två|tre|fyra) gånger (per|om|i) år(et)?|per år)\b"#),
            (.quarterly, #"\b(varje kvartal|kvartalsvis|en gång (per|i) kvartalet)\b"#),
            (.monthly, #"\b(varje månad|månadsvis|en gång (per|i) månaden)\b"#),
        ]
        for (kind, pattern) in patterns {
            if let phrase = find(pattern, in: sentence) { return (kind, phrase) }
        }
        return nil
    }

    /// The first date the sentence names, most exact form first.
    static func date(in text: String, period: ProgrammePeriod) -> (date: CalendarDate, phrase: String)? {
        if let phrase = find(#"\b\#(year)-\d{2}-\d{2}\b"#, in: text), let date = CalendarDate(iso: phrase) {
            return (date, phrase)
        }
        let monthNames = months.joined(separator: "|")
        if let phrase = find(#"\b\d{1,2} (\#(monthNames))( \#(year))?\b"#, in: text) {
            let parts = phrase.lowercased().split(separator: " ")
            let day = Int(parts[0]) ?? 1
            let month = (months.firstIndex(of: String(parts[1])) ?? 0) + 1
            // "den 30 juni varje år": the first year of the programme.
            let year = parts.count > 2 ? Int(parts[2]) ?? period.firstYear : period.firstYear
            if let date = CalendarDate(year: year, month: month, day: day) { return (date, phrase) }
        }
        // "senast juni 2027", "2027-06": the end of that month.
        if let phrase = find(#"\b(\#(monthNames)) \#(year)\b"#, in: text), let year = lastYear(in: phrase),
           let name = phrase.lowercased().split(separator: " ").first, let index = months.firstIndex(of: String(name)),
           let date = CalendarDate(year: year, month: index + 1, day: CalendarDate.daysIn(month: index + 1, year: year)) {
            return (date, phrase)
        }
        if let phrase = find(#"\b\#(year)-(0[1-9]|1[0-2])\b(?!-\d)"#, in: text) {
            let parts = phrase.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2, let date = CalendarDate(year: parts[0], month: parts[1], day: CalendarDate.daysIn(month: parts[1], year: parts[0])) {
                return (date, phrase)
            }
        }
        // "i april": the end of that month in the programme's first year (a yearly report).
        if let phrase = find(#"\b(i|under|före utgången av|senast i) (\#(monthNames))\b(?! \#(year))"#, in: text),
           let name = phrase.lowercased().split(separator: " ").last, let index = months.firstIndex(of: String(name)) {
            let month = index + 1
            if let date = CalendarDate(year: period.firstYear, month: month, day: CalendarDate.daysIn(month: month, year: period.firstYear)) {
                return (date, phrase)
            }
        }
        let endOf: [(String, Int, Int)] = [
            (#"\b(före|innan) sommaren \#(year)\b"#, 6, 30),
            (#"\b(våren|vårterminen|vårvintern|under våren) \#(year)\b"#, 6, 30),
            (#"\b(hösten|höstterminen|under hösten) \#(year)\b"#, 12, 31),
            (#"\bförsta kvartalet( år)? \#(year)\b"#, 3, 31),
            (#"\bandra kvartalet( år)? \#(year)\b"#, 6, 30),
            (#"\btredje kvartalet( år)? \#(year)\b"#, 9, 30),
            (#"\bfjärde kvartalet( år)? \#(year)\b"#, 12, 31),
        ]
        for (pattern, month, day) in endOf {
            if let phrase = find(pattern, in: text), let year = lastYear(in: phrase), let date = CalendarDate(year: year, month: month, day: day) {
                return (date, phrase)
            }
        }
        // "2015–16", "2015–2016": the end of the last year.
        if let phrase = find(#"\b\#(year) ?[–-] ?(\d{2}|\#(year))\b(?![-–]\d)"#, in: text) {
            let digits = phrase.split(whereSeparator: { !$0.isNumber })
            if let first = digits.first.flatMap({ Int($0) }), let lastText = digits.last, var last = Int(lastText) {
                if lastText.count == 2 { last += first / 100 * 100 }
                if last >= first, let date = CalendarDate(year: last, month: 12, day: 31) { return (date, phrase) }
            }
        }
        if let phrase = find(#"\b((innan|före) (det|programmet|handlingsprogrammet|planen|policyn) löper ut|under programperioden|vid programperiodens slut)\b"#, in: text) {
            return (period.end, phrase)
        }
        if let phrase = find(#"\bmandatperiod(en|ens slut)?\b"#, in: text) {
            return (period.endOfTerm, phrase)
        }
        if let phrase = find(#"\binom (ett|två|tre|fyra|\d+) år\b"#, in: text) {
            let words = ["ett": 1, "två": 2, "tre": 3, "fyra": 4]
            let count = phrase.split(separator: " ").dropFirst().first.flatMap { words[String($0)] ?? Int($0) } ?? 1
            let from = period.adopted ?? period.start
            return (from.adding(months: 12 * count), phrase)
        }
        if let phrase = find(#"\binom (ett halvår|sex månader)\b"#, in: text) {
            return ((period.adopted ?? period.start).adding(months: 6), phrase)
        }
        // "före 2027" and "innan 2027" end the year before.
        if let phrase = find(#"\b(före|innan) (år )?\#(year)\b(?![:\-–]\d)"#, in: text), let year = lastYear(in: phrase),
           let date = CalendarDate(year: year - 1, month: 12, day: 31) {
            return (date, phrase)
        }
        if let phrase = find(#"\b(senast|under|till|fram till|i slutet av|år|vid utgången av) (år |under |i )?\#(year)\b(?![:\-–]\d)"#, in: text),
           let year = lastYear(in: phrase), let date = CalendarDate(year: year, month: 12, day: 31) {
            return (date, phrase)
        }
        return nil
    }

    private static func lastYear(in phrase: String) -> Int? {
        phrase.split(whereSeparator: { !$0.isNumber }).last.flatMap { Int($0) }
    }

    /// The text the pattern matches, as it stands in `text` (case kept), or nil.
    static func find(_ pattern: String, in text: String) -> String? {
        text.range(of: pattern, options: [.regularExpression, .caseInsensitive]).map { String(text[$0]) }
    }
}
