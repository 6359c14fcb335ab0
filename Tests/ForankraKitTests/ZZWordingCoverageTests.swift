import XCTest
@testable import ForankraKit

/// Runs last (test classes run in name order): lists every message that the tests before it
/// saw printed in English for want of a Swedish pattern in `SwedishWording`. It does not fail;
/// it shows where the catalog is thin. The messages that must be Swedish are asserted in
/// SwedishInterfaceTests and CheckCommandTests.
final class ZZWordingCoverageTests: XCTestCase {
    func testListMessagesWithoutSwedish() {
        let missing = WordingMisses.shared.seen
        print("Messages printed in English for want of a Swedish pattern (\(missing.count)):")
        for line in missing { print("  " + line) }
    }
}
