import XCTest
@testable import ForankraKit

final class SmallGroupSuppressionTests: XCTestCase {
    private func groups(_ pairs: KeyValuePairs<String, Int>) -> [SuppressionGroup] {
        pairs.map { SuppressionGroup(key: $0.key, count: $0.value) }
    }

    private func hidden(_ pairs: KeyValuePairs<String, Int>, minimum: Int = 5, totalShown: Bool = true) -> [String: SuppressionReason] {
        SmallGroupSuppression.suppress(groups(pairs), minimum: minimum, totalShown: totalShown).hidden
    }

    // MARK: One level

    func testSmallGroupAndTheSmallestOtherAreHiddenWhenTheTotalIsShown() {
        let result = SmallGroupSuppression.suppress(groups(["Ekonomi": 12, "Kök": 3, "Lokalvård": 9]), minimum: 5, totalShown: true)
        XCTAssertEqual(result.hidden, ["Kök": .tooFew, "Lokalvård": .complementary])
        XCTAssertTrue(result.isHidden("Kök"))
        XCTAssertFalse(result.isHidden("Ekonomi"))
    }

    func testOnlyTheSmallGroupIsHiddenWhenNoTotalIsShown() {
        XCTAssertEqual(hidden(["Ekonomi": 12, "Kök": 3, "Lokalvård": 9], totalShown: false), ["Kök": .tooFew])
    }

    func testTwoSmallGroupsProtectEachOther() {
        XCTAssertEqual(hidden(["a": 2, "b": 3, "c": 20]), ["a": .tooFew, "b": .tooFew])
    }

    func testSmallGroupsWhoseJointFigureIsStillTooSmallGetAComplement() {
        // 23 − 20 would print the joint figure of the 3 people in a and b.
        XCTAssertEqual(hidden(["a": 1, "b": 2, "c": 20]), ["a": .tooFew, "b": .tooFew, "c": .complementary])
    }

    func testLoneSmallGroupIsHiddenAndSoIsItsTotal() {
        let lone = groups(["Kök": 4])
        XCTAssertEqual(SmallGroupSuppression.suppress(lone, minimum: 5, totalShown: true).hidden, ["Kök": .tooFew])
        XCTAssertFalse(SmallGroupSuppression.totalMayBeShown(lone, minimum: 5))
    }

    func testLoneLargeGroupIsShownWithItsTotal() {
        XCTAssertEqual(hidden(["Kök": 12]), [:])
        XCTAssertTrue(SmallGroupSuppression.totalMayBeShown(groups(["Kök": 12]), minimum: 5))
    }

    func testGroupsAtTheMinimumAreShown() {
        XCTAssertEqual(hidden(["a": 6, "b": 7]), [:])
        XCTAssertEqual(hidden(["a": 5, "b": 5]), [:])
    }

    func testAllSmallGroupsAreHiddenAndTheTotalOnlyIfItIsSmallToo() {
        XCTAssertEqual(hidden(["a": 1, "b": 2, "c": 3]), ["a": .tooFew, "b": .tooFew, "c": .tooFew])
        XCTAssertTrue(SmallGroupSuppression.totalMayBeShown(groups(["a": 1, "b": 2, "c": 3]), minimum: 5))
        XCTAssertFalse(SmallGroupSuppression.totalMayBeShown(groups(["a": 1, "b": 1, "c": 1]), minimum: 5))
    }

    func testTiedComplementsAreChosenByKeyWhateverTheOrder() {
        XCTAssertEqual(hidden(["small": 3, "c": 7, "a": 7, "b": 8]), ["small": .tooFew, "a": .complementary])
        XCTAssertEqual(hidden(["b": 8, "a": 7, "c": 7, "small": 3]), ["small": .tooFew, "a": .complementary])
    }

    func testEmptyGroupsAreNeverHiddenNorUsedAsComplements() {
        XCTAssertEqual(hidden(["tom": 0, "Kök": 3, "Vård": 9]), ["Kök": .tooFew, "Vård": .complementary])
        // With no other non-empty group there is no complement; the total must go instead.
        XCTAssertEqual(hidden(["tom": 0, "Kök": 3]), ["Kök": .tooFew])
        XCTAssertFalse(SmallGroupSuppression.totalMayBeShown(groups(["tom": 0, "Kök": 3]), minimum: 5))
    }

    func testNegativeCountsAreReadAsEmpty() {
        XCTAssertEqual(hidden(["fel": -4, "Kök": 3, "Vård": 12]), ["Kök": .tooFew, "Vård": .complementary])
        XCTAssertFalse(SmallGroupSuppression.totalMayBeShown(groups(["fel": -10, "Kök": 12]), minimum: 15))
        XCTAssertTrue(SmallGroupSuppression.totalMayBeShown(groups(["fel": -10, "Kök": 12]), minimum: 12))
    }

    func testMinimumOfOneOrLessHidesNothing() {
        for minimum in [1, 0, -3] {
            XCTAssertEqual(hidden(["a": 1, "b": 0, "c": 2], minimum: minimum), [:], "minimum \(minimum)")
        }
    }

    func testNoGroupsHideNothingAndHaveNoTotal() {
        XCTAssertEqual(SmallGroupSuppression.suppress([], minimum: 5, totalShown: true), SuppressionResult())
        XCTAssertFalse(SmallGroupSuppression.totalMayBeShown([], minimum: 5))
    }

    func testRepeatedKeyIsHiddenWithTooFewAsItsReason() {
        XCTAssertEqual(hidden(["Kök": 9, "Kök": 3, "Vård": 20]), ["Kök": .tooFew])
    }

    func testNoHiddenFigureCanBeWorkedOutFromTheTotalInRandomBreakdowns() {
        var random = SeededGenerator(seed: 20_260_101)
        for round in 0..<2_000 {
            let minimum = Int.random(in: -1...8, using: &random)
            let list = (0..<Int.random(in: 0...8, using: &random)).map {
                SuppressionGroup(key: "g\($0)", count: Int.random(in: -2...25, using: &random))
            }
            let context = "round \(round): minimum \(minimum), \(list.map(\.count))"
            let withTotal = SmallGroupSuppression.suppress(list, minimum: minimum, totalShown: true)
            let withoutTotal = SmallGroupSuppression.suppress(list, minimum: minimum, totalShown: false)

            for group in list {
                let isSmall = group.count > 0 && group.count < minimum
                XCTAssertEqual(withoutTotal.hidden[group.key], isSmall ? .tooFew : nil, context)
                XCTAssertEqual(withTotal.hidden[group.key] == .tooFew, isSmall, context)
                if group.count <= 0 { XCTAssertFalse(withTotal.isHidden(group.key), context) }
            }
            let hiddenGroups = list.filter { withTotal.isHidden($0.key) }
            if SmallGroupSuppression.totalMayBeShown(list, minimum: minimum) && !hiddenGroups.isEmpty {
                XCTAssertGreaterThanOrEqual(hiddenGroups.count, 2, context)
                XCTAssertGreaterThanOrEqual(hiddenGroups.reduce(0) { $0 + $1.count }, minimum, context)
            }
            var shuffled = list
            shuffled.shuffle(using: &random)
            XCTAssertEqual(SmallGroupSuppression.suppress(shuffled, minimum: minimum, totalShown: true), withTotal, context)
        }
    }

    // MARK: Tables

    func testWorkedThreeByThreeTableHidesAClosedRectangle() {
        let table = [
            [10, 3, 8],
            [7, 12, 6],
            [9, 11, 2],
        ]
        XCTAssertEqual(SmallGroupSuppression.suppress(table: table, minimum: 5), [
            [nil, .tooFew, .complementary],
            [nil, nil, nil],
            [nil, .complementary, .tooFew],
        ])
    }

    func testTableWithNothingSmallHidesNothing() {
        XCTAssertEqual(SmallGroupSuppression.suppress(table: [[5, 6], [7, 0]], minimum: 5), [[nil, nil], [nil, nil]])
        XCTAssertEqual(SmallGroupSuppression.suppress(table: [], minimum: 5), [])
    }

    func testRaggedTableKeepsItsShapeAndReadsMissingCellsAsEmpty() {
        // Section 2 and department 2 each have one non-empty cell, so they are the only complements.
        XCTAssertEqual(SmallGroupSuppression.suppress(table: [[3, 10], [8]], minimum: 5), [
            [.tooFew, .complementary],
            [.complementary],
        ])
    }

    func testCellAloneInItsColumnIsTheLastChoiceAsComplement() {
        // The 6 is the smallest complement for row 0, but column 1's total would print it anyway.
        XCTAssertEqual(SmallGroupSuppression.suppress(table: [[3, 6, 9], [7, 0, 8]], minimum: 5), [
            [.tooFew, nil, .complementary],
            [.complementary, nil, .complementary],
        ])
    }

    func testNoLineWithAShownTotalGivesAHiddenCellAwayInRandomTables() {
        var random = SeededGenerator(seed: 7)
        for round in 0..<500 {
            let minimum = Int.random(in: 0...7, using: &random)
            let width = Int.random(in: 1...5, using: &random)
            let table = (0..<Int.random(in: 1...5, using: &random)).map { _ in
                (0..<width).map { _ in Int.random(in: 0...3, using: &random) == 0 ? 0 : Int.random(in: -1...15, using: &random) }
            }
            let result = SmallGroupSuppression.suppress(table: table, minimum: minimum)
            let context = "round \(round): minimum \(minimum), \(table)"
            XCTAssertEqual(result.map(\.count), table.map(\.count), context)

            var lines = table.indices.map { row in (0..<width).map { (row: row, column: $0) } }
            lines += (0..<width).map { column in table.indices.map { (row: $0, column: column) } }
            for line in lines {
                let counts = line.map { max(0, table[$0.row][$0.column]) }
                let hidden = line.filter { result[$0.row][$0.column] != nil }.map { max(0, table[$0.row][$0.column]) }
                for (cell, count) in zip(line, counts) {
                    let reason = result[cell.row][cell.column]
                    XCTAssertEqual(reason == .tooFew, count > 0 && count < minimum, context)
                    if count == 0 { XCTAssertNil(reason, context) }
                }
                let total = counts.reduce(0, +)
                guard total >= minimum, counts.filter({ $0 > 0 }).count >= 2, !hidden.isEmpty else { continue }
                XCTAssertGreaterThanOrEqual(hidden.count, 2, "\(context), line \(line)")
                XCTAssertGreaterThanOrEqual(hidden.reduce(0, +), minimum, "\(context), line \(line)")
            }
        }
    }

    // MARK: Text

    func testTooFewTextInBothLanguages() {
        XCTAssertEqual(PrivacyText.tooFew(.sv), "för få svar för att redovisas")
        XCTAssertEqual(PrivacyText.tooFew(.en), "too few answers to show")
    }
}
