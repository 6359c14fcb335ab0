import XCTest
@testable import ForankraKit

/// What the read commands keep of each APT: `check` and `status` no words at all, the report
/// only the words it shows, and the counts the same whichever words are kept.
final class AptFactsTests: XCTestCase {
    private let day = CalendarDate(iso: "2026-11-23") ?? .epoch

    func testCheckKeepsNoWordsOfAnAptAndStillFindsItsDuplicate() throws {
        let folder = try CheckWorkspaceFixture.clean()
        try folder.write("apt/2026/2026-10-20-bo.berg-2-2.md", CheckWorkspaceFixture.apt(date: "2026-10-20", manager: "bo.berg"))

        let check = try WorkspaceCheck.run(root: folder.path, today: day, keeping: [])

        XCTAssertFalse(check.apts.isEmpty)
        for apt in check.apts {
            XCTAssertNil(apt.texts, apt.path)
            XCTAssertEqual(apt.followUp.open + Int(apt.followUp.questions), 0, apt.path)
        }
        XCTAssertEqual(check.problems.filter { $0.code == .duplicateApt }.map(\.path), ["apt/2026/2026-10-20-bo.berg-2-2.md"])
    }

    func testStatusKeepsTheStateOfCommitmentsWithoutTheirWords() throws {
        let folder = try CheckWorkspaceFixture.clean()
        let scope = AptTally.Scope(day: day)
        let records = try RolloutRecords.lenient(root: folder.path, today: day, scope: scope, keeping: [.followUp]).records
        let whole = try RolloutRecords.lenient(root: folder.path, today: day, scope: scope, keeping: .all).records

        XCTAssertGreaterThan(records.tally.count, 0)
        XCTAssertEqual(records.tally.shown.count, 0, "status keeps no APT whole")
        XCTAssertFalse(whole.tally.shown.isEmpty)
        XCTAssertTrue(whole.tally.shown.allSatisfy { $0.path.hasPrefix("apt/") }, "the follow-up list names the files")
        XCTAssertGreaterThan(whole.tally.followUp().open, 0, "the fixture has open commitments")
        XCTAssertEqual(records.tally.followUp(), whole.tally.followUp())
    }

    func testTheReportKeepsTheQuestionsAndConclusionsButNotTheCommitmentsWords() throws {
        let record = aptRecord(commitments: [commitment(done: false, due: "2026-12-01")], questions: [question("Hur söker vi?", answered: false)])

        let facts = AptFacts(record, keeping: [.conclusion, .questions, .followUp], comparison: .init(dateLine: 2, isComparable: true))

        XCTAssertEqual(facts.conclusion, record.conclusion)
        XCTAssertEqual(facts.questions.map(\.text), ["Hur söker vi?"])
        XCTAssertEqual(facts.commitments, [])
        XCTAssertEqual(facts.followUp.open, 1)
    }

    func testTheFollowUpListKeepsTheWordsOfWhatIsStillOpenOnly() {
        let record = aptRecord(commitments: [commitment(done: true, due: "2026-10-01"), commitment(done: false, due: "2026-10-02")],
                               questions: [question("Besvarad?", answered: true), question("Obesvarad?", answered: false)])

        let facts = AptFacts(record, keeping: [.questions, .commitments, .onlyOpen, .fileName], comparison: .init(dateLine: 2, isComparable: true))

        XCTAssertEqual(facts.questions.map(\.text), ["Obesvarad?"])
        XCTAssertEqual(facts.commitments.map(\.done), [false])
        XCTAssertEqual(facts.followUp.done, 1, "the counts still hold what is done")
        XCTAssertEqual(facts.followUp.questions, 2)
    }

    /// The counts from the state kept without words, against counting each record's lists as
    /// `status` did when it kept them, on drawn APTs with every kind of commitment.
    func testCountsFromTheKeptStateMatchCountingTheRecordsLists() {
        var generator = SeededGenerator(seed: 15)
        let dues: [String?] = [nil, "2026-11-01", "2026-11-22", "2026-11-23", "2026-11-24", "2027-01-10"]
        for _ in 0..<500 {
            let commitments = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                commitment(done: Bool.random(using: &generator), due: dues[Int.random(in: 0..<dues.count, using: &generator)])
            }
            let questions = (0..<Int.random(in: 0...3, using: &generator)).map { _ in question("Fråga?", answered: Bool.random(using: &generator)) }
            let record = aptRecord(commitments: commitments, questions: questions)
            var counted = FollowUpCounts()
            counted.add(AptFacts(record, keeping: [.followUp], comparison: .init(dateLine: 2, isComparable: true)), on: day)

            let open = commitments.filter { !$0.done }
            let late = open.compactMap(\.due).filter { $0 < day }
            XCTAssertEqual(counted.done, commitments.count - open.count)
            XCTAssertEqual(counted.open, open.count)
            XCTAssertEqual(counted.overdue, late.count)
            XCTAssertEqual(counted.oldestOverdue, late.min())
            XCTAssertEqual(counted.questions, questions.count)
            XCTAssertEqual(counted.unanswered, questions.filter { !$0.answered }.count)
        }
    }

    private func aptRecord(commitments: [AptRecord.Commitment], questions: [AptRecord.Question]) -> AptRecord {
        AptRecord(path: "apt/2026/2026-10-20-bo.berg-2.md", date: CalendarDate(iso: "2026-10-20") ?? .epoch, managerID: "bo.berg",
                  unit: "Enheten", sections: ["2"], participants: 6, conclusion: "Vi pratade om rasterna.",
                  commitments: commitments, questions: questions, source: "apt log")
    }

    private func commitment(done: Bool, due: String?) -> AptRecord.Commitment {
        AptRecord.Commitment(what: "Se över rastschemat", who: "Lena Berg", due: due.flatMap(CalendarDate.init(iso:)), done: done, line: 12)
    }

    private func question(_ text: String, answered: Bool) -> AptRecord.Question {
        AptRecord.Question(text: text, answered: answered, line: 16)
    }
}
