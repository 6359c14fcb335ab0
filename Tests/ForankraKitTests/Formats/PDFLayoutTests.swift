import XCTest
@testable import ForankraKit

/// The layout: lines from top to bottom whatever order the content draws them in, a running
/// header's parts as lines of their own, two columns read column by column, and words broken
/// at a line end joined only when they really are one word.
final class PDFLayoutTests: XCTestCase {
    private typealias Line = (String, x: Double, y: Double, size: Double, bold: Bool)

    private func body(_ text: String, _ y: Double, x: Double = 72, size: Double = 10) -> Line {
        (text, x: x, y: y, size: size, bold: false)
    }

    func testLinesComeTopToBottomAndLeftToRightWhateverTheDrawingOrder() throws {
        let content = PDFTestFile.text([body("Tredje raden", 660), body("Första raden", 700), body("till höger", 680, x: 200), body("Andra raden", 680)])
        XCTAssertEqual(try PDFTestFile.texts(PDFTestFile.document([content])), ["Första raden", "Andra raden", "till höger", "Tredje raden"])
    }

    func testHeaderAndFooterAreLinesOfTheirOwnOnEveryPage() throws {
        let pages = (1...3).map { number in
            PDFTestFile.text([body("Personalpolicy", 810, size: 9), body("Sjöhamra kommun", 810, x: 440, size: 9),
                              body("Brödtext på sida \(number).", 700, size: 11), body("Sida \(number) av 3", 30, x: 270, size: 9)])
        }
        let lines = try PDFTestFile.read(PDFTestFile.document(pages))
        XCTAssertEqual(lines.map(\.text), (1...3).flatMap { ["Personalpolicy", "Sjöhamra kommun", "Brödtext på sida \($0).", "Sida \($0) av 3"] })
        XCTAssertEqual(lines.map(\.page), [1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3])
    }

    func testATwoColumnPageIsReadColumnByColumn() throws {
        let left = (1...10).map { "Vänster spalt rad \($0) med ord som fyller" }
        let right = (1...10).map { "Höger spalt rad \($0) med ord som fyller ut" }
        var lines: [Line] = [body("Personalpolicy", 810, size: 9), body("Sjöhamra kommun", 810, x: 440, size: 9),
                             ("4 Arbetsmiljö", x: 72, y: 760, size: 16, bold: true)]
        for row in 0..<10 {
            // Drawn row by row across both columns, as some writers do.
            lines.append(body(left[row], 730 - Double(row) * 14))
            lines.append(body(right[row], 730 - Double(row) * 14, x: 310))
        }
        lines.append(body("Sida 2", 30, x: 280))
        let texts = try PDFTestFile.texts(PDFTestFile.document([PDFTestFile.text(lines)]))
        XCTAssertEqual(texts, ["Personalpolicy", "Sjöhamra kommun", "4 Arbetsmiljö"] + left + right + ["Sida 2"])
    }

    func testAOneColumnPageOfShortLinesIsNotTakenForColumns() throws {
        let items = (1...12).map { "• Punkt \($0)" }
        var lines = items.enumerated().map { body($0.element, 700 - Double($0.offset) * 14) }
        lines += items.enumerated().map { body("Förklaring \($0.offset + 1)", 700 - Double($0.offset) * 14, x: 330) }
        let texts = try PDFTestFile.texts(PDFTestFile.document([PDFTestFile.text(lines)]))
        XCTAssertEqual(texts, (1...12).flatMap { ["• Punkt \($0)", "Förklaring \($0)"] })
    }

    func testAWordBrokenAtALineEndIsJoinedButRealHyphensStay() throws {
        let content = PDFTestFile.text([
            body("Vi arbetar varje dag med arbets-", 700), body("miljön och med kontakter med HR-", 686),
            body("avdelningen och med frågor om barn-", 672), body("och ungdomsfrågor samt e-", 658),
            body("post. Vi har ett gott sam-", 644), ("Nästa rubrik", x: 72, y: 620, size: 14, bold: true),
        ])
        XCTAssertEqual(try PDFTestFile.texts(PDFTestFile.document([content])), [
            "Vi arbetar varje dag med arbetsmiljön", "och med kontakter med HR-avdelningen", "och med frågor om barn-",
            "och ungdomsfrågor samt e-", "post. Vi har ett gott sam-", "Nästa rubrik",
        ])
    }

    func testAWordWhoseWholeNextLineIsItsEndLeavesNoEmptyLine() throws {
        let content = PDFTestFile.text([body("Detta gäller all personal-", 700), body("politik.", 686), body("Nästa rad.", 672)])
        XCTAssertEqual(try PDFTestFile.texts(PDFTestFile.document([content])), ["Detta gäller all personalpolitik.", "Nästa rad."])
    }

    func testHeadingsAreLargerAndBoldBodyIsNot() throws {
        let content = PDFTestFile.text([("3 Ledarskap", x: 72, y: 760, size: 16, bold: true), ("3.1 Tillit", x: 72, y: 730, size: 13, bold: true),
                                        body("Chefer visar tillit.", 710, size: 11)])
        let lines = try PDFTestFile.read(PDFTestFile.document([content]))
        XCTAssertEqual(lines.map(\.fontSize), [16, 13, 11])
        XCTAssertEqual(lines.map(\.isBold), [true, true, false])
    }

    func testASuperscriptStaysInItsLine() throws {
        let content = #"BT /F1 11 Tf 72 700 Td (Enligt lagen) Tj 3 Ts /F1 7 Tf (1) Tj 0 Ts /F1 11 Tf ( g\344ller detta.) Tj ET"#
        XCTAssertEqual(try PDFTestFile.texts(PDFTestFile.document([content])), ["Enligt lagen1 gäller detta."])
    }

    func testATurnedPageIsReadAsItIsShown() throws {
        var file = PDFTestFile()
        let font = file.add(PDFTestFile.helvetica)
        // Landscape by /Rotate 90: the text runs up the portrait sheet, so that it reads from
        // left to right once the viewer turns the page.
        let content = file.addStream(text: "BT /F1 12 Tf 0 1 -1 0 500 100 Tm (Andra raden) Tj 0 1 -1 0 480 100 Tm (F\\366rsta raden) Tj ET")
        let page = file.add("<< /Type /Page /MediaBox [0 0 595 842] /Rotate 90 /Contents \(content) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>")
        let tree = file.add("<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        let lines = try PDFTestFile.read(file.bytes(root: catalog))
        XCTAssertEqual(lines.map(\.text), ["Första raden", "Andra raden"])
        XCTAssertEqual(lines.map(\.x), [100, 100])
        XCTAssertEqual(lines.map(\.top), [595 - 115 - 12, 595 - 95 - 12])
    }
}
