import Foundation
import XCTest
@testable import ForankraKit

/// Inputs `make fuzz` found that made a reader trap, each written out, with what the reader
/// must answer instead. A crash on bad input is a bug: the tool answers with a message.
final class FuzzRegressionTests: XCTestCase {
    // programme-html: a page whose last markup is skipped (a comment, a doctype, an unclosed
    // script) read one place past the end of the page.
    func testWebPageEndingInSkippedMarkupIsRead() {
        let endings = [
            "<!-- sparad från webben -->",
            "<!DOCTYPE html>",
            "<?xml version=\"1.0\"?>",
            "<script>var x = 1;",
            "<style>p { color: red }</style>",
        ]
        for ending in endings {
            let page = "<!DOCTYPE html><html><body><h1>Personalpolitiskt program</h1><h2>1 Inledning</h2><p>Vi är en god arbetsgivare.</p></body></html>" + ending
            let programme = ProgrammeReader.read(text: page, path: "program.html")
            XCTAssertEqual(programme.title, "Personalpolitiskt program", ending)
            XCTAssertEqual(programme.sections.map(\.title), ["Inledning"], ending)
        }
        // Nothing but skipped markup: a programme with no text, not a trap.
        XCTAssertTrue(HTMLScanner.tokens("<!DOCTYPE html>").isEmpty)
        // The fuzzer's own input, cut to where it trapped.
        _ = ProgrammeReader.read(text: "<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8<!DOCTYPE html>", path: "program.html")
    }

    // programme-html: comments in a row were skipped by recursion, one stack frame each, so 50 000
    // of them overflowed the stack (found reading the scanner after the fuzzer's crash).
    func testWebPageOfManyCommentsIsRead() {
        let page = "<html><body><h1>Program</h1>" + String(repeating: "<!-- x -->", count: 50_000) + "<p>Text.</p></body></html>"
        XCTAssertEqual(HTMLScanner.tokens(page).count, 10)
    }
}
