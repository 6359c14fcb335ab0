import XCTest
@testable import ForankraKit

final class RatingPrivacyTests: XCTestCase {
    private func hidden(_ counts: [(String, Int)], minimum: Int = 5) -> [String] {
        RatingPrivacy.hidden(counts.map { SuppressionInput(key: $0.0, count: $0.1) }, minimum: minimum).sorted()
    }

    func testASmallGroupIsHiddenTogetherWithTheSmallestShownOne() {
        // With the overall average printed, w3's average = (total − w1 − w2) / 3 if only w3 were hidden.
        XCTAssertEqual(hidden([("w1", 7), ("w2", 6), ("w3", 3)]), ["w2", "w3"])
    }

    func testTwoSmallGroupsNeedNoThird() {
        XCTAssertEqual(hidden([("w1", 2), ("w2", 3), ("w3", 20)]), ["w1", "w2"])
    }

    func testLargeGroupsAndGroupsWithoutRatingsStayShown() {
        XCTAssertEqual(hidden([("w1", 6), ("w2", 7), ("w3", 0)]), [])
        XCTAssertEqual(hidden([("w1", 4), ("w2", 0)]), ["w1"], "nothing else with ratings to hide")
    }

    func testTiesAreBrokenByNameSoTheReportIsTheSameEveryRun() {
        XCTAssertEqual(hidden([("b", 6), ("a", 6), ("c", 1)]), ["a", "c"])
    }

    func testAfterSuppressionNoSingleHiddenAverageCanBeDerived() {
        var state: UInt64 = 7
        for _ in 0..<500 {
            var groups: [(String, Int)] = []
            for index in 0..<Int(state % 6 + 1) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                groups.append(("w\(index)", Int(state >> 60)))
            }
            let result = hidden(groups)
            let rated = groups.filter { $0.1 > 0 }
            XCTAssertTrue(result.count != 1 || rated.count == 1, "\(groups) hides exactly one of several rated groups")
            for (key, count) in groups where count > 0 && count < 5 { XCTAssertTrue(result.contains(key)) }
        }
    }
}
