import XCTest
@testable import ForankraKit

/// Stage 2: the title is the document's own, the cover's facts become metadata wherever they
/// stand, and what stood above the title is taken out.
final class FrontReadingTests: XCTestCase {
    private func front(_ text: String) -> (DocumentFront, [ReadingNote]) {
        let cleaned = SourceCleaning.clean(text)
        var notes = ReadingNotes()
        let front = FrontReading.read(cleaned.lines, viewerTitle: cleaned.viewerTitle, notes: &notes)
        return (front, notes.notes)
    }

    func testATitleThatNamesAKindOfDocumentWinsOverPictureTextsAboveIt() {
        let (front, notes) = front("Fontän vid torget\n\nMENY & SÖK\n\nRiktlinjer för lönesättning i Lindbacka kommun\n\nBeslutade av kommunstyrelsen 2 maj 2023.\n\nInledning\n\nLönen ska vara individuell.\n")
        XCTAssertEqual(front.title, "Riktlinjer för lönesättning i Lindbacka kommun")
        XCTAssertEqual(front.metadata.map(\.key), ["Beslutade av"])
        XCTAssertEqual(notes.first?.kind, .imageText)
        XCTAssertEqual(notes.first?.count, 2)
        XCTAssertTrue(front.lines.contains { $0.trimmed == "Inledning" }, "the first heading stays for the structure")
    }

    func testWithoutAKindOfDocumentTheLineNearestTheTextIsTheTitle() {
        let (front, _) = front("Ledarskap\n\nLedarskap handlar om att leda verksamheten mot målen. Chefen ska vara tydlig.\n")
        XCTAssertEqual(front.title, "Ledarskap")
    }

    func testAWordThatHeadsAPartIsNeverTheWholeDocumentsTitle() {
        let (front, _) = front("Inledning\n\nProgrammet gäller alla medarbetare.\n\nSyfte\n\nVi vill vara tydliga.\n")
        XCTAssertNil(front.title)
    }

    func testACoverTableRunTogetherIsReadAsKeysAndValues() throws {
        let (front, _) = front(try ProgrammeFixtures.text("cover-table-pages.txt"))
        XCTAssertEqual(front.title, "Riktlinje för arbetsmiljö")
        let metadata = Dictionary(front.metadata.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(metadata["Dokumenttyp, Fastställd, Giltig till och med"], "Riktlinje 2022-06-01 2026-12-31")
        XCTAssertEqual(metadata["Dokumentnummer, Fastställd av, Upprättad av"], "SR-R-0042 Regionstyrelsen HR-direktör")
        XCTAssertEqual(metadata["Diarienummer"], "RS 2022-0117")
        XCTAssertEqual(metadata["Gäller för"], "Sundby region")
    }

    func testACoverRunIntoThePagesTextEndsWhereTheViewersTitleBegins() throws {
        let (front, _) = front(try ProgrammeFixtures.text("viewer-transcript.txt"))
        XCTAssertEqual(front.title, "PERSONALPOLICY FÖR NORRVIKS KOMMUN")
        XCTAssertEqual(front.metadata.map(\.key), ["Dokumenttyp", "Fastställd av", "Beslutsdatum", "Diarienummer"])
        XCTAssertEqual(front.metadata.last?.value, "KS 2021/88")
        let body = front.lines.filter { !$0.isBlank }.map(\.trimmed)
        XCTAssertEqual(body.first, "Vi som arbetar i Norrviks kommun finns till för invånarna och ska ge dem ett gott bemötande. Varje chef ska se till att policyn är känd på arbetsplatsen.")
    }

    func testATitleWithACoverEntryRunOnIsSplit() {
        let (front, _) = front("Chefspolicy. Antagen av kommunstyrelsen 30 jan 2020\n\nVi vill ha modiga chefer.\n")
        XCTAssertEqual(front.title, "Chefspolicy")
        XCTAssertEqual(front.metadata.first.map { "\($0.key): \($0.value)" }, "Antagen av: kommunstyrelsen 30 jan 2020")
    }
}
