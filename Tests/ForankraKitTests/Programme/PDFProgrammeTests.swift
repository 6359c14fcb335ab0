import Foundation
import XCTest
@testable import ForankraKit

/// A programme read straight from a PDF, as LibreOffice and Chromium write them
/// (Fixtures/pdf/make-fixtures.sh): heading levels from how the lines are set, running headers
/// and page numbers kept out of the sections, lists with and without bullet characters.
final class PDFProgrammeTests: XCTestCase {
    private let folder = TestPaths.fixtures + "/pdf/"

    func testHeadingsLevelsAndNoPageFurnitureFromBothProducers() throws {
        let expected = ["1 Inledning (1)", "2 Medarbetarskap (1)", "2.1 Delaktighet (2)", "2.2 Ansvar (2)", "3 Ledarskap (1)", "3.1 Tillit (2)",
                        "3.2 Tydlighet (2)", "3.3 Stöd till chefer (2)", "4 Arbetsmiljö och hälsa (1)", "5 Kompetens och utveckling (1)",
                        "6 Lön och villkor (1)", "7 Uppföljning (1)"]
        for producer in ["policy-libreoffice.pdf", "policy-chromium.pdf"] {
            let programme = try ProgrammeReader.read(path: folder + producer)
            XCTAssertEqual(programme.title, "Personalpolicy för Sjöhamra kommun", producer)
            XCTAssertEqual(programme.sections.map { "\($0.id) \($0.title) (\($0.level))" }, expected, producer)
            XCTAssertEqual(programme.source.shape, .pdf)
            XCTAssertEqual(programme.source.layout?.headingSource, .fontSizes)
            XCTAssertGreaterThanOrEqual(programme.source.layout?.pageFurniture ?? 0, 8, producer)
            let text = programme.sections.flatMap(\.blocks).map(\.text).joined(separator: "\n")
            for furniture in ["Personalpolicy 2025", "Sida 1 av 4", "Sida 3 av 4"] {
                XCTAssertFalse(text.contains(furniture), "\(producer): '\(furniture)' reached a section")
            }
            // The list in 2.2: four items, whether the bullets are characters or drawn shapes.
            let items = programme.section(id: "2.2")?.blocks.filter { $0.kind == .listItem }.map(\.text) ?? []
            XCTAssertEqual(items.count, 4, "\(producer): \(items)")
            XCTAssertEqual(items.first, "följa de lagar, avtal och beslut som gäller för verksamheten,", producer)
        }
    }

    func testTheTwoColumnPageReadsColumnByColumn() throws {
        for producer in ["policy-libreoffice.pdf", "policy-chromium.pdf"] {
            let blocks = try XCTUnwrap(try ProgrammeReader.read(path: folder + producer).section(id: "4")).blocks.map(\.text)
            let firsts = ["En god arbetsmiljö", "Vi arbetar förebyggande", "Kränkande särbehandling", "Den organisatoriska"]
            let positions = firsts.compactMap { first in blocks.firstIndex { $0.hasPrefix(first) } }
            XCTAssertEqual(positions.count, 4, "\(producer): \(blocks)")
            XCTAssertEqual(positions, positions.sorted(), "\(producer): paragraphs in reading order")
        }
    }

    func testAPDFAsHRHasItWorksForSheetsAndInit() throws {
        let temporary = try TemporaryFolder()
        let file = TestPaths.packageRoot + "/materials/programme/personalpolitiskt-program.pdf"
        let sheets = runForankra(["sheets", file, "5", "-o", "underlag"], in: temporary.path)
        XCTAssertEqual(sheets.code, .success, sheets.standardError)
        let initialised = runForankra(["init", "arbetsyta", "--programme", file], in: temporary.path)
        XCTAssertEqual(initialised.code, .success, initialised.standardError)
        XCTAssertTrue(try temporary.read("arbetsyta/forankra.md").contains("programme: programme/personalpolitiskt-program.pdf"))
        XCTAssertTrue(try temporary.read("arbetsyta/forankra.md").contains("Sjöhamra kommun"), "the organisation from the PDF's title")
        let outline = runForankra(["outline", file], in: temporary.path)
        XCTAssertTrue(outline.standardOutput.contains("(PDF, UTF-8, 10 sidor)"), outline.standardOutput)
        XCTAssertTrue(outline.standardOutput.contains("Ur layouten: rubriker i 4 nivåer från teckenstorlek och fetstil."), outline.standardOutput)
    }

    func testHyphenatedWordsAtLineEndsAreWholeAgain() {
        XCTAssertEqual(PDFHyphenation.joinedWord("Ansvarig: HR-", "direktören. Första")?.0, "Ansvarig: HR-direktören.")
        XCTAssertEqual(PDFHyphenation.joinedWord("Klart senast: 2029-", "12-31.")?.0, "Klart senast: 2029-12-31.")
        XCTAssertEqual(PDFHyphenation.joinedWord("vi arbets-", "miljön")?.0, "vi arbetsmiljön")
        XCTAssertNil(PDFHyphenation.joinedWord("Barn-", "och utbildning"), "a shared compound keeps its hyphen and its space")
    }
}
