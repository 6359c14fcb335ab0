import Foundation
@testable import ForankraKit

/// A small workspace whose every figure is worked out by hand in the comments, so the report's
/// numbers can be checked exactly. The tests' today is 2026-11-23.
enum ProgressWorkspaceFixture {
    /// Managers: a, b (department A), c, d (B; d left 2026-06-01), e, f (C; e started
    /// 2026-10-01, after the last workshop). Active today: a b c e f = 5; staff 10+20+5+3+4 = 42.
    static let roster = """
    # Chefer

    | Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |
    | --- | --- | --- | --- | --- | --- | --- | --- |
    | a | Anna Ek | a@x.se | A-förvaltningen | Enhet A1 | 10 | 2025-01-01 |  |
    | b | Bo Berg | b@x.se | A-förvaltningen | Enhet A2 | 20 | 2025-01-01 |  |
    | c | Cia Dahl | c@x.se | B-förvaltningen | Enhet B1 | 5 | 2025-01-01 |  |
    | d | Dan Fors | d@x.se | B-förvaltningen | Enhet B2 | 8 | 2025-01-01 | 2026-06-01 |
    | e | Eva Gran | e@x.se | C-förvaltningen | Enhet C1 | 3 | 2026-10-01 |  |
    | f | Fia Holm | f@x.se | C-förvaltningen | Enhet C2 | 4 | 2025-01-01 |  |

    """

    static func workshop(date: String, rows: [(String, String, String)], feedback: [(Int?, String?, String)]) -> String {
        var text = """
        ---
        date: \(date)
        start: 13:00
        end: 16:00
        place: Sal A
        capacity: 10
        sections: 3, 5
        facilitators: HR
        status: genomförd
        ---

        ## Deltagare

        | Id | Namn | Förvaltning | Närvaro |
        | --- | --- | --- | --- |

        """
        for row in rows { text += "| \(row.0) | \(row.1) | \(row.2) | \(row.2 == "" ? "" : "") |\n".replacingOccurrences(of: "|  |\n", with: "| \(row.2) |\n") }
        text += "\n## Återkoppling\n\n"
        for (index, entry) in feedback.filter({ $0.1 != nil }).enumerated() {
            text += "### Återkoppling \(index + 1)\n\n- Från: \(entry.1 ?? "")\n"
            if let rating = entry.0 { text += "- Betyg: \(rating)\n" }
            text += "\n\(entry.2)\n\n"
        }
        text += "## Anonym återkoppling\n\n"
        for entry in feedback where entry.1 == nil {
            text += "### Anonymt svar\n\n"
            if let rating = entry.0 { text += "- Betyg: \(rating)\n" }
            text += "\n\(entry.2)\n\n"
        }
        return text
    }

    static func apt(date: String, manager: String, sections: String, participants: Int, commitments: [String] = [], questions: [String] = []) -> String {
        """
        ---
        date: \(date)
        manager: \(manager)
        unit: Enhet
        sections: \(sections)
        participants: \(participants)
        source: test
        ---

        ## Det viktigaste vi kom fram till

        Text.

        ## Åtaganden

        \(commitments.joined(separator: "\n"))

        ## Frågor till HR

        \(questions.joined(separator: "\n"))

        """
    }

    /// Writes the workspace into `folder` and returns nothing; see the figures in the tests.
    static func write(into folder: TemporaryFolder, department: String = "A-förvaltningen", comment: String = "Bra.", minimumGroupSize: Int = 5) throws {
        let programme = try String(contentsOfFile: TestPaths.markdownExample, encoding: .utf8)
        try folder.write("programme/program.md", programme)
        try folder.write("forankra.md", """
        ---
        organisation: Testby kommun
        programme: programme/program.md
        language: sv
        apt_minutes: 30
        minimum_group_size: \(minimumGroupSize)
        rollout_start: 2026-01-01
        rollout_target: 2026-12-31
        hourly_cost: 400
        ---

        """)
        try folder.write("roster/chefer.md", roster.replacingOccurrences(of: "A-förvaltningen", with: department))
        // W1: a, c present; b excused; d absent → turnout 3/4. Three ratings (hidden: < 5).
        try folder.write("workshops/2026-03-03-sal-a.md", workshop(
            date: "2026-03-03",
            rows: [("a", "Anna Ek", "närvarande"), ("b", "Bo Berg", "förhinder"), ("c", "Cia Dahl", "närvarande"), ("d", "Dan Fors", "frånvarande")],
            feedback: [(4, nil, comment), (5, nil, "Tydligt."), (3, "c", "Named text is never shown.")]))
        // W2: f present → 1/1.
        try folder.write("workshops/2026-04-07-sal-a.md", workshop(date: "2026-04-07", rows: [("f", "Fia Holm", "närvarande")], feedback: [(2, nil, "Kort.")]))
        // a: topics 3 and 5; c: 3 and 5 in one APT; f: 2.1 → topic 2; d's APT is left out (d left).
        try folder.write("apt/2026/2026-04-10-a-3.md", apt(date: "2026-04-10", manager: "a", sections: "3", participants: 9,
                                                          commitments: ["- [ ] Se över schemat (ansvarig: Bo, senast 2026-06-01)", "- [x] Klart redan"],
                                                          questions: ["- [ ] Hur söker man bidraget?"]))
        try folder.write("apt/2026/2026-05-10-a-5.md", apt(date: "2026-05-10", manager: "a", sections: "5", participants: 8,
                                                          questions: ["- [x] Besvarad fråga"]))
        try folder.write("apt/2026/2026-04-20-c-3+5.md", apt(date: "2026-04-20", manager: "c", sections: "3, 5", participants: 5,
                                                            commitments: ["- [ ] Framtida (senast 2027-01-31)"]))
        try folder.write("apt/2026/2026-05-01-f-2.1.md", apt(date: "2026-05-01", manager: "f", sections: "2.1", participants: 4))
        try folder.write("apt/2026/2026-05-15-d-3.md", apt(date: "2026-05-15", manager: "d", sections: "3", participants: 6))
    }
}
