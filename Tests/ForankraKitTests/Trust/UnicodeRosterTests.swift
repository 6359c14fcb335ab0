import Foundation
import XCTest
@testable import ForankraKit

/// Names, e-mails, units and departments are stored composed and trimmed of what cannot be
/// seen, so importing the same file again changes nothing, whatever characters it holds.
final class UnicodeRosterTests: XCTestCase {
    /// Pieces that have broken names before: combining marks (also leading), invisible and
    /// spacing characters, bidi controls, markdown's own characters, emoji and letters.
    private static let pieces: [String] = [
        "a", "Å", "ö", "e\u{301}", "\u{301}", "\u{308}o", " ", "\u{A0}", "\u{200B}", "\u{FEFF}", "\u{202E}", "\u{2066}", "|", "*", "_",
        "\\", "`", "#", "-", "<", "&amp;", "1.", "ß", "İ", "👩‍💼", "\u{1F1F8}\u{1F1EA}", "Ø", "ł", "\"", "'", ":", ";", ",",
    ]

    private func randomText(_ generator: inout SeededGenerator, length: Int) -> String {
        (0..<length).map { _ in Self.pieces[Int(generator.next() % UInt64(Self.pieces.count))] }.joined()
    }

    private func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    func testReimportingAnyUnicodeRosterIsANoOp() throws {
        var generator = SeededGenerator(seed: 20261201)
        for round in 1...25 {
            let workspace = try TestWorkspace()
            var csv = "Namn;E-post;Förvaltning;Enhet;Antal medarbetare\n"
            for row in 1...8 {
                let name = "Chef\(row) " + randomText(&generator, length: 6)
                csv += [name, "chef\(row)@test.se", "Förv " + randomText(&generator, length: 4), randomText(&generator, length: 5) + "enhet", "\(row)"]
                    .map(quoted).joined(separator: ";") + "\n"
            }
            let path = try workspace.writeOutside("chefer.csv", csv)
            workspace.succeed(["roster", "import", path])
            let first = workspace.data("roster/chefer.md")
            let again = workspace.succeed(["roster", "import", path])
            XCTAssertTrue(again.standardOutput.hasPrefix("0 nya, 0 ändrade, 0 har slutat, 8 oförändrade."), "round \(round): \(again.standardOutput)\n\(csv)")
            XCTAssertEqual(workspace.data("roster/chefer.md"), first, "round \(round): the file changed")
            XCTAssertEqual(workspace.run(["check"]).code, .success, "round \(round)")
        }
    }

    func testANameThatOpensWithACombiningMarkKeepsItsManager() throws {
        let workspace = try TestWorkspace()
        let path = try workspace.writeOutside("chefer.csv", "Namn;E-post;Förvaltning\n\u{301}Bo Ek;\u{200B}bo@test.se;SOC\n")
        workspace.succeed(["roster", "import", path])
        XCTAssertEqual(try workspace.roster().managers.map(\.name), ["Bo Ek"])
        XCTAssertEqual(try workspace.roster().managers.map(\.email), ["bo@test.se"])
        workspace.succeed(["roster", "import", path])
        XCTAssertEqual(try workspace.roster().managers.map(\.id), ["bo"], "no bo2 for the same person")
    }
}
