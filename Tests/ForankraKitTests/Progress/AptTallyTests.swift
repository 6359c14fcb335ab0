import XCTest
@testable import ForankraKit

/// The figures' tally of the APTs, added up one at a time, against counting the whole list of
/// APTs the way the figures did when they kept it.
final class AptTallyTests: XCTestCase {
    private let topicBySection = ["1": "1", "1.1": "1", "1.2": "1", "2": "2", "3": "3", "3.1": "3", "4": "4"]

    func testTheTallyHoldsWhatCountingEveryAptGives() {
        var generator = SeededGenerator(seed: 16)
        let managers = ["anna.lind", "bo.berg", "cia.ek", "dan.ny", "eva.ek"]
        let sections = Array(topicBySection.keys).sorted()
        let start = CalendarDate(iso: "2026-01-01") ?? .epoch
        let scopes = [AptTally.Scope(day: start.adding(days: 300)), AptTally.Scope(day: start.adding(days: 200), from: start.adding(days: 90))]
        for scope in scopes {
            let since = start.adding(days: 150)
            var tally = AptTally(scope: scope, revisionSince: since, topicBySection: topicBySection)
            var apts: [AptFacts] = []
            for _ in 0..<400 {
                let chosen = sections.filter { _ in Int.random(in: 0..<4, using: &generator) == 0 }
                let record = AptRecord(
                    path: "", date: start.adding(days: Int.random(in: 0..<365, using: &generator)),
                    managerID: managers[Int.random(in: 0..<managers.count, using: &generator)], unit: "Enheten", sections: chosen,
                    participants: Int.random(in: 0...30, using: &generator), conclusion: "",
                    commitments: (0..<Int.random(in: 0...2, using: &generator)).map { line in
                        AptRecord.Commitment(what: "Gör", who: nil, due: start.adding(days: Int.random(in: 0..<365, using: &generator)),
                                             done: Bool.random(using: &generator), line: line)
                    },
                    questions: [], source: "apt log")
                let facts = AptFacts(record, keeping: [.followUp], comparison: .init(dateLine: 2, isComparable: true))
                apts.append(facts)
                tally.add(facts)
            }

            XCTAssertEqual(tally.count, apts.count)
            for manager in managers {
                let own = apts.filter { $0.managerID == manager }
                let inScope = own.filter { scope.contains($0.date) }
                let tallied = tally.managers[manager]
                XCTAssertEqual(tallied?.inScope ?? 0, inScope.count, manager)
                XCTAssertEqual(tallied?.participantsInScope ?? 0, inScope.reduce(0) { $0 + $1.participants }, manager)
                XCTAssertEqual(tallied?.first, own.map(\.date).min(), manager)
                var followUp = FollowUpCounts()
                for apt in inScope { followUp.add(apt, on: scope.day) }
                XCTAssertEqual(tally.followUp { $0 == manager }, followUp, manager)
                for topic in ["1", "2", "3", "4"] {
                    let onTopic = own.filter { $0.sections.contains { topicBySection[$0] == topic } }
                    let chapter = tally.chapter(topic, of: manager)
                    XCTAssertEqual(chapter.first, onTopic.map(\.date).min(), "\(manager) \(topic)")
                    XCTAssertEqual(chapter.inScope, onTopic.count { scope.contains($0.date) }, "\(manager) \(topic)")
                    XCTAssertEqual(chapter.heldBeforeRevision, onTopic.contains { $0.date <= scope.day && $0.date < since }, "\(manager) \(topic)")
                    XCTAssertEqual(chapter.heldSinceRevision, onTopic.contains { $0.date <= scope.day && $0.date >= since }, "\(manager) \(topic)")
                    let day = start.adding(days: 120)
                    XCTAssertEqual(tally.chapters(heldBy: manager, by: day).contains(topic), onTopic.contains { $0.date <= day }, "\(manager) \(topic)")
                }
            }
            var whole = FollowUpCounts()
            for apt in apts where scope.contains(apt.date) { whole.add(apt, on: scope.day) }
            XCTAssertEqual(tally.followUp(), whole)
            XCTAssertGreaterThan(whole.overdue, 0, "the drawn APTs have overdue commitments")
        }
    }

    /// An APT on two sections of one chapter is one APT on that chapter.
    func testTwoSectionsOfOneChapterCountOnce() {
        var tally = AptTally(scope: AptTally.Scope(day: CalendarDate(iso: "2026-12-01") ?? .epoch), revisionSince: nil, topicBySection: topicBySection)
        let record = AptRecord(path: "", date: CalendarDate(iso: "2026-11-02") ?? .epoch, managerID: "anna.lind", unit: "Enheten",
                               sections: ["1.1", "1.2", "2"], participants: 9, conclusion: "", commitments: [], questions: [], source: "apt log")
        tally.add(AptFacts(record, keeping: [], comparison: .init(dateLine: 2, isComparable: true)))

        XCTAssertEqual(tally.chapter("1", of: "anna.lind").inScope, 1)
        XCTAssertEqual(tally.chapter("2", of: "anna.lind").inScope, 1)
        XCTAssertEqual(tally.managers["anna.lind"]?.inScope, 1)
        XCTAssertEqual(tally.managers["anna.lind"]?.participantsInScope, 9)
    }
}
