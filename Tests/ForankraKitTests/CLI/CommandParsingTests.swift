import Foundation
import XCTest
@testable import ForankraKit

/// Every command is parsed whole before it runs: an argument it does not take stops it with
/// its usage, and a group of subcommands answers with its own help.
final class CommandParsingTests: XCTestCase {
    func testExtraArgumentsAreRefusedWithUsageBeforeAnythingRuns() throws {
        let folder = try CheckWorkspaceFixture.clean()
        for arguments in [["status", "extra"], ["report", "x"], ["followup", "bogus"], ["check", "more"], ["workshop", "list", "x"],
                          ["roster", "list", "SOC"], ["outline", TestPaths.markdownExample, "5"], ["init", "a", "b"]] {
            let before = folder.listing()
            let result = runForankra(arguments, in: folder.path)
            XCTAssertEqual(result.code, .usage, "\(arguments)")
            let lines = result.standardError.split(separator: "\n").map(String.init)
            XCTAssertEqual(lines.first, "forankra: fel: '\(arguments.last ?? "")' väntades inte: " + lines.first.map { _ in
                let name = CommandLineInterface.command(matching: arguments)?.spec.name ?? ""
                let spec = CommandLineInterface.command(matching: arguments)?.spec
                return "\(name) " + (spec?.positionals.maximum == 0 ? "tar inga argument" : "tar bara \(UsagePlaceholders.worded(spec?.positionals.display ?? "", .sv))")
            }!, "\(arguments)")
            XCTAssertTrue(lines.contains { $0.hasPrefix("Användning: forankra ") }, "\(arguments): \(result.standardError)")
            XCTAssertEqual(result.standardOutput, "", "\(arguments)")
            XCTAssertEqual(folder.listing(), before, "\(arguments) wrote nothing")
        }
    }

    func testAGroupWithoutASubcommandPrintsTheGroupsHelp() {
        for arguments in [["workshop", "--help"], ["roster"], ["apt"], ["help", "workshop"], ["workshop", "-h"]] {
            let result = runForankra(arguments, in: NSTemporaryDirectory())
            XCTAssertEqual(result.code, .success, "\(arguments): \(result.standardError)")
            let group = arguments.first == "help" ? arguments[1] : arguments[0]
            XCTAssertTrue(result.standardOutput.hasPrefix("Användning: forankra \(group) KOMMANDO"), "\(arguments): \(result.standardOutput)")
            for spec in CommandLineInterface.group(group) {
                XCTAssertTrue(result.standardOutput.contains("  \(spec.name) "), "\(arguments) lists \(spec.name)")
            }
            XCTAssertEqual(result.standardError, "")
        }
        XCTAssertEqual(CommandLineInterface.group("workshop").map(\.name), ["workshop new", "workshop list", "workshop invite", "workshop pack", "workshop attend", "workshop feedback", "workshop move", "workshop cancel"])
    }

    func testAnUnknownSubcommandOfAGroupSuggestsTheNearestOne() {
        let result = runForankra(["workshop", "atend", "x"], in: NSTemporaryDirectory())
        XCTAssertEqual(result.code, .usage)
        XCTAssertTrue(result.standardError.hasPrefix("forankra: fel: okänt kommando 'workshop atend'. Menade du 'workshop attend'?\n"), result.standardError)
    }

    func testErrorsWithAPlaceReadAsCompilerDiagnostics() throws {
        let folder = try TemporaryFolder()
        try folder.write("mallar/sv/apt-underlag.md", "# Rubrik\n\n{{sheet.titel}}\n")
        let result = runForankra(["sheets", TestPaths.markdownExample, "5", "--templates", "mallar", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .dataError)
        XCTAssertTrue(result.standardError.hasPrefix("mallar/sv/apt-underlag.md:3:1: fel: okänd platshållare {{sheet.titel}}"), result.standardError)
    }
}
