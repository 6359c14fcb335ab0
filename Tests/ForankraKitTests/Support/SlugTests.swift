import XCTest
@testable import ForankraKit

final class SlugTests: XCTestCase {
    private let hostile = [
        "../../etc/passwd", "..", ".", "/", "\\..\\windows", "<script>alert(1)</script>", "👩‍💼📎✅", "!!!---???",
        "   ", "", "\u{0}\u{1}\n\t", "C:\\Users\\chef", "ｆｕｌｌｗｉｄｔｈ１２", "Straße", "İstanbul", "a/../b",
        "Arbetsmiljö & hälsa: Åtgärder 2026", String(repeating: "lön ", count: 40), "e\u{301}t\u{e9}", "-x-", "CON",
    ]

    private func assertSafe(_ slug: String, maxLength: Int, from text: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertFalse(slug.isEmpty, "'\(text)'", file: file, line: line)
        XCTAssertLessThanOrEqual(slug.count, maxLength, "'\(text)' → '\(slug)'", file: file, line: line)
        XCTAssertTrue(slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" },
                      "'\(text)' → '\(slug)'", file: file, line: line)
        XCTAssertFalse(slug.hasPrefix("-") || slug.hasSuffix("-") || slug.contains("--"), "'\(text)' → '\(slug)'", file: file, line: line)
    }

    func testSwedishLettersAreFoldedToPlainLetters() {
        XCTAssertEqual(Slug.make("Åtgärder för ökad lön"), "atgarder-for-okad-lon")
        XCTAssertEqual(Slug.make("ÅÄÖ åäö"), "aao-aao")
        // Decomposed letters, as macOS file names and some PDFs give them.
        XCTAssertEqual(Slug.make("a\u{30A}a\u{308}o\u{308}"), "aao")
    }

    func testHostileTextNeverGivesAPathOrNonASCII() {
        for text in hostile {
            for maxLength in [1, 3, 8, 9, 20, 48] {
                let slug = Slug.make(text, maxLength: maxLength)
                assertSafe(slug, maxLength: maxLength, from: text)
                XCTAssertFalse(slug.contains("/") || slug.contains("..") || slug.contains(" ") || slug.contains("\\"))
            }
        }
    }

    func testPathTraversalKeepsOnlyTheWords() {
        XCTAssertEqual(Slug.make("../../etc/passwd"), "etc-passwd")
        XCTAssertEqual(Slug.make("<script>alert(1)</script>"), "script-alert-1-script")
    }

    func testTextWithNoLettersStillGivesAName() {
        for text in ["", "!!!", "👩‍💼", "...", "   "] {
            XCTAssertEqual(Slug.make(text), "utan-namn", "'\(text)'")
        }
    }

    func testLongTextIsCutWithoutATrailingDash() {
        let slug = Slug.make(String(repeating: "ab ", count: 100), maxLength: 10)
        XCTAssertEqual(slug, "ab-ab-ab-a")
        XCTAssertEqual(Slug.make("abcd efgh", maxLength: 5), "abcd")
        XCTAssertEqual(Slug.make(String(repeating: "x", count: 200)).count, 48)
    }

    func testSortableIDPadsEachNumberSoFilesSortInProgrammeOrder() {
        XCTAssertEqual(Slug.sortableID("2.1"), "02-01")
        XCTAssertEqual(Slug.sortableID("10.2.3"), "10-02-03")
        XCTAssertEqual(Slug.sortableID("3"), "03")
        XCTAssertEqual(Slug.sortableID("2.1-2"), "02-01-02")
        let ids = ["10", "2.1", "1", "2", "2.10", "9.9"]
        XCTAssertEqual(ids.sorted { Slug.sortableID($0) < Slug.sortableID($1) }, ["1", "2", "2.1", "2.10", "9.9", "10"])
    }
}
