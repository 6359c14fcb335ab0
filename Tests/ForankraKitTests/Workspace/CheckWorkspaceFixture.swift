import Foundation
@testable import ForankraKit

/// A small workspace written file by file: 4 managers, 2 workshops, 3 APTs, a programme of 3
/// sections. Clean as written; tests overwrite files to plant problems. Today is 2026-11-23.
enum CheckWorkspaceFixture {
    static let settings = """
        ---
        organisation: Testkommun
        programme: programme/program.md
        language: sv
        rollout_start: 2026-09-01
        ---

        # Inställningar

        """

    static let programme = """
        # Personalpolitiskt program

        ## 1 Värdegrund

        Vi ska bemöta varandra med respekt.

        ## 2 Arbetsmiljö

        Alla ska ha en god arbetsmiljö.

        ## 3 Lön

        Lönen ska vara rättvis och begriplig.

        """

    static let rosterHead = """
        ---
        imported: 2026-09-01
        source: test.csv
        ---

        # Chefer

        | Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |
        | --- | --- | --- | --- | --- | --- | --- | --- |

        """

    /// Rows start on line 10.
    static let rosterRows = [
        "| anna.lind | Anna Lind | anna.lind@test.se | BUF | Förskolan Solen | 10 | 2020-01-01 |  |",
        "| bo.berg | Bo Berg | bo.berg@test.se | SOC | Hemtjänsten | 20 | 2019-01-01 |  |",
        "| cia.ek | Cia Ek | cia.ek@test.se | KLF | HR | 5 | 2018-01-01 | 2026-10-01 |",
        "| dan.ny | Dan Ny | dan.ny@test.se | SBF | Gata | 8 | 2021-01-01 |  |",
    ]

    static func roster(_ rows: [String] = rosterRows) -> String {
        rosterHead + rows.joined(separator: "\n") + "\n"
    }

    /// Participants' rows start on line 18.
    static func workshop(date: String = "2026-10-06", capacity: String = "10", sections: String = "1, 2", status: String = "genomförd",
                         rows: [String] = ["| anna.lind | Anna Lind | BUF | närvarande |", "| bo.berg | Bo Berg | SOC | förhinder |"],
                         feedback: String = "") -> String {
        """
        ---
        date: \(date)
        start: 13:00
        end: 16:00
        place: Sal A
        capacity: \(capacity)
        sections: \(sections)
        facilitators: HR
        status: \(status)
        ---

        # Chefsworkshop

        ## Deltagare

        | Id | Namn | Förvaltning | Närvaro |
        | --- | --- | --- | --- |
        \(rows.joined(separator: "\n"))

        ## Återkoppling

        \(feedback)
        """
    }

    /// date on line 2, manager 3, sections 5, participants 6.
    static func apt(date: String, manager: String, sections: String = "2", participants: String = "6") -> String {
        """
        ---
        date: \(date)
        manager: \(manager)
        unit: Enheten
        sections: \(sections)
        participants: \(participants)
        recorded: 2026-11-20
        source: apt log
        ---

        # APT

        ## Det viktigaste vi kom fram till

        Vi pratade.

        ## Åtaganden

        - [ ] Se över rastschemat (ansvarig: Lena Berg, senast 2026-12-30)

        ## Frågor till HR

        Inga frågor.

        """
    }

    static func programmePath(_ folder: TemporaryFolder) -> String { folder.path + "/programme/program.md" }

    static func clean() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("forankra.md", settings)
        try folder.write("programme/program.md", programme)
        try folder.write("roster/chefer.md", roster())
        try folder.write("workshops/2026-10-06-sal-a.md", workshop())
        try folder.write("workshops/2027-01-20-sal-b.md", workshop(date: "2027-01-20", status: "planerad",
                                                                    rows: ["| cia.ek | Cia Ek | KLF | inbjuden |", "| dan.ny | Dan Ny | SBF | inbjuden |"]))
        try folder.write("apt/2026/2026-10-12-anna.lind-1.md", apt(date: "2026-10-12", manager: "anna.lind", sections: "1"))
        try folder.write("apt/2026/2026-10-20-bo.berg-2.md", apt(date: "2026-10-20", manager: "bo.berg", participants: "21"))
        try folder.write("apt/2026/2026-09-15-cia.ek-3.md", apt(date: "2026-09-15", manager: "cia.ek", sections: "3", participants: "5"))
        return folder
    }
}
