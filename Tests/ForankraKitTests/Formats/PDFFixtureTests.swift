import Foundation
import XCTest
@testable import ForankraKit

/// PDFs that real producers wrote from the same made-up policy (Fixtures/pdf/make-fixtures.sh):
/// LibreOffice, and headless Chromium. What the programme reader needs from them: every
/// heading its own line and larger than the body, two heading sizes for the two levels, the
/// running header and the page footer as separate lines on every page, the two-column page
/// read column by column, and every paragraph of the source whole and in order.
final class PDFFixtureTests: XCTestCase {
    private static let folder = TestPaths.fixtures + "/pdf/"
    private static let producers = ["policy-libreoffice.pdf", "policy-chromium.pdf"]

    private func read(_ name: String) throws -> (lines: [PDFTextLine], pageCount: Int, title: String?) {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.folder + name)))
        return try PDFReader.lines(bytes, path: name)
    }

    /// The source's blocks: headings by level, and the paragraphs and list items as text.
    private func source() throws -> (headings: [(String, Int)], paragraphs: [String]) {
        let text = try String(contentsOfFile: Self.folder + "policy.md", encoding: .utf8)
        var headings: [(String, Int)] = [], paragraphs: [String] = []
        for block in text.components(separatedBy: "\n\n") {
            let lines = block.split(separator: "\n").map(String.init).filter { !$0.hasPrefix(":::") }
            guard let first = lines.first else { continue }
            if first.hasPrefix("## ") { headings.append((String(first.dropFirst(3)), 2)) }
            else if first.hasPrefix("# ") { headings.append((String(first.dropFirst(2)), 1)) }
            else if first.hasPrefix("- ") { paragraphs += lines.map { String($0.dropFirst(2)) } }
            else { paragraphs.append(lines.joined(separator: " ")) }
        }
        return (headings, paragraphs)
    }

    /// The size most lines have: the body text's.
    private func bodySize(_ lines: [PDFTextLine]) -> Double {
        Dictionary(grouping: lines, by: \.fontSize).max { $0.value.count < $1.value.count }?.key ?? 0
    }

    func testEveryHeadingIsALineLargerThanTheBodyAndTheLevelsDiffer() throws {
        let (headings, _) = try source()
        for producer in Self.producers {
            let lines = try read(producer).lines
            let body = bodySize(lines)
            var sizes: [Int: Set<Double>] = [:]
            for (heading, level) in headings {
                guard let line = lines.first(where: { $0.text == heading }) else {
                    XCTFail("\(producer): no line '\(heading)'")
                    continue
                }
                XCTAssertGreaterThan(line.fontSize, body, "\(producer): \(heading)")
                XCTAssertTrue(line.isBold, "\(producer): \(heading)")
                sizes[level, default: []].insert(line.fontSize)
            }
            XCTAssertEqual(sizes[1]?.count, 1, producer)
            XCTAssertEqual(sizes[2]?.count, 1, producer)
            XCTAssertGreaterThan(sizes[1]?.first ?? 0, sizes[2]?.first ?? 0, producer)
        }
    }

    func testHeaderAndFooterAreSeparateLinesOnEveryPage() throws {
        let furniture = [
            "policy-libreoffice.pdf": ["Sjöhamra kommun – Personalpolicy 2025"],
            "policy-chromium.pdf": ["Sjöhamra kommun", "Personalpolicy 2025"],
        ]
        for producer in Self.producers {
            let (lines, pageCount, title) = try read(producer)
            XCTAssertEqual(pageCount, 4, producer)
            XCTAssertEqual(title, "Personalpolicy för Sjöhamra kommun", producer)
            for page in 1...pageCount {
                let texts = lines.filter { $0.page == page }.map(\.text)
                for header in furniture[producer] ?? [] { XCTAssertTrue(texts.contains(header), "\(producer) page \(page): \(header)") }
                XCTAssertTrue(texts.contains("Sida \(page) av 4"), "\(producer) page \(page): footer")
            }
        }
    }

    func testEveryParagraphComesOutWholeAndInOrderTheTwoColumnsOneAfterTheOther() throws {
        let (_, paragraphs) = try source()
        for producer in Self.producers {
            let furniture: Set<String> = ["Sjöhamra kommun – Personalpolicy 2025", "Sjöhamra kommun", "Personalpolicy 2025"]
            let lines = try read(producer).lines.filter { !furniture.contains($0.text) && !$0.text.hasPrefix("Sida ") }
            let text = lines.map { $0.text.hasPrefix("• ") ? String($0.text.dropFirst(2)) : $0.text }.joined(separator: " ")
            var searchFrom = text.startIndex
            for paragraph in paragraphs {
                guard let found = text.range(of: paragraph, range: searchFrom..<text.endIndex) else {
                    XCTFail("\(producer): not found whole and in order: \(paragraph)")
                    continue
                }
                searchFrom = found.upperBound
            }
        }
    }

    func testTheColumnsOfPageThreeAreReadLeftThenRight() throws {
        for producer in Self.producers {
            let page = try read(producer).lines.filter { $0.page == 3 }
            let left = page.firstIndex { $0.text.hasPrefix("En god arbetsmiljö") }
            let right = page.firstIndex { $0.text.hasPrefix("Kränkande särbehandling") }
            XCTAssertNotNil(left, producer)
            XCTAssertNotNil(right, producer)
            XCTAssertLessThan(left ?? 0, right ?? 0, producer)
            XCTAssertLessThan(page.first { $0.text.hasPrefix("Kränkande") }?.x ?? 0, 400, producer)
            XCTAssertGreaterThan(page.first { $0.text.hasPrefix("Kränkande") }?.x ?? 0, page.first { $0.text.hasPrefix("En god") }?.x ?? 0, producer)
        }
    }
}
