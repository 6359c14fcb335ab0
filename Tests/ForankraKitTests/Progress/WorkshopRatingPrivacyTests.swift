import XCTest
@testable import ForankraKit

final class WorkshopRatingPrivacyTests: XCTestCase {
    private func workshop(_ id: String, ratings: Int) -> Workshop {
        Workshop(
            id: id, date: CalendarDate(year: 2026, month: 3, day: 3) ?? .epoch, start: .midnight, end: .midnight, place: "Sal",
            capacity: 30, sections: ["3"], facilitators: [], status: .held, participants: [],
            feedback: (0..<ratings).map { _ in .init(date: nil, by: nil, rating: 4, tags: [], text: "", line: 0) })
    }

    func testASmallWorkshopIsHiddenWithTheSmallestShownOneSinceTheOverallAverageIsPrinted() {
        let summaries = WorkshopSummary.summaries([workshop("w1", ratings: 7), workshop("w2", ratings: 6), workshop("w3", ratings: 3)], minimumGroup: 5)
        XCTAssertEqual(summaries.map { $0.averageRating == nil }, [false, true, true])
    }

    func testLargeWorkshopsShowTheirAverage() {
        let summaries = WorkshopSummary.summaries([workshop("w1", ratings: 7), workshop("w2", ratings: 6)], minimumGroup: 5)
        XCTAssertEqual(summaries.map(\.averageRating), [4, 4])
    }
}
