import XCTest
@testable import ForankraKit

/// The APT reader works on the bytes of each line; these pin what a person writing by hand
/// can do to a record and still have it read the same.
final class AptFileReadingTests: XCTestCase {
    func testARenderedRecordReadsBackAsItWasWritten() throws {
        let record = AptRecord(
            path: "apt/2026/2026-03-10-anna.lindqvist-5.md", date: try XCTUnwrap(CalendarDate(iso: "2026-03-10")),
            managerID: "anna.lindqvist", unit: "Hemtjänst Öst: natt", sections: ["5", "3.1"], participants: 14,
            conclusion: "Vi vill ha fler korta möten.\nÅrets skyddsrond görs tillsammans – i maj.",
            commitments: [
                .init(what: "Se över rastschemat (både dag och natt)", who: "Lena Berg", due: CalendarDate(iso: "2026-04-30"), done: false, line: 0),
                .init(what: "Boka studiebesök 🚌", who: nil, due: nil, done: true, line: 0),
            ],
            questions: [.init(text: "Gäller friskvårdsbidraget även timanställda?", answered: true, line: 0)],
            source: "apt log")
        let text = AptFile.render(record, sectionTitles: ["5 Arbetsmiljö", "3.1 Ledarskap"], recorded: try XCTUnwrap(CalendarDate(iso: "2026-03-11")))
        let read = try AptFile.read(text, path: record.path)
        XCTAssertEqual(read.date, record.date)
        XCTAssertEqual(read.unit, record.unit)
        XCTAssertEqual(read.sections, record.sections)
        XCTAssertEqual(read.participants, 14)
        XCTAssertEqual(read.conclusion, record.conclusion)
        XCTAssertEqual(read.commitments.map(\.what), record.commitments.map(\.what))
        XCTAssertEqual(read.commitments.map(\.who), ["Lena Berg", nil])
        XCTAssertEqual(read.commitments.map(\.due), [CalendarDate(iso: "2026-04-30"), nil])
        XCTAssertEqual(read.commitments.map(\.done), [false, true])
        XCTAssertEqual(read.questions.map(\.text), ["Gäller friskvårdsbidraget även timanställda?"])
        XCTAssertEqual(read.questions.map(\.answered), [true])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for commitment in read.commitments { XCTAssertTrue(lines[commitment.line - 1].contains(commitment.what.prefix(10))) }
        XCTAssertTrue(lines[read.questions[0].line - 1].contains("friskvårdsbidraget"))
    }

    func testHandEditsAreReadLikeTheWrittenShape() throws {
        // Trailing spaces after the fence and headings, a capital heading, indented and
        // upper-case checkboxes, tabs, markup, and no line end after the last line.
        let text = "---  \ndate:\t2026-03-10 \nmanager: anna.lindqvist\nsections: 5 ,  7\nparticipants: 9\n---\t\n\n"
            + "## Det viktigaste vi kom fram till   \n\n  Vi ska **prata mer** om arbetsmiljö.  \n\n"
            + "## ÅTAGANDEN\n\n  - [X] Ta fram en plan (ansvarig: Ali, senast 2026-05-01)\n\t- [ ] Följa upp\n- [?] inte en ruta\n"
            + "## Frågor till HR\n- [ ] Hur gör vi med *semesterväxling*?"
        let record = try AptFile.read(text, path: "apt/2026/a.md")
        XCTAssertEqual(record.date, CalendarDate(iso: "2026-03-10"))
        XCTAssertEqual(record.sections, ["5", "7"])
        XCTAssertEqual(record.participants, 9)
        XCTAssertEqual(record.conclusion, "Vi ska prata mer om arbetsmiljö.")
        XCTAssertEqual(record.commitments.map(\.what), ["Ta fram en plan", "Följa upp"])
        XCTAssertEqual(record.commitments.map(\.done), [true, false])
        XCTAssertEqual(record.commitments.map(\.line), [14, 15])
        XCTAssertEqual(record.commitments.first?.who, "Ali")
        XCTAssertEqual(record.questions.map(\.text), ["Hur gör vi med semesterväxling?"])
        XCTAssertEqual(record.questions.map(\.line), [18])
    }

    func testProblemsNameTheirLines() {
        let text = "---\ndate: 2026-02-30\nmanager: anna.lindqvist\nsections: 5\nparticipants: -3\n---\n"
        let reading = AptFile.reading(text, path: "apt/2026/a.md")
        XCTAssertEqual(reading.problems.map(\.line), [2, 5])
        XCTAssertEqual(reading.problems.map(\.code), [.badDate, .badNumber])
        let broken = AptFile.reading("---\ndate: 2026-02-03\ndate: 2026-02-04\n---\n", path: "apt/2026/b.md")
        XCTAssertNil(broken.model)
        XCTAssertEqual(broken.problems.map(\.line), [3])
    }

    /// A slip of the keyboard in the head count is a problem on its line, as in `apt log`, not a
    /// number added into every figure (and, twice over, past what the sum can hold).
    func testAHeadCountNoMeetingHasIsAProblem() {
        for (count, problems) in [("100000", [ProblemCode]()), ("100001", [.badNumber]), ("3000000000", [.badNumber]), ("9223372036854775807", [.badNumber])] {
            let text = "---\ndate: 2026-02-03\nmanager: anna.lindqvist\nsections: 5\nparticipants: \(count)\n---\n"
            let reading = AptFile.reading(text, path: "apt/2026/a.md")
            XCTAssertEqual(reading.problems.map(\.code), problems, count)
            XCTAssertEqual(reading.problems.map(\.line), problems.map { _ in 5 }, count)
        }
    }

    func testCommitmentDetailsAreSplitOnlyWhenTheyAreDetails() {
        XCTAssertEqual(AptFile.splitCommitment("Boka lokal (ansvarig: Åsa Öberg, senast 2026-06-01)").1, "Åsa Öberg")
        XCTAssertEqual(AptFile.splitCommitment("Boka lokal (ansvarig: Åsa Öberg, senast 2026-06-01)").0, "Boka lokal")
        XCTAssertEqual(AptFile.splitCommitment("Läs kapitel 3 (om lön)").0, "Läs kapitel 3 (om lön)")
        XCTAssertNil(AptFile.splitCommitment("Läs kapitel 3 (om lön)").1)
        XCTAssertEqual(AptFile.splitCommitment("(ansvarig: Ali)").0, "(ansvarig: Ali)")
        XCTAssertEqual(AptFile.splitCommitment("Träffas ☕️ (senast 2026-02-30)").0, "Träffas ☕️ (senast 2026-02-30)")
        let doubled = AptFile.splitCommitment("Ringa facket (ansvarig: Ali,, senast 2026-06-01)")
        XCTAssertEqual(doubled.0, "Ringa facket")
        XCTAssertEqual(doubled.2, CalendarDate(iso: "2026-06-01"))
        XCTAssertEqual(AptFile.splitCommitment("Ringa facket (ansvarig: Ali, , senast 2026-06-01)").1, nil, "a blank detail is not a detail")
        XCTAssertEqual(AptFile.splitCommitment("Se över schemat ()").0, "Se över schemat")
    }
}

final class TextLinesTests: XCTestCase {
    func testLinesAreSplitOnLineEndsWithoutAnEmptyLastLine() {
        XCTAssertEqual(strings(TextLines("a\nåäö\n\nsista")), ["a", "åäö", "", "sista"])
        XCTAssertEqual(strings(TextLines("a\n\n")), ["a", ""])
        XCTAssertEqual(strings(TextLines("")), [])
        XCTAssertEqual(strings(TextLines("\n")), [""])
    }

    func testTrimmingTakesSpacesAndTabsOnly() {
        let lines = TextLines(" \t– tankstreck\u{00A0} \t")
        XCTAssertEqual(lines.string(in: lines.trimmed(0)), "– tankstreck\u{00A0}")
    }

    private func strings(_ lines: TextLines) -> [String] {
        (0..<lines.count).map(lines.string)
    }
}
