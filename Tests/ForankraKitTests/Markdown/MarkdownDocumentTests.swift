import XCTest
@testable import ForankraKit

final class MarkdownDocumentTests: XCTestCase {
    private func kinds(_ text: String) -> [MarkdownBlock.Kind] {
        MarkdownDocument.parse(text).blocks.map(\.kind)
    }

    func testBlockKindsCarryTheirFirstLineAlsoAfterAMultiLineComment() {
        let text = """
            <!-- a comment
                 over three
                 lines -->

            # Rubrik ##

            Ett stycke
            över två rader.

            - ett
            - två

            > citat

            ______________________________
            """
        let blocks = MarkdownDocument.parse(text).blocks
        XCTAssertEqual(blocks.map(\.line), [1, 5, 7, 10, 13, 15])
        XCTAssertEqual(blocks.map(\.kind), [
            .comment("a comment\n     over three\n     lines"),
            .heading(level: 1, text: "Rubrik"),
            .paragraph(text: "Ett stycke över två rader."),
            .list(ordered: false, items: [
                MarkdownListItem(text: "ett", line: 10),
                MarkdownListItem(text: "två", line: 11),
            ]),
            .blockquote([MarkdownBlock(kind: .paragraph(text: "citat"), line: 13)]),
            .writeInLine,
        ])
    }

    func testAtxHeadingsLoseClosingHashesButNotEscapedOnes() {
        XCTAssertEqual(kinds("## Mål ##\n###### Sex\n####### sju\n#utan mellanslag\n# C\\#"), [
            .heading(level: 2, text: "Mål"),
            .heading(level: 6, text: "Sex"),
            .paragraph(text: "####### sju #utan mellanslag"),
            .heading(level: 1, text: "C\\#"),
        ])
    }

    func testDashesUnderAParagraphMakeASetextHeadingButAloneAPageBreak() {
        XCTAssertEqual(kinds("Rubrik\n===\n\nUnderrubrik\n---\n\n---\n\n***\n___"), [
            .heading(level: 1, text: "Rubrik"),
            .heading(level: 2, text: "Underrubrik"),
            .thematicBreak, .thematicBreak, .thematicBreak,
        ])
    }

    func testASeparatorWithoutAPipeUnderlinesAHeadingRatherThanMakingATable() {
        XCTAssertEqual(kinds("| a |\n---"), [.heading(level: 2, text: "| a |")])
    }

    func testTenUnderscoresAreAWriteInLineAndThreeAThematicBreak() {
        XCTAssertEqual(kinds("__________\n\n___"), [.writeInLine, .thematicBreak])
    }

    func testNestedListsAreFlattenedWithTheirDepth() {
        let text = """
            1. Första
               - under
                 - djupare
               fortsätter
            2. Andra
            lat rad
            10) Tionde
            """
        guard case .list(let ordered, let items)? = kinds(text).first else { return XCTFail("no list") }
        XCTAssertTrue(ordered)
        XCTAssertEqual(items, [
            MarkdownListItem(text: "Första", line: 1, depth: 0, number: 1),
            MarkdownListItem(text: "under", line: 2, depth: 1),
            MarkdownListItem(text: "djupare fortsätter", line: 3, depth: 2),
            MarkdownListItem(text: "Andra lat rad", line: 5, depth: 0, number: 2),
            MarkdownListItem(text: "Tionde", line: 7, depth: 0, number: 10),
        ])
    }

    func testTaskItemsAndLooseListsAreRead() {
        let blocks = kinds("- [ ] att göra\n\n- [x] klart\n* stjärna\n\nEfter listan")
        XCTAssertEqual(blocks, [
            .list(ordered: false, items: [
                MarkdownListItem(text: "att göra", line: 1, task: false),
                MarkdownListItem(text: "klart", line: 3, task: true),
                MarkdownListItem(text: "stjärna", line: 4),
            ]),
            .paragraph(text: "Efter listan"),
        ])
    }

    func testBulletAndOrderedListsNextToEachOtherAreTwoLists() {
        XCTAssertEqual(kinds("- a\n1. b").count, 2)
    }

    func testTableCellsAreTrimmedAndAnEscapedPipeIsLiteral() {
        let text = """
            | Fråga | Svar |
            | :--- | ---: |
            | a \\| b | `x` |
            | kort |
            """
        XCTAssertEqual(kinds(text), [
            .table(header: ["Fråga", "Svar"], rows: [["a | b", "`x`"], ["kort", ""]]),
        ])
    }

    func testATableInterruptsAParagraphAndEndsAtABlankLine() {
        XCTAssertEqual(kinds("Text\n| a |\n| --- |\n| 1 |\n\nsen"), [
            .paragraph(text: "Text"),
            .table(header: ["a"], rows: [["1"]]),
            .paragraph(text: "sen"),
        ])
    }

    func testBlockquotesNestAndTakeLazyLines() {
        let blocks = MarkdownDocument.parse("> ett\nlat\n> > två\n>\n> - punkt").blocks
        XCTAssertEqual(blocks, [
            MarkdownBlock(kind: .blockquote([
                MarkdownBlock(kind: .paragraph(text: "ett lat"), line: 1),
                MarkdownBlock(kind: .blockquote([MarkdownBlock(kind: .paragraph(text: "två"), line: 3)]), line: 3),
                MarkdownBlock(kind: .list(ordered: false, items: [MarkdownListItem(text: "punkt", line: 5)]), line: 5),
            ]), line: 1),
        ])
    }

    func testFencedCodeKeepsItsLinesAndRawHTMLIsKeptAsText() {
        XCTAssertEqual(kinds("```swift\nlet a = 1\n\n# inte rubrik\n```\n<div class=\"x\">\nhej\n</div>"), [
            .code(info: "swift", text: "let a = 1\n\n# inte rubrik"),
            .html("<div class=\"x\">\nhej\n</div>"),
        ])
    }

    func testHardLineBreaksAreKeptAsNewlines() {
        XCTAssertEqual(kinds("rad ett  \nrad två\\\nrad tre\nrad fyra"), [
            .paragraph(text: "rad ett\nrad två\\\nrad tre rad fyra"),
        ])
    }

    func testHostileInputNeverThrowsAndEveryLineIsConsumed() {
        let hostile = [
            "", "\n\n\n", "<!--", "```", "|", "| --- |", "-", "1.", ">", String(repeating: ">", count: 500) + " djup",
            "* * *\n- - -", "#", "    indented", "\t- tab", "[x", "- [ ]", "<div", "=== \n---",
        ]
        for text in hostile {
            _ = MarkdownDocument.parse(text)
        }
        XCTAssertEqual(kinds("#"), [.heading(level: 1, text: "")])
        XCTAssertEqual(kinds("<!-- aldrig stängd\nrad"), [.comment("aldrig stängd\nrad")])
    }
}
