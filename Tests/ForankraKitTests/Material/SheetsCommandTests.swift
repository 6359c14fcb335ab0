import Foundation
import XCTest
@testable import ForankraKit

final class SheetsCommandTests: XCTestCase {
    func testSheetForWorkEnvironmentMatchesTheReviewedGoldenFiles() throws {
        let folder = try TemporaryFolder()
        let result = runForankra(["sheets", TestPaths.pdfExample, "5", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        try assertMatchesGolden(try folder.read("ut/apt-05-arbetsmiljo-och-halsa.md"), "apt-05-arbetsmiljo-och-halsa.md")
        try assertMatchesGolden(try folder.read("ut/apt-05-arbetsmiljo-och-halsa.html"), "apt-05-arbetsmiljo-och-halsa.html")
    }

    func testEnglishSheetMatchesTheReviewedGoldenFile() throws {
        let folder = try TemporaryFolder()
        let result = runForankra(["sheets", TestPaths.markdownExample, "5", "--lang", "en", "--minutes", "45", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        try assertMatchesGolden(try folder.read("ut/apt-05-arbetsmiljo-och-halsa.md"), "apt-05-arbetsmiljo-och-halsa-en-45.md")
    }

    func testDefaultSheetsAreOnePerTopLevelSectionWithAnIndex() throws {
        let folder = try TemporaryFolder()
        let result = runForankra(["sheets", TestPaths.pdfExample, "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let files = folder.listing().filter { $0.hasPrefix("ut/") }
        XCTAssertEqual(files.filter { $0.hasSuffix(".md") && $0.contains("/apt-") }.count, 11)
        XCTAssertEqual(files.filter { $0.hasSuffix(".html") && $0.contains("/apt-") }.count, 11)
        XCTAssertTrue(files.contains("ut/index.html") && files.contains("ut/index.md"))
        let index = try folder.read("ut/index.html")
        XCTAssertEqual(index.components(separatedBy: "<section class=\"document\">").count - 1, 11, "the 11 sheets, the first one first: no page of file names to print")
        XCTAssertFalse(index.contains("apt-01-inledning.md"), "the file list stays in index.md")
        XCTAssertTrue(try folder.read("ut/index.md").contains("apt-01-inledning.md"))
    }

    func testSheetsFromThePdfShapeCarryNoPageFurnitureOrCoverLines() throws {
        let folder = try TemporaryFolder()
        XCTAssertEqual(runForankra(["sheets", TestPaths.pdfExample, "--all", "-o", "ut"], in: folder.path).code, .success)
        let furniture = ["Sida ", "Sjöhamra kommun | Personalpolitiskt program", "Dnr", "Innehåll", "Giltighetstid", "Dokumentansvarig", "....", "\u{0C}"]
        for file in folder.listing() where file.hasSuffix(".md") && file.contains("/apt-") {
            let sheet = try folder.read(file)
            for artefact in furniture {
                XCTAssertFalse(sheet.contains(artefact), "\(file) contains \(artefact)")
            }
        }
    }

    func testQuotedStatementsAreWordForWordFromTheProgramme() throws {
        let folder = try TemporaryFolder()
        XCTAssertEqual(runForankra(["sheets", TestPaths.markdownExample, "--all", "-o", "ut"], in: folder.path).code, .success)
        let source = try String(contentsOfFile: TestPaths.markdownExample, encoding: .utf8)
        let normalisedSource = collapsed(source.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "\n- ", with: " "))
        var quotes = 0
        for file in folder.listing() where file.hasSuffix(".md") && file.contains("/apt-") {
            for line in try folder.read(file).split(separator: "\n") where line.hasPrefix("> ”") || line.hasPrefix("> - ") {
                let quote = String(line.dropFirst(3)).trimmingCharacters(in: CharacterSet(charactersIn: "”"))
                quotes += 1
                for part in quote.components(separatedBy: ": ") {
                    XCTAssertTrue(normalisedSource.contains(collapsed(part)), "\(file): not word for word: \(part)")
                }
            }
        }
        XCTAssertGreaterThan(quotes, 60)
    }

    func testScriptInTitleAndTextIsEscapedInHTML() throws {
        // Plain text keeps angle brackets as written, so they reach the sheet and must be escaped.
        let folder = try TemporaryFolder()
        try folder.write("program.txt", """
        Program <script>alert("x")</script> för Test & Co

        1 Arbetsmiljö <b>nu</b>

        Alla medarbetare ska ha en trygg arbetsmiljö <img src=x onerror=alert(1)>.

        2 Lön

        Lönen ska vara individuell och differentierad.
        """)
        let result = runForankra(["sheets", "program.txt", "--org", "<i>Kommun</i>", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        for file in folder.listing() where file.hasSuffix(".html") {
            let html = try folder.read(file)
            for raw in ["<script>alert", "<img", "<b>nu", "<i>Kommun"] {
                XCTAssertFalse(html.contains(raw), "\(file) lets \(raw) through")
            }
        }
        let sheet = try folder.read("ut/apt-01-arbetsmiljo-b-nu-b.html")
        XCTAssertTrue(sheet.contains("&lt;script&gt;alert("), "the title is shown, escaped")
        XCTAssertTrue(sheet.contains("&lt;img src=x onerror=alert(1)&gt;"), "the quote is shown, escaped")
        XCTAssertTrue(sheet.contains("&lt;i&gt;Kommun&lt;/i&gt;"), "the organisation is shown, escaped")
    }

    func testPrintHTMLIsSelfContainedA4WithPageBreaksAndWriteInSpace() throws {
        let folder = try TemporaryFolder()
        XCTAssertEqual(runForankra(["sheets", TestPaths.pdfExample, "3", "-o", "ut"], in: folder.path).code, .success)
        let html = try folder.read("ut/apt-03-ledarskap.html")
        XCTAssertTrue(html.contains("@page") && html.contains("size: A4"))
        XCTAssertTrue(html.contains("font-size: 11.5pt"))
        for external in ["http://", "https://", "src=", "<link", "<script", "@import", "url("] {
            XCTAssertFalse(html.contains(external), "external resource: \(external)")
        }
        XCTAssertEqual(html.components(separatedBy: "class=\"write-line\"").count - 1, 14, "ten ruled lines for notes, two each for the conclusion and the questions to HR")
        XCTAssertTrue(html.contains("<table class=\"write-in\">"), "the commitments table has rows to write in")
        // The page plan: time plan and quotes, then questions and notes, then the return part.
        XCTAssertEqual(html.components(separatedBy: "<div class=\"page-break\"></div>").count - 1, 2, "the questions and the return part each start a page")
        let questions = try XCTUnwrap(html.range(of: "Frågor att samtala om"))
        let firstBreak = try XCTUnwrap(html.range(of: "<div class=\"page-break\"></div>"))
        XCTAssertLessThan(firstBreak.lowerBound, questions.lowerBound, "the questions open page 2")
    }

    func testMinutesScaleTheTimePlanAndItAddsUp() throws {
        let folder = try TemporaryFolder()
        XCTAssertEqual(runForankra(["sheets", TestPaths.pdfExample, "4", "--minutes", "45", "-o", "ut"], in: folder.path).code, .success)
        let sheet = try folder.read("ut/apt-04-medarbetarskap.md")
        XCTAssertTrue(sheet.contains("Underlag för arbetsplatsträff (APT) · 45 minuter"))
        let minutes = sheet.split(separator: "\n").filter { $0.hasPrefix("| ") && $0.contains(" min |") }
            .compactMap { Int($0.dropFirst(2).prefix(while: \.isNumber)) }
        XCTAssertEqual(minutes.count, 4)
        XCTAssertEqual(minutes.reduce(0, +), 45)
    }

    private func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
