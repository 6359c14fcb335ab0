import XCTest
@testable import ForankraKit

final class MarkdownInlineTests: XCTestCase {
    func testEmphasisStrongCodeAndLinksAreRead() {
        XCTAssertEqual(MarkdownInline.parse("**Fet** och *kursiv* med `kod` och [länk](https://exempel.se \"titel\")"), [
            .strong([.text("Fet")]), .text(" och "), .emphasis([.text("kursiv")]), .text(" med "),
            .code("kod"), .text(" och "), .link(text: [.text("länk")], url: "https://exempel.se"),
        ])
    }

    func testIntrawordUnderscoreAndALoneStarAreText() {
        XCTAssertEqual(MarkdownInline.parse("snake_case_namn och 3 * 4 och APT*:"), [.text("snake_case_namn och 3 * 4 och APT*:")])
        XCTAssertEqual(MarkdownInline.parse("_kursiv_"), [.emphasis([.text("kursiv")])])
    }

    func testNestedEmphasisAndTheRuleOfThree() {
        XCTAssertEqual(MarkdownInline.parse("***båda***"), [.emphasis([.strong([.text("båda")])])])
        XCTAssertEqual(MarkdownInline.parse("*a **b** c*"), [.emphasis([.text("a "), .strong([.text("b")]), .text(" c")])])
    }

    func testPlainTextStripsMarkupButKeepsWordsExactly() {
        let raw = "**Vi** ska *t.ex.* läsa ”citattecken”, [bl.a. här](https://x.se) och `kod` – å ä ö Å Ä Ö![bild](b.png)<br>slut<span>."
        XCTAssertEqual(MarkdownInline.plainText(raw), "Vi ska t.ex. läsa ”citattecken”, bl.a. här och kod – å ä ö Å Ä Ö\nslut.")
    }

    func testBackslashEscapesAndCharacterReferencesResolve() {
        XCTAssertEqual(MarkdownInline.plainText(#"\*inte\* \_kursiv\_ \\ \ä R&amp;D &#228; &okänt;"#), #"*inte* _kursiv_ \ \ä R&D ä &okänt;"#)
    }

    func testAutolinksAndEmailBecomeLinksAndUnclosedSyntaxStaysText() {
        XCTAssertEqual(MarkdownInline.parse("<https://x.se>"), [.link(text: [.text("https://x.se")], url: "https://x.se")])
        XCTAssertEqual(MarkdownInline.parse("<hr@kommun.se>"), [.link(text: [.text("hr@kommun.se")], url: "mailto:hr@kommun.se")])
        XCTAssertEqual(MarkdownInline.plainText("[a](b c) `x **y [z] a < b"), "[a](b c) `x **y [z] a < b")
    }

    func testHardBreaksBecomeLineBreaks() {
        XCTAssertEqual(MarkdownInline.parse("a\nb\\\nc"), [.text("a"), .lineBreak, .text("b"), .lineBreak, .text("c")])
    }

    func testInlineCommentsAreDroppedEvenWhenTheyHoldAnAngleBracket() {
        XCTAssertEqual(MarkdownInline.plainText("före <!-- a > b --> efter"), "före  efter")
        XCTAssertEqual(PrintHTML.inlineHTML("före <!-- a > b --> efter"), "före  efter")
    }

    func testManyUnmatchedDelimitersAreReadInReasonableTime() {
        let raw = String(repeating: "a* b_ ", count: 20_000)
        XCTAssertEqual(MarkdownInline.plainText(raw), raw)
    }

    func testTextWithoutMarkupIsTheParsersOneTextNode() {
        // Drawn from plain letters and from what may begin markup, so both ways are taken.
        let alphabet = ["a", "Å", " ", "-", ".", "e\u{0301}", "*", "_", "`", "[", "]", "!", "<", "&", "\\", "\n", "(", ")"]
        for text in drawnTexts(from: alphabet, count: 3_000, maxLength: 10, seed: 19) {
            var parser = InlineParser(text)
            XCTAssertEqual(MarkdownInline.parse(text), parser.parse(), text.debugDescription)
        }
    }
}

