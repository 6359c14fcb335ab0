import Foundation
import XCTest
@testable import ForankraKit

/// Every value that reaches a record goes through one writer: a line break, a control
/// character, a bidi override or a NUL can never start a new front matter key or table row.
final class ValueWriterTests: XCTestCase {
    private typealias Fixture = CheckWorkspaceFixture
    static let hostile = ["Sol\nparticipants: 999", "Sol\r\nmanager: x", "Sol\u{2028}date: 2020-01-01", "Sol\u{202E}gnorF", "Sol\u{0}byn"]

    func testTheValueWriterFoldsBreaksAndDropsControls() {
        XCTAssertEqual(RecordValue.cleaned("Sol\nparticipants: 999"), "Sol participants: 999")
        XCTAssertEqual(RecordValue.cleaned("Sol\r\nhus"), "Sol hus")
        XCTAssertEqual(RecordValue.cleaned("a\u{2028}b\u{2029}c\u{85}d"), "a b c d")
        XCTAssertEqual(RecordValue.cleaned("Sol\u{202E}gnorF\u{2066}x\u{2069}"), "SolgnorFx")
        XCTAssertEqual(RecordValue.cleaned("Sol\u{0}byn\u{7}"), "Solbyn")
        XCTAssertEqual(RecordValue.cleaned("\u{301}bo\u{200B}"), "bo", "a leading combining mark and a trailing invisible character go")
        XCTAssertEqual(RecordValue.cleaned("a\u{308}"), "ä", "stored composed")
        XCTAssertEqual(RecordValue.cell("A | B"), "A \\| B")
        XCTAssertEqual(RecordValue.frontMatter("#1 \"stor\""), "\"#1 \\\"stor\\\"\"")
    }

    /// A record written from a hostile value reads back whole: `check` finds nothing, and the
    /// next write still works.
    private func assertWholeAfter(_ arguments: [String], in folder: TemporaryFolder, _ label: String, file: StaticString = #filePath, line: UInt = #line) {
        let result = runForankra(arguments, in: folder.path)
        XCTAssertEqual(result.code, .success, "\(label): \(result.standardError)", file: file, line: line)
        let check = runForankra(["check"], in: folder.path)
        XCTAssertEqual(check.code, .success, "\(label): \(check.standardOutput)", file: file, line: line)
    }

    func testAptLogWritesOneLineValues() throws {
        for (index, value) in Self.hostile.enumerated() {
            let folder = try Fixture.clean()
            assertWholeAfter(["apt", "log", "--manager", "dan.ny", "--section", "2", "--date", "2026-11-1\(index)", "--participants", "5",
                              "--unit", value, "--note", value, "--question", value, "--commitment", value + "; " + value], in: folder, "apt log \(index)")
            let record = try folder.read("apt/2026/2026-11-1\(index)-dan.ny-2.md")
            XCTAssertFalse(record.contains("\u{0}") || record.contains("\u{202E}") || record.contains("\u{2028}") || record.contains("\r"), "\(index)")
            let frontMatter = record.components(separatedBy: "\n---\n")[0]
            XCTAssertEqual(frontMatter.components(separatedBy: "\n").filter { $0.hasPrefix("participants:") }.count, 1, "\(index): \(frontMatter)")
        }
    }

    func testWorkshopNewAndFeedbackWriteOneLineValues() throws {
        for (index, value) in Self.hostile.enumerated() {
            let folder = try Fixture.clean()
            assertWholeAfter(["workshop", "new", "--date", "2027-02-0\(index + 1)", "--start", "09:00", "--end", "12:00", "--place", "Sal \(index) " + value,
                              "--facilitator", value, "--capacity", "10", "--sections", "1"], in: folder, "workshop new \(index)")
            assertWholeAfter(["workshop", "feedback", "2026-10-06", "--text", value, "--tags", value, "--by", "anna.lind"], in: folder, "feedback \(index)")
        }
    }

    func testARosterCellAndAFormsExportCellAreOneLineValues() throws {
        let workspace = try TestWorkspace()
        let csv = try workspace.writeOutside("chefer.csv", "Namn;E-post;Förvaltning;Enhet\r\n\"Anna\u{202E} Lind\";anna.lind@test.se;BUF;\"Sol\r\nparticipants: 999\"\r\n")
        workspace.succeed(["roster", "import", csv])
        XCTAssertEqual(try workspace.roster().manager(id: "anna.lind")?.unit, "Sol participants: 999")
        XCTAssertEqual(try workspace.roster().manager(id: "anna.lind")?.name, "Anna Lind")
        let forms = try workspace.writeOutside("svar.csv", "Datum;Chef;Enhet;Avsnitt;Antal deltagare\n2026-11-20;anna.lind;\"Sol\nparticipants: 999\";3;8\n")
        workspace.succeed(["apt", "import", forms])
        let check = workspace.run(["check"])
        XCTAssertEqual(check.code, .success, check.standardOutput)
        workspace.succeed(["apt", "log", "--manager", "anna.lind", "--section", "5", "--date", "2026-11-21", "--participants", "4"])
    }
}
