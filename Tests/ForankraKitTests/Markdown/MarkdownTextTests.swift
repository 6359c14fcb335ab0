import Foundation
import XCTest
@testable import ForankraKit

final class MarkdownTextTests: XCTestCase {
    static let hostile = [
        "<script>alert(1)</script>", "*not emphasis*", "| pipe |", "# not heading", "1. not list", "12) inte heller",
        #"back\slash\\ and \*"#, "\\", "ends with \\", "- dash", "+ plus", "> quote", "---", "***", "=====", "~~~ fence",
        "``` code", "`tick`", "_under_score_", "[länk](https://x.se)", "![bild](x.png)", "<!-- comment -->", "&amp; &#228;",
        "R&D & co", "  leading and trailing  ", "\tTab", "two\nlines", "# a\n# b", "Åsa Öberg-Ärlig, t.ex. ”citat”: (ok).",
        "a  \nb", "__________", "|", "| --- |", "<br>", "http://x.se", "snake_case", "3 * 4 = 12", "", " ", "!", "\\|",
    ]

    private func assertRoundTrip(_ s: String, file: StaticString = #filePath, line: UInt = #line) {
        let escaped = MarkdownText.escape(s)
        XCTAssertEqual(MarkdownInline.plainText(escaped), s, "plainText of \(escaped.debugDescription)", file: file, line: line)
        let blocks = MarkdownDocument.parse(escaped).blocks
        if s.isEmpty {
            XCTAssertEqual(blocks, [], file: file, line: line)
        } else if case .paragraph(let text)? = blocks.first?.kind, blocks.count == 1 {
            XCTAssertEqual(MarkdownInline.plainText(text), s, "paragraph \(escaped.debugDescription)", file: file, line: line)
        } else {
            XCTFail("\(escaped.debugDescription) read as \(blocks)", file: file, line: line)
        }
        let table = MarkdownDocument.parse("| a | b |\n| --- | --- |\n| \(escaped) | x |").blocks.map(\.kind)
        XCTAssertEqual(table.count, 1, file: file, line: line)
        if case .table(_, let rows)? = table.first {
            XCTAssertEqual(rows.first.map { $0.map(MarkdownInline.plainText) }, [s, "x"], "cell \(escaped.debugDescription)", file: file, line: line)
        } else {
            XCTFail("no table for \(escaped.debugDescription)", file: file, line: line)
        }
    }

    func testEscapedHostileStringsReadBackExactly() {
        for s in Self.hostile { assertRoundTrip(s) }
    }

    func testEscapedRandomStringsReadBackExactly() {
        let alphabet = Array(#"ab åäö 1.)-+#>*_`[]()<>|\!&;#:"”=~ "#) + ["\n", "\t", "x"]
        var random = SeededGenerator(seed: 2024)
        for _ in 0..<3000 {
            let length = Int(random.next() % 14)
            let s = String((0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            assertRoundTrip(s)
        }
    }

    func testEscapedTextRendersAsItselfInHTML() {
        for s in Self.hostile where !s.contains("\n") && s.trimmingCharacters(in: .whitespaces) == s && !s.isEmpty {
            XCTAssertEqual(PrintHTML.inlineHTML(MarkdownText.escape(s)), HTMLEscaping.escape(s), s)
        }
    }

    func testOrdinaryPunctuationAndSwedishStayReadable() {
        XCTAssertEqual(MarkdownText.escape("Vi ses kl. 13.00, t.ex. i rum 2 (plan 3): ”Välkomna!”"), "Vi ses kl. 13.00, t.ex. i rum 2 (plan 3): ”Välkomna!”")
        XCTAssertEqual(MarkdownText.escape("1. a_b"), #"1\. a\_b"#)
    }
}
