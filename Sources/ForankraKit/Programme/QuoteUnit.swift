/// One quote as a sheet counts them: a sentence, or a list under its lead-in with its items.
struct QuoteUnit {
    var statements: [KeyStatement]

    var score: Int { statements.map(\.score).max() ?? 0 }
    /// The first statement, for the programme's order.
    var first: KeyStatement { statements[0] }

    /// Groups a section's candidates: items sharing a lead-in form one unit, everything else a
    /// unit of its own.
    static func units(of candidates: [KeyStatement]) -> [QuoteUnit] {
        var units: [QuoteUnit] = []
        var unitByLeadIn: [String: Int] = [:]
        for candidate in candidates {
            guard let leadIn = candidate.leadIn else {
                units.append(QuoteUnit(statements: [candidate]))
                continue
            }
            let key = candidate.sectionID + "|" + leadIn
            if let index = unitByLeadIn[key] {
                units[index].statements.append(candidate)
            } else {
                unitByLeadIn[key] = units.count
                units.append(QuoteUnit(statements: [candidate]))
            }
        }
        return units
    }

    /// The statements a sheet shows: all of them, or of a long list the strongest `limit`.
    func shown(limit: Int, position: (KeyStatement) -> Int) -> [KeyStatement] {
        guard statements.count > limit else { return statements }
        return Array(statements.sorted { ($0.score, -position($0)) > ($1.score, -position($1)) }.prefix(limit))
    }
}
