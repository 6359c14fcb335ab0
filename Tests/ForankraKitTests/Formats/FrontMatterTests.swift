import XCTest
@testable import ForankraKit

final class FrontMatterTests: XCTestCase {
    func testFieldsKeepFileOrderAndLinesAndTheBodyFollows() throws {
        let text = "---\nid: arbetsmiljo\n\n# a comment\nsv:   Arbetsmiljö och hälsa  \nantal_deltagare: 12\n---\n## Nyckelord\n"
        let (front, body) = try FrontMatter.split(text, path: "a.md")
        XCTAssertEqual(front.fields, [
            .init(key: "id", value: "arbetsmiljo", line: 2),
            .init(key: "sv", value: "Arbetsmiljö och hälsa", line: 5),
            .init(key: "antal_deltagare", value: "12", line: 6),
        ])
        XCTAssertEqual(front["sv"], "Arbetsmiljö och hälsa")
        XCTAssertNil(front["en"])
        XCTAssertEqual(front.bodyStartLine, 8)
        XCTAssertEqual(body, "## Nyckelord\n")
    }

    func testSwedishLettersAndEmptyValuesAreAllowed() throws {
        let (front, _) = try FrontMatter.split("---\nförvaltning: Vård och omsorg\nkommentar:\n---\n", path: "a.md")
        XCTAssertEqual(front["förvaltning"], "Vård och omsorg")
        XCTAssertEqual(front["kommentar"], "")
    }

    func testQuotedValuesLoseTheirQuotesAndKeepEscapes() throws {
        let text = #"""
        ---
        plats: "Stadshuset: sal 2"
        citat: "Hon sa \"hej\" och gick"
        sökväg: "C:\\HR"
        tom: ""
        ---
        """#
        let (front, body) = try FrontMatter.split(text, path: "a.md")
        XCTAssertEqual(front["plats"], "Stadshuset: sal 2")
        XCTAssertEqual(front["citat"], #"Hon sa "hej" och gick"#)
        XCTAssertEqual(front["sökväg"], #"C:\HR"#)
        XCTAssertEqual(front["tom"], "")
        XCTAssertEqual(body, "")
        XCTAssertEqual(front.bodyStartLine, 7)
    }

    func testTextWithoutFrontMatterIsAllBody() throws {
        let text = "Personalpolitiskt program\n---\nid: x\n"
        let (front, body) = try FrontMatter.split(text, path: "a.md")
        XCTAssertEqual(front.fields, [])
        XCTAssertEqual(front.bodyStartLine, 1)
        XCTAssertEqual(body, Substring(text))
    }

    func testDuplicateKeyNamesBothLines() {
        assertError("---\nid: a\nsv: Lön\nid: b\n---\n", line: 4, contains: ["'id'", "lines 2 and 4"])
    }

    func testMissingClosingFenceNamesLineOne() {
        assertError("---\nid: a\nsv: Lön\n", line: 1, contains: ["never closed"])
        assertError("---", line: 1, contains: ["never closed"])
    }

    func testALineThatIsNotKeyValueIsAnErrorWithItsLine() {
        assertError("---\nid: a\nthis is prose\n---\n", line: 3, contains: ["not `key: value`"])
        assertError("---\nid: a\nmy key: b\n---\n", line: 3, contains: ["'my key'"])
    }

    func testBadQuotingIsAnErrorWithItsLine() {
        assertError("---\nsv: \"open\n---\n", line: 2, contains: ["not closed"])
        assertError("---\nsv: \"a\" b\n---\n", line: 2, contains: ["after the closing quote"])
        assertError("---\nsv: \"a\\n\"\n---\n", line: 2, contains: ["escape"])
    }

    private func assertError(_ text: String, line: Int, contains parts: [String], file: StaticString = #filePath, at: UInt = #line) {
        XCTAssertThrowsError(try FrontMatter.split(text, path: "rec.md"), file: file, line: at) { error in
            guard let problem = error as? ForankraError else { return XCTFail("\(error)", file: file, line: at) }
            XCTAssertEqual(problem.exitCode, .dataError, file: file, line: at)
            XCTAssertEqual(problem.path, "rec.md", file: file, line: at)
            XCTAssertEqual(problem.location?.line, line, file: file, line: at)
            XCTAssertNotNil(problem.hint, file: file, line: at)
            for part in parts {
                XCTAssertTrue(problem.message.contains(part), "\(problem.message) lacks \(part)", file: file, line: at)
            }
        }
    }
}
