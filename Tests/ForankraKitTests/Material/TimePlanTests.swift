import XCTest
@testable import ForankraKit

final class TimePlanTests: XCTestCase {
    func testThirtyMinutesIsTheModelPlan() {
        XCTAssertEqual(TimePlan.fitted(to: 30), TimePlan(introduction: 5, conversation: 15, sharing: 7, nextStep: 3))
    }

    func testEveryAllowedLengthSumsExactlyWithConversationTheLargestPart() {
        for minutes in TimePlan.allowedMinutes {
            let plan = TimePlan.fitted(to: minutes)
            XCTAssertEqual(plan.total, minutes, "\(minutes) minutes: \(plan)")
            XCTAssertEqual(plan.introduction + plan.conversation + plan.sharing + plan.nextStep, minutes)
            XCTAssertGreaterThan(plan.conversation, max(plan.introduction, plan.sharing, plan.nextStep), "\(minutes) minutes: \(plan)")
            XCTAssertGreaterThanOrEqual(min(plan.introduction, plan.sharing, plan.nextStep), 1, "\(minutes) minutes: \(plan)")
        }
    }

    func testPartsGrowWithTheMeeting() {
        for minutes in TimePlan.allowedMinutes.dropLast() {
            let shorter = TimePlan.fitted(to: minutes), longer = TimePlan.fitted(to: minutes + 1)
            XCTAssertLessThanOrEqual(shorter.introduction, longer.introduction, "\(minutes)")
            XCTAssertLessThanOrEqual(shorter.sharing, longer.sharing, "\(minutes)")
            XCTAssertLessThanOrEqual(shorter.nextStep, longer.nextStep, "\(minutes)")
        }
    }

    func testAnHourDoublesTheModel() {
        XCTAssertEqual(TimePlan.fitted(to: 60), TimePlan(introduction: 10, conversation: 30, sharing: 14, nextStep: 6))
    }
}
