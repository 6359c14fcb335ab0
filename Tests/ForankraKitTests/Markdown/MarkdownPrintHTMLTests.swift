import XCTest
@testable import ForankraKit

final class MarkdownPrintHTMLTests: XCTestCase {
    private func render(_ documents: [PrintDocument], title: String = "Underlag") -> String {
        PrintHTML.render(title: title, language: "sv", documents: documents)
    }

    func testScriptInTitleAndBodyIsEscaped() {
        let html = render([PrintDocument(title: "x", markdown: "<script>alert(1)</script>\n\nText <script>x</script> *och* <img src=x>")],
                          title: "<script>alert('t')</script>")
        XCTAssertFalse(html.contains("<script"))
        XCTAssertFalse(html.contains("<img"))
        XCTAssertTrue(html.contains("<title>&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt;</title>"))
        XCTAssertTrue(html.contains("<pre class=\"raw-html\">&lt;script&gt;alert(1)&lt;/script&gt;</pre>"))
        XCTAssertTrue(html.contains("<p>Text &lt;script&gt;x&lt;/script&gt; <em>och</em> &lt;img src=x&gt;</p>"))
    }

    func testOutputIsSelfContainedWithOneStyleSheetForA4() {
        let html = render([PrintDocument(title: "a", markdown: "# Rubrik\n\nText")])
        XCTAssertTrue(html.hasPrefix("<!doctype html>\n<html lang=\"sv\">\n"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        for forbidden in ["http", "src=", "<link", "<script", "url(", "@import", "@font-face"] {
            XCTAssertFalse(html.contains(forbidden), forbidden)
        }
        XCTAssertEqual(html.components(separatedBy: "<style>").count - 1, 1)
        XCTAssertTrue(html.contains("@page { size: A4;"))
        XCTAssertTrue(html.contains("font-size: 11.5pt;"))
        XCTAssertTrue(html.contains("thead { display: table-header-group; }"))
    }

    func testEveryDocumentAfterTheFirstStartsOnANewPage() {
        let html = render((1...3).map { PrintDocument(title: "\($0)", markdown: "# Del \($0)") })
        XCTAssertEqual(html.components(separatedBy: "<section class=\"document\">").count - 1, 3)
        XCTAssertTrue(html.contains(".document + .document { break-before: page;"))
    }

    func testATableWithOnlyEmptyBodyCellsIsAWriteInTable() {
        let html = render([PrintDocument(title: "t", markdown: "| Vad | Vem |\n| --- | --- |\n|  |  |\n\n| A |\n| --- |\n| 1 |")])
        XCTAssertTrue(html.contains("<table class=\"write-in\">\n"))
        XCTAssertTrue(html.contains("<tr><td></td><td></td></tr>"))
        XCTAssertEqual(html.components(separatedBy: "<table>").count - 1, 1)
        XCTAssertTrue(html.contains("table.write-in td { height: 12mm;"), "rows of one height to write in")
    }

    func testLinksPrintTheirAddressAndListsNestAgain() {
        let markdown = "- [Programmet](https://x.se/p) läs\n  1. steg\n- [ ] bocka\n- [x] klart\n- Datum*: \n- Avsnitt*: 4"
        let html = render([PrintDocument(title: "l", markdown: markdown)])
        XCTAssertTrue(html.contains("""
                <ul class="form">
                  <li>Programmet <span class="url">(https://x.se/p)</span> läs
                    <ol>
                      <li>steg</li>
                    </ol>
                  </li>
                  <li class="task"><span class="box">☐</span> bocka</li>
                  <li class="task"><span class="box">☑</span> klart</li>
                  <li class="field"><span class="label">Datum*:</span><span class="write-in"></span></li>
                  <li>Avsnitt*: 4</li>
                </ul>
            """), html)
    }

    func testAnItemEndingInAColonWithSubitemsIsNoFormField() {
        let html = render([PrintDocument(title: "l", markdown: "- Vi gör så här:\n  - först")])
        XCTAssertTrue(html.contains("<ul>\n      <li>Vi gör så här:\n"), html)
        XCTAssertFalse(html.contains("class=\"field\""))
        XCTAssertFalse(html.contains("class=\"form\""))
    }

    func testRenderingIsDeterministic() {
        let documents = [PrintDocument(title: "a", markdown: "# A\n\n| x | y |\n| --- | --- |\n| 1 | 2 |")]
        XCTAssertEqual(render(documents), render(documents))
    }
}
