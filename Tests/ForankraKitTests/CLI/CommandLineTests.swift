import Foundation
import XCTest
@testable import ForankraKit

final class CommandLineTests: XCTestCase {
    func testHelpListsEveryCommandAndExitsZero() {
        let result = runForankra(["--help"], in: NSTemporaryDirectory())
        XCTAssertEqual(result.code, .success)
        for command in ["outline", "sheets", "pack", "demo"] {
            XCTAssertTrue(result.standardOutput.contains("  \(command) "), "help lacks \(command)")
        }
        XCTAssertEqual(result.standardError, "")
    }

    func testEveryCommandHasHelpWithUsageOptionsAndExample() {
        for command in CommandLineInterface.commands {
            let words = command.spec.name.split(separator: " ").map(String.init)
            let result = runForankra(words + ["--help"], in: NSTemporaryDirectory())
            XCTAssertEqual(result.code, .success)
            XCTAssertTrue(result.standardOutput.contains("Användning: forankra \(command.spec.name)"))
            XCTAssertTrue(result.standardOutput.contains("Alternativ:"))
            XCTAssertTrue(result.standardOutput.contains("Exempel:\n  forankra \(command.spec.name)"))
            let english = runForankra(words + ["--help"], in: NSTemporaryDirectory(), environment: ["LANG": "en_US.UTF-8"])
            XCTAssertTrue(english.standardOutput.contains("Usage: forankra \(command.spec.name)"))
            XCTAssertTrue(english.standardOutput.contains("Options:"))
            XCTAssertTrue(english.standardOutput.contains("Example:\n  forankra \(command.spec.name)"))
        }
    }

    func testVersionPrintsTheVersion() {
        let result = runForankra(["--version"], in: NSTemporaryDirectory())
        XCTAssertEqual(result.code, .success)
        XCTAssertEqual(result.standardOutput, "forankra \(CommandLineInterface.version)\n")
    }

    func testUnknownCommandSuggestsTheNearestAndExits64() {
        let result = runForankra(["sheet", "x.txt"], in: NSTemporaryDirectory())
        XCTAssertEqual(result.code, .usage)
        XCTAssertTrue(result.standardError.hasPrefix("forankra: fel: okänt kommando 'sheet'. Menade du 'sheets'?\n"), result.standardError)
        XCTAssertEqual(result.standardOutput, "")
    }

    func testUnknownOptionGivesOneLineUsageAndExits64() {
        let result = runForankra(["sheets", TestPaths.pdfExample, "--minuts", "45"], in: NSTemporaryDirectory())
        XCTAssertEqual(result.code, .usage)
        let lines = result.standardError.split(separator: "\n")
        XCTAssertEqual(lines.first, "forankra: fel: okänt alternativ '--minuts'. Menade du '--minutes'?")
        XCTAssertTrue(lines.contains { $0.hasPrefix("Användning: forankra sheets") })
        XCTAssertTrue(lines.contains("Se 'forankra sheets --help'."))
    }

    func testBadOptionValuesAreUsageErrors() {
        let folder = NSTemporaryDirectory()
        XCTAssertEqual(runForankra(["sheets", TestPaths.pdfExample, "--minutes", "5"], in: folder).code, .usage)
        XCTAssertEqual(runForankra(["sheets", TestPaths.pdfExample, "--lang", "de"], in: folder).code, .usage)
        let badDate = runForankra(["pack", TestPaths.pdfExample, "--date", "2022-02-30", "--start", "13:00", "--end", "16:00", "--place", "A"], in: folder)
        XCTAssertEqual(badDate.code, .usage)
        XCTAssertTrue(badDate.standardError.contains("'2022-02-30' är inte ett giltigt värde för --date"), badDate.standardError)
    }

    func testMissingProgrammeFileExits66AndNamesIt() {
        let result = runForankra(["outline", "saknas.txt"], in: NSTemporaryDirectory())
        XCTAssertEqual(result.code, .noInput)
        XCTAssertTrue(result.standardError.hasPrefix("saknas.txt: fel: filen finns inte"), result.standardError)
    }

    func testEmptyBinaryAndUTF16FilesExit65WithTheFileNamed() throws {
        let folder = try TemporaryFolder()
        try folder.write("tom.txt", Data())
        try folder.write("bild.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        try folder.write("utf16.txt", Data([0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00]))
        for name in ["tom.txt", "bild.txt", "utf16.txt"] {
            let result = runForankra(["sheets", name, "-o", "ut"], in: folder.path)
            XCTAssertEqual(result.code, .dataError, name)
            XCTAssertTrue(result.standardError.hasPrefix("\(name): fel: "), result.standardError)
            XCTAssertFalse(folder.exists("ut"), "no output may be left after a failure")
        }
    }

    func testUnknownSectionIsRefusedListingTheKnownOnes() throws {
        let folder = try TemporaryFolder()
        let result = runForankra(["sheets", TestPaths.pdfExample, "12", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .usage)
        XCTAssertTrue(result.standardError.contains("avsnittet '12' finns inte i "), result.standardError)
        XCTAssertTrue(result.standardError.contains("Avsnitten är: 1, 2, 2.1, 2.1.1"), result.standardError)
        XCTAssertFalse(folder.exists("ut"))
    }

    func testOutputThatCannotBeWrittenExits73AndLeavesNothingBehind() throws {
        let folder = try TemporaryFolder()
        try folder.write("fil", "en fil står i vägen")
        let result = runForankra(["sheets", TestPaths.pdfExample, "-o", "fil/ut"], in: folder.path)
        XCTAssertEqual(result.code, .cannotWrite)
        XCTAssertTrue(result.standardError.contains(": fel: "), result.standardError)
        XCTAssertEqual(folder.listing(), ["fil"], "no staging folder or partial output may remain")
    }

    func testTooShortWorkshopSlotSaysHowLongItMustBe() throws {
        let folder = try TemporaryFolder()
        let result = runForankra(
            ["pack", TestPaths.pdfExample, "--date", "2026-02-03", "--start", "13:00", "--end", "14:00", "--place", "Sal A"],
            in: folder.path)
        XCTAssertEqual(result.code, .usage)
        XCTAssertTrue(result.standardError.contains("60 minuter räcker inte till 11 avsnitt"), result.standardError)
        XCTAssertTrue(result.standardError.contains("Avsätt minst"), result.standardError)
        XCTAssertEqual(folder.listing(), [])
    }

    func testColourOnlyOnATerminalAndNeverWithNoColor() {
        XCTAssertTrue(Output.wantsColour(isTerminal: true, environment: ["TERM": "xterm-256color"]))
        XCTAssertFalse(Output.wantsColour(isTerminal: false, environment: ["TERM": "xterm-256color"]))
        XCTAssertFalse(Output.wantsColour(isTerminal: true, environment: ["TERM": "xterm", "NO_COLOR": "1"]))
        XCTAssertFalse(Output.wantsColour(isTerminal: true, environment: ["TERM": "dumb"]))
        let result = runForankra(["outline", TestPaths.pdfExample], in: NSTemporaryDirectory())
        XCTAssertFalse(result.standardOutput.contains("\u{1B}["), "captured output is not a terminal")
    }
}
