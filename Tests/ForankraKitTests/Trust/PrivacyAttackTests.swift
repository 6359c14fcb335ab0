import Foundation
import XCTest
@testable import ForankraKit

/// The report read as an attacker would: every combination of `--from`, `--to` and
/// `--department` an HR user could ask for, on an organisation with many small departments and
/// small workshops, and every figure in each of them. No subtraction between any of them may
/// isolate fewer answers, or fewer managers, than the minimum group.
///
/// How the test finds what subtraction can isolate: each answer is changed on its own (its
/// rating moved, a tag and a comment only it carries) and every figure that moves is noted. Two
/// answers that move exactly the same figures in every report can never be told apart by any
/// sum or difference of figures; the answers that move the same figures form one "atom", and the
/// smallest group anyone can isolate is an atom. So every atom that moves anything must hold at
/// least the minimum number of answers (and of ratings, when it moves an average).
final class PrivacyAttackTests: XCTestCase {
    private static let minimum = 5
    private static let today = CalendarDate(year: 2026, month: 11, day: 30) ?? .epoch

    /// A seeded generator so a failure can be replayed.
    private struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state ^ (state >> 33)
        }
    }

    /// Departments of 1 to 12 managers; one manager starts in the autumn and one leaves in the
    /// summer, so the groups change over the year. Fourteen workshops of 1 to 12 answers each,
    /// a mix of named and anonymous answers, some without a rating.
    private func records(seed: UInt64) throws -> RolloutRecords {
        var random = SeededGenerator(state: seed)
        let programmeText = try String(contentsOfFile: TestPaths.markdownExample, encoding: .utf8)
        let programme = ProgrammeReader.read(text: programmeText, path: "program.md")
        var settings = WorkspaceSettings.defaults
        settings.minimumGroupSize = Self.minimum
        let sizes = [1, 2, 3, 4, 5, 6, 7, 9, 12]
        var managers: [Manager] = []
        for (index, size) in sizes.enumerated() {
            for number in 1...size {
                let id = "d\(index)m\(number)"
                managers.append(Manager(id: id, name: "Chef \(id)", email: "\(id)@x.se", department: "Förvaltning \(index)", unit: "Enhet",
                                        staff: 10, from: CalendarDate(year: 2025, month: 1, day: 1), to: nil))
            }
        }
        managers[managers.count - 1].from = CalendarDate(year: 2026, month: 9, day: 1)
        managers[4].to = CalendarDate(year: 2026, month: 7, day: 1)
        var workshops: [Workshop] = []
        for index in 0..<14 {
            let date = (CalendarDate(year: 2026, month: 2, day: 2) ?? .epoch).adding(days: index * 16)
            let answers = Int.random(in: 1...12, using: &random)
            let feedback = (0..<answers).map { _ -> Workshop.Feedback in
                // Most answers are named, and half of those come from the largest department, so blocks have
                // department cells as well as a rest, and sometimes a rest too small to stand.
                let named = Int.random(in: 0..<10, using: &random) < 7
                let fromLargest = managers.filter { $0.department == "Förvaltning 8" }
                let by = named ? (Bool.random(using: &random) ? fromLargest : managers).randomElement(using: &random)?.id : nil
                let rating = Int.random(in: 0...5, using: &random)
                return Workshop.Feedback(date: named ? date : nil, by: by, rating: rating == 0 ? nil : rating,
                                         tags: ["tidsbrist", "bra-samtal"].filter { _ in Bool.random(using: &random) }, text: "Svar.", line: 0)
            }
            workshops.append(Workshop(id: "\(date)-sal", date: date, start: ClockTime(clamping: 13 * 60), end: ClockTime(clamping: 16 * 60), place: "Sal",
                                      capacity: 30, sections: ["3"], facilitators: ["HR"], status: .held, participants: [], feedback: feedback))
        }
        return RolloutRecords(settings: settings, programme: programme, managers: managers, workshops: workshops,
                              tally: AptTally(scope: AptTally.Scope(day: .epoch), revisionSince: nil, topicBySection: [:]))
    }

    private typealias Query = (from: CalendarDate?, to: CalendarDate, department: String?)

    /// Every (from, to, department) an HR user may ask for: to-days around each workshop and
    /// at each month start; from-days at each workshop, the day after and each month start
    /// (any other from-day selects the same workshops as one of these); and every department
    /// the report command would accept on that day.
    private func queries(_ records: RolloutRecords) -> [Query] {
        var toDays = Set(records.workshops.flatMap { [$0.date.adding(days: -1), $0.date, $0.date.adding(days: 1)] })
        var fromDays = Set(records.workshops.flatMap { [$0.date, $0.date.adding(days: 1)] })
        for month in 1...11 {
            let start = CalendarDate(year: 2026, month: month, day: 1) ?? .epoch
            toDays.insert(start)
            fromDays.insert(start)
        }
        toDays.insert(Self.today)
        var queries: [Query] = []
        for to in toDays.sorted() {
            let groups = DepartmentGroups.groups(records, on: to)
            let allowed = [nil] + groups.filter { $0.key == $0.value }.map(\.key).sorted()
            for from in [nil] + fromDays.sorted().filter({ $0 <= to }) {
                for department in allowed { queries.append((from, to, department)) }
            }
        }
        return queries
    }

    private struct Figure: Equatable {
        var query: Int
        var name: String
        var value: String
    }

    /// Every feedback figure a report prints (`ProgressReport.make` takes them from
    /// `FeedbackView`), by a name that is the same across reports.
    private func feedbackFigures(_ view: FeedbackView) -> [(name: String, value: String)] {
        var figures: [(name: String, value: String)] = [
            ("overall.average", view.summary.averageRating.map { String($0) } ?? "-"),
            ("overall.ratings", String(view.summary.ratings)),
            ("overall.tags", view.summary.tags.map { "\($0.tag)=\($0.count)" }.joined(separator: ",")),
            (Self.comments, view.summary.comments.joined(separator: "|")),
        ]
        for workshop in view.workshops { figures.append(("workshop.\(workshop.id)", workshop.averageRating.map { String($0) } ?? "-")) }
        for row in view.byDepartment {
            figures.append(("department.\(row.department ?? "rest")", "\(row.answers);\(row.ratings);\(row.averageRating.map { String($0) } ?? "-")"))
        }
        return figures
    }

    private static let comments = "overall.comments"

    private func allFigures(_ records: RolloutRecords, _ queries: [Query]) -> [Figure] {
        let blocks = FeedbackView.blocks(of: records)
        return queries.enumerated().flatMap { index, query in
            feedbackFigures(FeedbackView.make(records, blocks: blocks, on: query.to, from: query.from, department: query.department))
                .map { Figure(query: index, name: $0.name, value: $0.value) }
        }
    }

    func testNoDifferenceOfReportsIsolatesFewerAnswersThanTheMinimum() throws {
        for seed: UInt64 in [1, 2] {
            let records = try records(seed: seed)
            // A department view prints the same figures as the whole report, less the other
            // departments' rows, so the whole reports are the ones to attack.
            let queries = queries(records).filter { $0.department == nil }
            XCTAssertGreaterThanOrEqual(queries.count * (queries.count - 1) / 2, 1000, "the attacker compares at least a thousand pairs of reports")
            let baseline = allFigures(records, queries)
            let cells = FeedbackView.blocks(of: records).blocks.map { $0.cells.map(\.department) }
            XCTAssertTrue(cells.contains { $0.contains(nil) && $0.contains { $0 != nil } }, "seed \(seed): some block shows a department beside the rest")
            // A rating and a tag are probed apart: an answer without a rating moves no average,
            // and is not thereby told apart from the rated answers around it.
            for probe in Probe.allCases {
                var atoms: [Set<Int>: [String]] = [:]
                var commentReports: [(answer: String, shownIn: Set<Int>, atom: Set<Int>)] = []
                for (workshopIndex, workshop) in records.workshops.enumerated() {
                    for answerIndex in workshop.feedback.indices {
                        var changed = records
                        var answer = changed.workshops[workshopIndex].feedback[answerIndex]
                        switch probe {
                        case .rating:
                            guard let rating = answer.rating else { continue }
                            answer.rating = rating == 5 ? 1 : rating + 1
                        case .words:
                            answer.tags.append("probe-\(workshopIndex)-\(answerIndex)")
                            answer.text = "Probe \(workshopIndex) \(answerIndex)."
                        }
                        changed.workshops[workshopIndex].feedback[answerIndex] = answer
                        let moved = zip(baseline, allFigures(changed, queries)).enumerated().filter { $0.element.0 != $0.element.1 }
                        // A comment is its writer's own words, so it is always "isolated"; what
                        // must hold is that it shows in exactly the reports its atom shows in.
                        let figures = Set(moved.filter { $0.element.0.name != Self.comments }.map(\.offset))
                        let label = "\(workshop.date) answer \(answerIndex)"
                        atoms[figures, default: []].append(label)
                        if answer.by == nil {
                            if probe == .words {
                                commentReports.append((label, Set(moved.filter { $0.element.0.name == Self.comments }.map(\.element.0.query)), figures))
                            }
                        } else {
                            XCTAssertFalse(moved.contains { $0.element.0.name == Self.comments }, "seed \(seed): a named answer's words are never quoted")
                        }
                    }
                }
                XCTAssertGreaterThan(atoms.count, 2, "seed \(seed): the reports show \(probe) at all")
                for (moved, members) in atoms where !moved.isEmpty {
                    XCTAssertGreaterThanOrEqual(members.count, Self.minimum,
                                                "seed \(seed): the \(probe) of \(members) can be told apart from everyone else's by comparing reports")
                }
                for comment in commentReports {
                    let atomReports = Set(comment.atom.map { baseline[$0].query })
                    XCTAssertEqual(comment.shownIn, atomReports, "seed \(seed): the comment of \(comment.answer) shows where its group does not")
                }
            }
        }
    }

    private enum Probe: CaseIterable { case rating, words }

    func testADepartmentViewPrintsTheWholeReportsFiguresLessOtherDepartments() throws {
        let records = try records(seed: 7)
        let blocks = FeedbackView.blocks(of: records)
        var checked = 0
        for (from, to, department) in queries(records) {
            guard let department else { continue }
            let whole = FeedbackView.make(records, blocks: blocks, on: to, from: from, department: nil)
            let view = FeedbackView.make(records, blocks: blocks, on: to, from: from, department: department)
            XCTAssertEqual(feedbackFigures(view).filter { !$0.name.hasPrefix("department.") }.map(\.value),
                           feedbackFigures(whole).filter { !$0.name.hasPrefix("department.") }.map(\.value))
            XCTAssertEqual(view.byDepartment.map(\.department), whole.byDepartment.filter { $0.department == department }.map(\.department))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 100)
    }

    func testEveryDepartmentRowHoldsAtLeastTheMinimumOnEveryDay() throws {
        let records = try records(seed: 7)
        for (_, to, department) in queries(records) where department == nil {
            let figures = ProgressFigures.compute(records, on: to, from: nil, department: nil)
            for row in figures.departments {
                XCTAssertGreaterThanOrEqual(row.activeManagers, Self.minimum, "\(row.name) on \(to)")
            }
            // The rows of one day are a partition of the active managers: no row is another
            // minus something, so only whole rows can be subtracted.
            XCTAssertEqual(figures.departments.reduce(0) { $0 + $1.activeManagers }, figures.activeManagers, "on \(to)")
        }
    }

    func testADepartmentTooSmallToStandAloneIsNeverAnAllowedQuery() throws {
        let records = try records(seed: 7)
        for (_, to, department) in queries(records) {
            guard let department else { continue }
            let active = records.managers.filter { $0.department == department && $0.isActive(on: to) }.count
            XCTAssertGreaterThanOrEqual(active, Self.minimum, "\(department) on \(to)")
        }
    }
}
