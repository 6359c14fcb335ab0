import Foundation
import XCTest
@testable import ForankraKit

/// The hand-made example APT sheet, read and printed: the structure a manager will see on paper.
final class MarkdownAptSheetPrintTests: XCTestCase {
    private func exampleSheet() throws -> String {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/markdown/apt-sheet-sv.md")
        return TextDecoding.normaliseLineEnds(try String(contentsOf: url, encoding: .utf8))
    }

    func testExampleSheetIsReadIntoItsBlocks() throws {
        let blocks = MarkdownDocument.parse(try exampleSheet()).blocks
        guard case .comment = blocks.first?.kind else { return XCTFail("the sheet starts with a comment") }
        XCTAssertEqual(blocks.dropFirst().first, MarkdownBlock(kind: .heading(level: 1, text: "Arbetsmiljö och hälsa"), line: 6))
        XCTAssertEqual(blocks.filter { if case .table = $0.kind { return true } else { return false } }.map(\.line), [13, 48])
        XCTAssertEqual(blocks.filter { if case .blockquote = $0.kind { return true } else { return false } }.count, 3)
        XCTAssertEqual(blocks.filter { $0.kind == .writeInLine }.map(\.line), [40, 42, 44])
        XCTAssertEqual(blocks.filter { $0.kind == .thematicBreak }.map(\.line), [53])
        XCTAssertEqual(blocks[2].kind, .paragraph(text: "**Personalpolitiskt program för Exempelby kommun · avsnitt 4 av 9** APT-underlag · 30 minuter · Lämnas tillbaka till HR senast två veckor efter träffen"))
        guard case .list(let ordered, let items)? = blocks.last?.kind else { return XCTFail("the sheet ends with the return form") }
        XCTAssertFalse(ordered)
        XCTAssertEqual(items.first, MarkdownListItem(text: "Datum för APT*:", line: 59))
        XCTAssertEqual(items.count, 7)
    }

    func testExampleSheetPrintsWithWriteInSpaceAndAPageBreakBeforeTheReturnPart() throws {
        let html = PrintHTML.render(title: "APT-underlag", language: "sv", documents: [PrintDocument(title: "Arbetsmiljö", markdown: try exampleSheet())])
        XCTAssertEqual(html.components(separatedBy: "<h1>").count - 1, 1)
        XCTAssertTrue(html.contains("<h1>Arbetsmiljö och hälsa</h1>"))
        XCTAssertEqual(html.components(separatedBy: "<h2>").count - 1, 6)
        XCTAssertEqual(html.components(separatedBy: "<table").count - 1, 2)
        XCTAssertEqual(html.components(separatedBy: "<table class=\"write-in\">").count - 1, 1)
        XCTAssertEqual(html.components(separatedBy: "<blockquote>").count - 1, 3)
        XCTAssertEqual(html.components(separatedBy: "<div class=\"write-line\"></div>").count - 1, 3)
        XCTAssertTrue(html.contains("<div class=\"page-break\"></div>\n    <h2>Återrapport till HR</h2>"))
        XCTAssertEqual(html.components(separatedBy: "<li class=\"field\">").count - 1, 6)
        XCTAssertFalse(html.contains("An example of the level"), "comments are dropped")
        XCTAssertTrue(html.contains("<p><em>Källa: avsnitt 4, Arbetsmiljö och hälsa. Citaten är ordagranna.</em></p>"))
        XCTAssertTrue(html.contains("<p>Fyll i och lämna filen eller pappret till HR. Fält med * måste fyllas i.</p>"))
    }
}
