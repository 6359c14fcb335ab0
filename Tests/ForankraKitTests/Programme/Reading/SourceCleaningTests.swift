import XCTest
@testable import ForankraKit

/// Stage 1: what is not the programme's words leaves the text, every kind of it counted with
/// an example, and no sentence of the programme goes with it.
final class SourceCleaningTests: XCTestCase {
    private func cleaned(_ text: String) -> (text: [String], notes: [ReadingNote]) {
        let result = SourceCleaning.clean(text)
        return (result.lines.filter { !$0.isBlank }.map(\.trimmed), result.notes.notes)
    }

    func testWebChromeAndAContactBoxAreRemovedAndNamedByKind() throws {
        let (lines, notes) = cleaned(try ProgrammeFixtures.text("web-page-chrome.txt"))
        for chrome in ["Hoppa till innehåll", "kakor", "Gå till startsidan", "Start > Jobba", "Dela på sociala medier", "Skriv ut",
                       "Telefon:", "08.00 - 16.30", "kundtjanst@", "Vi hjälper dig", "Senast uppdaterad", "3 mars 2025"] {
            XCTAssertFalse(lines.contains { $0.contains(chrome) }, chrome)
        }
        XCTAssertEqual(notes.map(\.kind), [.webChrome, .contactBox])
        XCTAssertEqual(notes.first?.example, "Hoppa till innehåll")
        XCTAssertEqual(notes.first { $0.kind == .contactBox }?.count, 4)
        XCTAssertTrue(lines.contains("Arbetsgivarpolicy"))
    }

    func testASentenceIsNeverTakenForFurnitureHoweverItsNumbersLook() {
        let text = "1 Ledarskap\n\nAlla chefer ska genomgå ledarutbildning inom 12/24/36 månader.\n\nChefen ska följa upp målen 2 gånger per år.\n"
        let (lines, notes) = cleaned(text)
        XCTAssertTrue(lines.contains("Alla chefer ska genomgå ledarutbildning inom 12/24/36 månader."))
        XCTAssertTrue(lines.contains("Chefen ska följa upp målen 2 gånger per år."))
        XCTAssertEqual(notes, [])
    }

    func testAPipeWithAPageNumberIsFurnitureEvenOnce() {
        let (lines, notes) = cleaned("Chefen ska vara tydlig.\n\npersonalpolitiska riktlinjer | 3\n\n2 | Lindbacka kommun\n\nMedarbetaren ska delta.\n")
        XCTAssertEqual(lines, ["Chefen ska vara tydlig.", "Medarbetaren ska delta."])
        XCTAssertEqual(notes.first?.count, 2)
    }

    func testAPageNumberRunIntoALineIsTakenOutOfIt() {
        let (lines, _) = cleaned("STYRDOKUMENT Sida 1(5) Personalpolicy för Lindbacka kommun\n")
        XCTAssertEqual(lines, ["STYRDOKUMENT Personalpolicy för Lindbacka kommun"])
    }

    func testAViewersOnePageLinesBecomePagesWithoutNumbersFootersOrViewerLines() throws {
        let result = SourceCleaning.clean(try ProgrammeFixtures.text("viewer-transcript.txt"))
        let text = result.lines.filter { !$0.isBlank }.map(\.trimmed)
        XCTAssertEqual(result.viewerTitle, "PERSONALPOLICY FÖR NORRVIKS KOMMUN. Sida 1")
        for gone in ["Storlek: px", "Starta visningen", "Download", "Transkript", "Sida 4", "Innehåll"] {
            XCTAssertFalse(text.contains { $0.contains(gone) }, gone)
        }
        XCTAssertTrue(text.contains { $0.hasSuffix("ska se till att policyn är känd på arbetsplatsen.") },
                      "the footer run onto page 2 ('Personalpolicy för Norrviks kommun 2') is gone: \(text)")
        XCTAssertTrue(text.contains("1. INLEDNING"), "a run-in heading stands on its own line: \(text)")
        XCTAssertEqual(Set(result.notes.notes.map(\.kind)), [.viewerChrome, .pageFurniture, .tableOfContents])
    }

    func testPageMarkersOfADocumentSiteFindRunningHeadersOnFewPages() throws {
        let result = SourceCleaning.clean(try ProgrammeFixtures.text("cover-table-pages.txt"))
        let text = result.lines.filter { !$0.isBlank }.map(\.trimmed)
        XCTAssertEqual(result.pageCount, 3)
        for gone in ["ARBETSMILJÖ", "2 (5) RIKTLINJE", "(2)", "Copied!", "Academic year", "1. Syfte ... 3"] {
            XCTAssertFalse(text.contains(gone), gone)
        }
        XCTAssertTrue(text.contains("1. Syfte"))
    }
}
