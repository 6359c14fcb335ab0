import XCTest
@testable import ForankraKit

final class AgendaPlannerTests: XCTestCase {
    private func time(_ minutes: Int) throws -> ClockTime {
        try XCTUnwrap(ClockTime(minutes: minutes))
    }

    private func labels(_ count: Int) -> [String] {
        (1...max(count, 1)).prefix(count).map { "\($0) Avsnitt \($0)" }
    }

    /// Checks every rule of a fitted agenda; returns a description of the first broken rule.
    private func brokenRule(in items: [AgendaPlanner.Item], start: Int, end: Int, sections: [String]) -> String? {
        let total = end - start
        guard let first = items.first, let last = items.last else { return "no items" }
        if first.start.minutes != start { return "first item starts at \(first.start)" }
        if last.end.minutes != end { return "last item ends at \(last.end)" }
        if first.kind != .welcome { return "first item is \(first.kind)" }
        if last.kind != .closing { return "last item is \(last.kind)" }
        for (item, next) in zip(items, items.dropFirst()) where item.end != next.start {
            return "gap or overlap between \(item.kind) and \(next.kind)"
        }
        if let empty = items.first(where: { $0.minutes <= 0 }) { return "\(empty.kind) has \(empty.minutes) minutes" }
        if let off = items.dropLast().first(where: { $0.end.minutes % 5 != 0 }) { return "\(off.kind) ends at \(off.end)" }
        let blocks = items.filter { $0.kind == .section }
        if blocks.map(\.sectionLabel) != sections.map(Optional.some) { return "section blocks \(blocks.map(\.sectionLabel))" }
        if let short = blocks.first(where: { $0.minutes < AgendaPlanner.minimumSectionMinutes }) {
            return "section \(short.sectionLabel ?? "?") has \(short.minutes) minutes"
        }
        let pauses = items.filter { $0.kind == .pause }.map(\.minutes)
        let expectedPauses = total >= 150 ? [20] : total >= 105 ? [15] : []
        if pauses != expectedPauses { return "pauses \(pauses), expected \(expectedPauses)" }
        let lunches = items.filter { $0.kind == .lunch }.map(\.minutes)
        if lunches != (total >= 300 ? [60] : []) { return "lunches \(lunches)" }
        if let lunch = items.firstIndex(where: { $0.kind == .lunch }) {
            let before = items[..<lunch].filter { $0.kind == .section }.count
            if before != (sections.count + 1) / 2 { return "lunch after \(before) of \(sections.count) sections" }
        }
        return nil
    }

    private func shortestHintedMinutes(_ error: Error) -> Int? {
        guard let hint = (error as? ForankraError)?.hint, let range = hint.range(of: "at least ") else { return nil }
        return Int(hint[range.upperBound...].prefix(while: \.isNumber))
    }

    func testEveryFittingSlotGivesAContiguousAgendaThatEndsExactlyOnTime() throws {
        var planned = 0
        for start in [8 * 60, 8 * 60 + 5, 13 * 60] {
            for total in 30...600 {
                for count in 1...10 {
                    let sections = labels(count)
                    let items: [AgendaPlanner.Item]
                    do {
                        items = try AgendaPlanner.plan(start: try time(start), end: try time(start + total), sections: sections)
                    } catch {
                        continue
                    }
                    planned += 1
                    if let broken = brokenRule(in: items, start: start, end: start + total, sections: sections) {
                        return XCTFail("\(total) minutes from \(try time(start)), \(count) sections: \(broken)")
                    }
                }
            }
        }
        XCTAssertGreaterThan(planned, 10_000, "the loop should mostly plan, not skip")
    }

    func testTooShortSlotIsAUsageErrorWhoseHintNamesALengthThatFits() throws {
        continueAfterFailure = false  // one broken hint is enough to read; the loop would repeat it
        let start = 9 * 60
        for count in 1...12 {
            let sections = labels(count)
            for total in 1...480 {
                do {
                    _ = try AgendaPlanner.plan(start: try time(start), end: try time(start + total), sections: sections)
                } catch {
                    XCTAssertEqual((error as? ForankraError)?.exitCode, .usage)
                    let hinted = try XCTUnwrap(shortestHintedMinutes(error), "\(count) sections, \(total) min: \(error)")
                    XCTAssertGreaterThan(hinted, total)
                    XCTAssertNoThrow(
                        try AgendaPlanner.plan(start: try time(start), end: try time(start + hinted), sections: sections),
                        "\(count) sections: the hint for \(total) minutes names \(hinted), which does not fit either")
                    for longer in (total + 1)..<hinted {
                        XCTAssertThrowsError(
                            try AgendaPlanner.plan(start: try time(start), end: try time(start + longer), sections: sections),
                            "\(count) sections: \(longer) minutes already fits, but the hint for \(total) says \(hinted)")
                    }
                }
            }
        }
    }

    func testFiveSectionsInAnHourPointsToTheTrueMinimum() throws {
        XCTAssertThrowsError(try AgendaPlanner.plan(start: try time(540), end: try time(600), sections: labels(5))) { error in
            XCTAssertEqual((error as? ForankraError)?.exitCode, .usage)
            XCTAssertEqual(shortestHintedMinutes(error), 135)
        }
        XCTAssertNoThrow(try AgendaPlanner.plan(start: try time(540), end: try time(540 + 135), sections: labels(5)))
        XCTAssertThrowsError(try AgendaPlanner.plan(start: try time(540), end: try time(540 + 134), sections: labels(5)))
    }

    func testEndBeforeOrAtStartIsAUsageError() throws {
        for (start, end) in [(13 * 60, 12 * 60), (13 * 60, 13 * 60)] {
            XCTAssertThrowsError(try AgendaPlanner.plan(start: try time(start), end: try time(end), sections: labels(2))) { error in
                XCTAssertEqual((error as? ForankraError)?.exitCode, .usage)
            }
        }
    }

    func testNoSectionsIsAUsageErrorRatherThanACrash() throws {
        XCTAssertThrowsError(try AgendaPlanner.plan(start: try time(9 * 60), end: try time(16 * 60), sections: [])) { error in
            XCTAssertEqual((error as? ForankraError)?.exitCode, .usage)
        }
    }

    func testAfternoonWorkshopHasWelcomeOverviewSectionsPauseAndCarryToAPT() throws {
        let items = try AgendaPlanner.plan(start: try time(13 * 60), end: try time(16 * 60), sections: ["3 Ledarskap", "5 Lön"])
        XCTAssertEqual(items.map(\.kind), [.welcome, .overview, .section, .pause, .section, .carryToAPT, .closing])
        XCTAssertEqual(items.first?.start.description, "13:00")
        XCTAssertEqual(items.last?.end.description, "16:00")
        XCTAssertEqual(items.first { $0.kind == .pause }?.minutes, 20)
    }

    func testFullDayHasLunchAfterHalfTheSectionsAndStillAPause() throws {
        let items = try AgendaPlanner.plan(start: try time(8 * 60 + 30), end: try time(16 * 60 + 30), sections: labels(5))
        let kinds = items.map(\.kind)
        let lunch = try XCTUnwrap(kinds.firstIndex(of: .lunch))
        XCTAssertEqual(kinds[..<lunch].filter { $0 == .section }.count, 3)
        XCTAssertEqual(items[lunch].minutes, 60)
        XCTAssertEqual(items.filter { $0.kind == .pause }.map(\.minutes), [20])
    }

    func testSlotNotOnAFiveMinuteLengthGivesTheOddMinutesToTheClosing() throws {
        let items = try AgendaPlanner.plan(start: try time(9 * 60), end: try time(11 * 60 + 7), sections: labels(2))
        XCTAssertEqual(items.last?.end.description, "11:07")
        XCTAssertTrue(items.dropLast().allSatisfy { $0.end.minutes % 5 == 0 })
    }
}
