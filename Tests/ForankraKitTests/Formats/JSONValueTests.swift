import Foundation
import XCTest
@testable import ForankraKit

final class JSONValueTests: XCTestCase {
    private func parsed(_ value: JSONValue) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(value.rendered().utf8), options: [.fragmentsAllowed])
    }

    func testTrickyStringsRoundTripThroughAJSONParser() throws {
        let tricky = [
            "plain", "\"citat\"", "back\\slash", "rad 1\nrad 2\r\n", "tab\there", "\u{0}\u{1}\u{1F}\u{7F}",
            "line\u{2028}para\u{2029}", "Åsa Öberg, lön & förmåner", "👩‍💼 emoji", "</script>", "", "\\\"", "mid\u{FEFF}bom",
        ]
        for text in tricky {
            let back = try parsed(.object([("text", .string(text))])) as? [String: Any]
            XCTAssertEqual(back?["text"] as? String, text, text.debugDescription)
        }
    }

    func testEscapesAreTheShortOnesAndControlCharactersAreHex() {
        XCTAssertEqual(JSONValue.quoted("a\"b\\c"), #""a\"b\\c""#)
        XCTAssertEqual(JSONValue.quoted("\n\r\t"), #""\n\r\t""#)
        XCTAssertEqual(JSONValue.quoted("\u{1}\u{1F}"), #""\u0001\u001f""#)
        XCTAssertEqual(JSONValue.quoted("\u{2028}\u{2029}"), #""\u2028\u2029""#)
    }

    func testSwedishLettersAreWrittenAsThemselves() {
        let text = JSONValue.string("Arbetsmiljö för alla på gården").rendered()
        XCTAssertEqual(text, "\"Arbetsmiljö för alla på gården\"\n")
        XCTAssertFalse(text.contains("\\u"))
    }

    func testKeysKeepTheirWrittenOrder() throws {
        let keys = ["zeta", "alfa", "öst", "mitt", "beta"]
        let value = JSONValue.object(keys.map { ($0, .integer(1)) })
        let rendered = value.rendered()
        let positions = keys.map { rendered.range(of: "\"\($0)\"")?.lowerBound }
        XCTAssertEqual(positions.compactMap { $0 }, positions.compactMap { $0 }.sorted())
        XCTAssertEqual(positions.compactMap { $0 }.count, keys.count)
        XCTAssertEqual((try parsed(value) as? [String: Any])?.count, keys.count)
    }

    func testNestedValuesAreValidPrettyJSONWithAFinalNewline() throws {
        let value = JSONValue.object([
            ("namn", .string("Avsnitt 2.1")), ("antal", .integer(-3)), ("andel", .number(0.25)), ("hel", .number(2)),
            ("stor", .number(1e20)), ("liten", .number(1e-7)), ("ogiltig", .number(.nan)), ("oändlig", .number(-.infinity)),
            ("klar", .bool(true)), ("inget", .null), ("tom", .array([])), ("tomt", .object([])),
            ("lista", .array([.string("a"), .array([.integer(1)]), .object([("x", .bool(false))])])),
            ("saknas", .optional(nil)), ("finns", .optional("ja")),
        ])
        let rendered = value.rendered()
        XCTAssertTrue(rendered.hasPrefix("{\n  \"namn\": \"Avsnitt 2.1\",\n"), rendered)
        XCTAssertTrue(rendered.hasSuffix("\n}\n"))
        let back = try XCTUnwrap(try parsed(value) as? [String: Any])
        XCTAssertEqual(back["antal"] as? Int, -3)
        XCTAssertEqual(back["andel"] as? Double, 0.25)
        XCTAssertEqual(back["stor"] as? Double, 1e20)
        XCTAssertEqual(back["liten"] as? Double, 1e-7)
        XCTAssertTrue(back["ogiltig"] is NSNull)
        XCTAssertTrue(back["oändlig"] is NSNull)
        XCTAssertTrue(back["saknas"] is NSNull)
        XCTAssertEqual(back["finns"] as? String, "ja")
        XCTAssertTrue(rendered.contains("\"hel\": 2,"), rendered)
        XCTAssertTrue(rendered.contains("\"tom\": [],"), rendered)
    }

    func testTextWrittenAsItStandsIsQuotedAsTheEscapingQuotesIt() throws {
        // Only text with nothing to escape skips the escaping; drawn from what needs it and
        // what lies near it in UTF-8 (the dash and quote marks share U+2028's first bytes).
        let alphabet = ["a", "å", "\"", "\\", "\n", "\u{01}", "–", "”", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "€", "/", " "]
        for text in drawnTexts(from: alphabet, count: 3_000, maxLength: 8, seed: 5) {
            var out = ""
            JSONValue.appendQuoted(text, to: &out)
            XCTAssertEqual(out, JSONValue.quoted(text), text.debugDescription)
            XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(out.utf8), options: .fragmentsAllowed) as? String, text)
        }
    }
}
