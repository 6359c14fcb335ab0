/// The promises as HR reads them in a terminal, and as JSON for a spreadsheet or script.
enum PromiseListText {
    static func render(_ promises: [Promise], programme: Programme, period: ProgrammePeriod, periodFromText: Bool,
                       path: String, language: Language) -> String {
        var lines = [programme.title, language.pick("Källa: ", "Source: ") + path]
        let span = "\(period.firstYear)–\(period.lastYear)"
        lines.append(periodFromText
            ? language.pick("Programperiod: \(span) (ur programmet)", "Programme period: \(span) (from the programme)")
            : language.pick("Programperiod: \(span) (antagen: programmet anger ingen period)", "Programme period: \(span) (assumed: the programme gives none)"))
        lines.append("")
        guard !promises.isEmpty else {
            lines.append(language.pick("Inga mätbara åtgärder eller mål hittades: inga numrerade punkter och inga meningar med en tid eller ett mått.",
                                       "No measurable promises found: no numbered points and no sentences with a time or a measure."))
            return lines.joined(separator: "\n") + "\n"
        }
        for promise in promises {
            lines.append("\(promise.number). " + language.pick("Avsnitt ", "Section ") + "\(promise.sectionID) \(promise.sectionTitle)")
            lines.append("   ”\(promise.text)”")
            lines.append("   " + language.pick("När: ", "When: ") + when(promise.time, period: period, language))
            lines.append("   " + language.pick("Ansvarig: ", "Owner: ") + (promise.owner ?? language.pick("anges inte i texten", "not named in the text")))
            lines.append("")
        }
        let undated = promises.filter { $0.time == nil }.count
        let timed = promises.count - undated
        lines.append(language.pick(
            "\(language.count(promises.count, ("punkt", "punkter"), ("", ""))), varav \(timed) med tid och \(undated) utan tid i texten.",
            "\(language.count(promises.count, ("", ""), ("promise", "promises"))), \(timed) with a time and \(undated) with none in the text."))
        return lines.joined(separator: "\n") + "\n"
    }

    /// "senast 2016-12-31 (”senast 2016”)", "varje år 2026–2029, den 31 december (”årligen”)".
    static func when(_ time: PromiseTime?, period: ProgrammePeriod, _ language: Language) -> String {
        guard let time else { return language.pick("ingen tid i texten", "no time in the text") }
        let quoted = " (”\(time.phrase)”)"
        guard let recurrence = time.recurrence else { return language.pick("senast ", "by ") + time.due.description + quoted }
        let dates = time.dueDates(through: period.end).map(\.description)
        let every: String
        switch recurrence {
        case .yearly: every = language.pick("varje år", "every year")
        case .everyOtherYear: every = language.pick("vartannat år", "every other year")
        case .quarterly: every = language.pick("varje kvartal", "every quarter")
        case .monthly: every = language.pick("varje månad", "every month")
        }
        let shown = dates.count > 6 ? dates.prefix(3).joined(separator: ", ") + " … " + (dates.last ?? "") : dates.joined(separator: ", ")
        return every + ": " + shown + quoted
    }

    static func json(_ promises: [Promise], period: ProgrammePeriod, periodFromText: Bool) -> JSONValue {
        .object([
            ("period", .object([
                ("first_year", .integer(period.firstYear)), ("last_year", .integer(period.lastYear)),
                ("adopted", period.adopted.map { .string($0.description) } ?? .null), ("from_text", .bool(periodFromText)),
            ])),
            ("promises", .array(promises.map { promise in
                .object([
                    ("number", .integer(promise.number)),
                    ("section", .string(promise.sectionID)),
                    ("section_title", .string(promise.sectionTitle)),
                    ("text", .string(promise.text)),
                    ("signals", .array(promise.signals.map { .string($0.rawValue) })),
                    ("due", promise.time.map { .string($0.due.description) } ?? .null),
                    ("recurrence", promise.time?.recurrence.map { .string($0.rawValue) } ?? .null),
                    ("due_dates", .array((promise.time?.dueDates(through: period.end) ?? []).map { .string($0.description) })),
                    ("time_phrase", promise.time.map { .string($0.phrase) } ?? .null),
                    ("owner", promise.owner.map { .string($0) } ?? .null),
                ])
            })),
        ])
    }
}
