import Foundation
import XCTest
@testable import ForankraKit

final class TemplateTests: XCTestCase {
    private let path = "templates/samtalsblad.md"

    /// A markdown-like escape that is visible in the output, so tests can tell escaped from raw.
    private let escapeStars: (String) -> String = { $0.replacingOccurrences(of: "*", with: "\\*") }

    private func render(_ source: String, _ context: [String: TemplateValue] = [:]) throws -> String {
        try Template.parse(source, name: path).render(context, escape: escapeStars)
    }

    private func assertProblem(
        _ expression: @autoclosure () throws -> Any, at line: Int, _ column: Int, message: String,
        file: StaticString = #filePath, sourceLine: UInt = #line
    ) {
        XCTAssertThrowsError(try expression(), file: file, line: sourceLine) { error in
            guard let problem = error as? ForankraError else {
                return XCTFail("not a ForankraError: \(error)", file: file, line: sourceLine)
            }
            XCTAssertEqual(problem.exitCode, .dataError, file: file, line: sourceLine)
            XCTAssertEqual(problem.path, path, file: file, line: sourceLine)
            XCTAssertEqual(problem.location, SourceLocation(line: line, column: column), file: file, line: sourceLine)
            XCTAssertEqual(problem.message, message, file: file, line: sourceLine)
            XCTAssertFalse(problem.hint?.isEmpty ?? true, "every template problem needs a hint", file: file, line: sourceLine)
        }
    }

    // MARK: Substitution

    func testPlaceholderIsReplacedByItsEscapedText() throws {
        XCTAssertEqual(try render("Hej {{name}}!", ["name": .text("*Anna*")]), "Hej \\*Anna\\*!")
    }

    func testAmpersandPlaceholderInsertsTextWithoutEscaping() throws {
        XCTAssertEqual(try render("{{& name}} / {{&name}}", ["name": .text("*Anna*")]), "*Anna* / *Anna*")
    }

    func testSpacesAndTabsInsideTagsAreAllowed() throws {
        let context: [String: TemplateValue] = ["name": .text("Anna"), "on": .flag(true)]
        XCTAssertEqual(try render("{{ name }}|{{\tname\t}}|{{ # on }}ja{{ / on }}|{{ ! note }}", context), "Anna|Anna|ja|")
    }

    func testDottedNameReachesIntoNestedObjects() throws {
        let context: [String: TemplateValue] = [
            "sheet": .object(["meta": .object(["title": .text("APT mars")]), "title": .text("fel")]),
        ]
        XCTAssertEqual(try render("# {{sheet.meta.title}}", context), "# APT mars")
    }

    func testSwedishTextAndNamesPassUnchanged() throws {
        let context: [String: TemplateValue] = ["lön": .text("Åsa Öberg: ärende om lönesättning")]
        XCTAssertEqual(try render("Rätt {{lön}} – åäö ÅÄÖ", context), "Rätt Åsa Öberg: ärende om lönesättning – åäö ÅÄÖ")
    }

    func testParsedTemplateRendersManyContextsWithoutReparsing() throws {
        let template = try Template.parse("{{#items}}{{.}};{{/items}}", name: path)
        for count in [0, 1, 3] {
            let items = (0..<count).map { TemplateValue.text("p\($0)") }
            let expected = (0..<count).map { "p\($0);" }.joined()
            XCTAssertEqual(try template.render(["items": .list(items)], escape: { $0 }), expected)
        }
    }

    // MARK: Sections

    func testListOfObjectsRendersTheBodyOncePerItem() throws {
        let context: [String: TemplateValue] = [
            "questions": .list([
                .object(["text": .text("Hur mår du?"), "minutes": .text("5")]),
                .object(["text": .text("Vad *fungerar*?"), "minutes": .text("10")]),
            ]),
        ]
        let output = try render("{{#questions}}- {{text}} ({{minutes}} min)\n{{/questions}}", context)
        XCTAssertEqual(output, "- Hur mår du? (5 min)\n- Vad \\*fungerar\\*? (10 min)\n")
    }

    func testListOfTextsRendersEachItemAsDotEscaped() throws {
        let context: [String: TemplateValue] = ["steps": .list([.text("Läs"), .text("*Diskutera*")])]
        XCTAssertEqual(try render("{{#steps}}[{{.}}|{{& .}}]{{/steps}}", context), "[Läs|Läs][\\*Diskutera\\*|*Diskutera*]")
    }

    func testNestedSectionsResolveOuterNamesAndInnerNamesShadowThem() throws {
        let context: [String: TemplateValue] = [
            "unit": .text("Förskola Solen"),
            "name": .text("ytter"),
            "groups": .list([
                .object(["name": .text("A"), "people": .list([.object(["who": .text("Eva")]), .object(["who": .text("Ali")])])]),
            ]),
        ]
        let source = "{{#groups}}{{#people}}{{who}}/{{name}}/{{unit}} {{/people}}{{/groups}}{{name}}"
        XCTAssertEqual(try render(source, context), "Eva/A/Förskola Solen Ali/A/Förskola Solen ytter")
    }

    func testSectionShowsOnceForTrueFlagObjectAndNonEmptyText() throws {
        let context: [String: TemplateValue] = [
            "yes": .flag(true), "leader": .object(["name": .text("Kim")]), "note": .text("Ta med *kalender*"),
        ]
        let source = "{{#yes}}Y{{/yes}} {{#leader}}{{name}}{{/leader}} {{#note}}Obs: {{.}}{{/note}}"
        XCTAssertEqual(try render(source, context), "Y Kim Obs: Ta med \\*kalender\\*")
    }

    func testSectionShowsNothingForFalseEmptyListAndEmptyText() throws {
        for value: TemplateValue in [.flag(false), .list([]), .text("")] {
            XCTAssertEqual(try render("a{{#x}}SHOWN{{/x}}b", ["x": value]), "ab", "value \(value)")
        }
    }

    func testInvertedSectionShowsOnlyForFalseEmptyListAndEmptyText() throws {
        for value: TemplateValue in [.flag(false), .list([]), .text("")] {
            XCTAssertEqual(try render("{{^x}}inget{{/x}}", ["x": value]), "inget", "value \(value)")
        }
        for value: TemplateValue in [.flag(true), .list([.text("a")]), .text("a"), .object([:])] {
            XCTAssertEqual(try render("{{^x}}inget{{/x}}", ["x": value]), "", "value \(value)")
        }
    }

    // MARK: Standalone lines and comments

    func testStandaloneSectionAndCommentLinesLeaveNoBlankLines() throws {
        let source = """
            # {{title}}
            {{! Rubriken ovan kommer från programmet }}
            {{#items}}
              - {{.}}
            {{/items}}
              {{^items}}
            Inga punkter.
              {{/items}}

            Slut

            """
        let withItems = try render(source, ["title": .text("APT"), "items": .list([.text("Lön"), .text("Miljö")])])
        XCTAssertEqual(withItems, "# APT\n  - Lön\n  - Miljö\n\nSlut\n")
        let withoutItems = try render(source, ["title": .text("APT"), "items": .list([])])
        XCTAssertEqual(withoutItems, "# APT\nInga punkter.\n\nSlut\n")
    }

    func testStandaloneTagsAtTheVeryStartAndEndWithoutNewlineAreRemoved() throws {
        XCTAssertEqual(try render("\t{{#on}}\nja\n  {{/on}}", ["on": .flag(true)]), "ja\n")
    }

    func testTagsSharingALineWithTextOrOtherTagsAreNotStandalone() throws {
        let context: [String: TemplateValue] = ["on": .flag(true), "name": .text("Anna")]
        XCTAssertEqual(try render("a {{#on}}b\n{{/on}} c\n", context), "a b\n c\n")
        XCTAssertEqual(try render("{{#on}}{{name}}\n{{/on}}", context), "Anna\n")
        XCTAssertEqual(try render("{{#on}}{{/on}}\nx", context), "\nx")
        XCTAssertEqual(try render("  {{name}}\n", context), "  Anna\n")
    }

    func testBlankLinesInsideSectionsAreKept() throws {
        XCTAssertEqual(try render("{{#on}}\n\nx\n\n{{/on}}\n", ["on": .flag(true)]), "\nx\n\n")
    }

    func testCommentsRenderNothingAndMaySpanLines() throws {
        XCTAssertEqual(try render("a{{! en kommentar }}b{{!\nflera\nrader }}c"), "abc")
        XCTAssertEqual(try render("x\n  {{! flera\nrader }}\ny\n"), "x\ny\n")
    }

    // MARK: Referenced names

    func testReferencedNamesListsEveryPlaceholderAndSectionNameButNotDot() throws {
        let template = try Template.parse(
            "{{title}}{{& body}}{{#items}}{{.}}{{sheet.date}}{{/items}}{{^empty}}{{/empty}}{{! ignored }}", name: path)
        XCTAssertEqual(template.referencedNames, ["title", "body", "items", "sheet.date", "empty"])
    }

    // MARK: Parse errors

    func testUnclosedTagNamesFileLineAndColumn() {
        assertProblem(try render("Rubrik\nHej {{name\nnästa {{rad}}"), at: 2, 5, message: "`{{` is never closed")
        assertProblem(try render("åäö {{name"), at: 1, 5, message: "`{{` is never closed")
        assertProblem(try render("{{a} och {{b}}"), at: 1, 1, message: "`{{` is never closed")
    }

    func testSectionNeverClosedPointsAtItsOpeningTag() {
        assertProblem(try render("Intro\n  {{#items}}\n- {{.}}\n"), at: 2, 3,
                      message: "section {{#items}} is opened here but never closed")
        assertProblem(try render("{{#a}}{{/a}}\n{{^tom}}x"), at: 2, 1,
                      message: "section {{^tom}} is opened here but never closed")
    }

    func testClosingASectionThatIsNotTheInnermostOpenOneNamesBoth() {
        assertProblem(try render("{{#b}}\n\n{{#a}}\n  x {{/b}}\n"), at: 4, 5,
                      message: "{{/b}} closes `b` but `a` (line 3) is open")
    }

    func testCloseWithoutOpenIsAnError() {
        assertProblem(try render("text\n\t{{/items}}"), at: 2, 2, message: "{{/items}} closes `items` but no section is open")
    }

    func testEmptyTagNameIsAnError() {
        assertProblem(try render("x {{}}"), at: 1, 3, message: "{{}} has no name")
        assertProblem(try render("\n{{ # }}"), at: 2, 1, message: "{{#}} has no name")
        assertProblem(try render("ö{{&}}"), at: 1, 2, message: "{{& }} has no name")
        assertProblem(try render("{{#a}}{{/ }}"), at: 1, 7, message: "{{/}} has no name")
    }

    func testMalformedNameIsAnError() {
        assertProblem(try render("Lön: {{sheet title}}"), at: 1, 6, message: "malformed name `sheet title` in {{sheet title}}")
        assertProblem(try render("\n\n  {{#a..b}}"), at: 3, 3, message: "malformed name `a..b` in {{#a..b}}")
        assertProblem(try render("{{.title}}"), at: 1, 1, message: "malformed name `.title` in {{.title}}")
        assertProblem(try render("{{title.}}"), at: 1, 1, message: "malformed name `title.` in {{title.}}")
        assertProblem(try render("{{{raw}}}"), at: 1, 1, message: "malformed name `{raw` in {{{raw}}")
        assertProblem(try render("{{>partial}}"), at: 1, 1, message: "malformed name `>partial` in {{>partial}}")
    }

    func testNamesMayHoldSwedishLettersDigitsUnderscoresAndDashes() throws {
        let context: [String: TemplateValue] = ["åäö_ÅÄÖ-2": .object(["fält1": .text("ok")])]
        XCTAssertEqual(try render("{{åäö_ÅÄÖ-2.fält1}}", context), "ok")
    }

    // MARK: Render errors

    func testUnknownPlaceholderNamesFileLineAndColumn() {
        let context: [String: TemplateValue] = ["sheet": .object(["title": .text("APT"), "date": .text("2025-03-01")])]
        assertProblem(try render("# Rubrik\n\nÄmne: {{sheet.titel}}\n", context), at: 3, 7,
                      message: "unknown placeholder {{sheet.titel}}; known here: sheet.date, sheet.title")
    }

    func testUnknownNameListsTheNamesOfEveryObjectFrameSorted() {
        let context: [String: TemplateValue] = [
            "unit": .text("Solen"), "items": .list([.object(["text": .text("a"), "minutes": .text("5")])]),
        ]
        assertProblem(try render("{{#items}}\n{{titel}}\n{{/items}}", context), at: 2, 1,
                      message: "unknown placeholder {{titel}}; known here: items, minutes, text, unit")
        assertProblem(try render("{{& saknas}}"), at: 1, 1, message: "unknown placeholder {{& saknas}}; known here: (none)")
    }

    func testUnknownSectionNameIsAnErrorNotAnEmptySection() {
        let context: [String: TemplateValue] = ["items": .list([])]
        assertProblem(try render("a\n {{#item}}x{{/item}}", context), at: 2, 2,
                      message: "unknown section {{#item}}; known here: items")
        assertProblem(try render("{{^item}}x{{/item}}", context), at: 1, 1,
                      message: "unknown section {{^item}}; known here: items")
    }

    func testPlaceholderHoldingAListObjectOrFlagIsAnError() {
        let context: [String: TemplateValue] = [
            "items": .list([.text("a")]), "sheet": .object(["title": .text("t")]), "done": .flag(true),
        ]
        assertProblem(try render("x {{items}}", context), at: 1, 3, message: "{{items}} is a list, not text")
        assertProblem(try render("\n{{& sheet}}", context), at: 2, 1, message: "{{& sheet}} is an object, not text")
        assertProblem(try render("{{done}}", context), at: 1, 1, message: "{{done}} is a yes/no flag, not text")
        assertProblem(try render("{{.}}", context), at: 1, 1, message: "{{.}} is an object, not text")
    }

    func testDottedPathThroughANonObjectIsAnError() {
        let context: [String: TemplateValue] = ["sheet": .object(["title": .text("APT")])]
        assertProblem(try render("ok\n  {{sheet.title.short}}", context), at: 2, 3,
                      message: "{{sheet.title.short}} reaches through `sheet.title`, which is text, not an object with fields")
    }

    func testRenderErrorInsideAListItemPointsAtTheTagInTheTemplate() {
        let context: [String: TemplateValue] = [
            "items": .list([.object(["text": .text("a")]), .object(["txt": .text("b")])]),
        ]
        assertProblem(try render("{{#items}}\n* {{text}}\n{{/items}}", context), at: 2, 3,
                      message: "unknown placeholder {{text}}; known here: items, txt")
    }
}
