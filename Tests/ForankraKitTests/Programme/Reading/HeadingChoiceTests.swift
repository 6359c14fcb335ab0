import XCTest
@testable import ForankraKit

/// Stage 3: the headings are chosen for the whole document, not line by line.
final class HeadingChoiceTests: XCTestCase {
    private func titles(_ text: String) -> [String] {
        ProgrammeReader.read(text: text, path: "program.txt").sections.map(\.title)
    }

    func testARunOfMenuWordsIsNoRowOfHeadingsButTheLastMayHeadItsText() throws {
        let programme = try ProgrammeFixtures.read("signature-and-lead-ins.txt")
        XCTAssertEqual(programme.sections.map(\.title), ["Medarbetarpolicy", "Våra värderingar", "Som medarbetare i Vikby kommun", "Som chef ska du dessutom"])
    }

    func testASignatureIsTextNotAHeading() throws {
        let programme = try ProgrammeFixtures.read("signature-and-lead-ins.txt")
        XCTAssertTrue(programme.sections[0].blocks.contains { $0.text == "Eva Ek, kommunstyrelsens ordförande" })
    }

    func testAHeadingThatOpensItsItemsLeadsEachOfThem() throws {
        let programme = try ProgrammeFixtures.read("signature-and-lead-ins.txt")
        let quotes = programme.sections.flatMap(KeyStatementFinder.candidates).map(\.quote)
        XCTAssertTrue(quotes.contains("Som chef ska du dessutom Ge medarbetarna tydliga mål."), "\(quotes)")
        XCTAssertTrue(quotes.contains("Som medarbetare i Vikby kommun Utvecklar du ditt arbete tillsammans med kollegorna."), "\(quotes)")
    }

    func testATaglineUnderAHeadingStaysInItsSection() {
        let text = "Personalpolicy\n\nLedarskap\n\nTydligt ledarskap ger trygghet\n\nDet goda ledarskapet innebär att visa vägen.\n\nMedarbetarskap\n\nAlla tar ansvar för sitt arbete.\n"
        let programme = ProgrammeReader.read(text: text, path: "p.txt")
        XCTAssertEqual(programme.sections.map(\.title), ["Ledarskap", "Medarbetarskap"])
        XCTAssertEqual(programme.sections[0].blocks.map(\.text), ["Tydligt ledarskap ger trygghet", "Det goda ledarskapet innebär att visa vägen."])
    }

    func testASentenceThatLostItsFullStopIsNoHeading() {
        let text = "Policy\n\nVärdegrund\n\nVärdegrunden är vårt förhållningssätt som ska leda oss mot visionen\n\n • Vi bemöter alla med respekt.\n"
        XCTAssertEqual(titles(text), ["Värdegrund"])
    }

    func testTheFirstLineOfAWrappedParagraphIsNoHeading() {
        let text = "1 Inledning\n\nKommunen är den största arbetsgivaren i länet. Varje dag gör ca\n4 500 medarbetare ett arbete som betyder mycket för invånarna i\nkommunen och i hela regionen, och det ska synas i allt vi gör.\n"
        XCTAssertEqual(titles(text), ["Inledning"])
    }

    func testTheMarkupOfAWebPageSaysWhichLinesAreHeadings() throws {
        let path = ProgrammeFixtures.path("cms-page.html")
        let programme = try ProgrammeReader.read(path: path)
        XCTAssertEqual(programme.source.shape, .html)
        XCTAssertEqual(programme.title, "Medarbetarpolicy för Lindbacka kommun")
        XCTAssertEqual(programme.outline, [
            "1 L1 ^- Medarbetarpolicy för Lindbacka kommun", "2 L1 ^- Vårt uppdrag", "3 L1 ^- Som medarbetare",
            "3.1 L2 ^3 Som chef ska du dessutom",
        ])
        XCTAssertEqual(programme.metadata.map(\.key), ["Fastställd av"])
        let text = programme.sections.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        for chrome in ["Hoppa", "kakor", "Start", "Jobba hos oss", "Telefon", "Kontakt", "Senast uppdaterad", "inte text", "color", "123 45"] {
            XCTAssertFalse(text.contains(chrome), chrome)
        }
        XCTAssertEqual(programme.section(id: "3")?.blocks.filter { $0.kind == .listItem }.count, 4, "the nested item is an item too")
    }

    func testParallelLeadInsThatEachOpenAListAreTheDocumentsHeadings() {
        let text = "Vår värdegrund\n\nVi har tre ledord.\n\nSkapa tillit genom\n\n • dialog\n • öppenhet\n\nVara engagerade genom\n\n • delaktighet\n • nyfikenhet\n\nTa ansvar genom\n\n • att följa upp\n"
        let programme = ProgrammeReader.read(text: text, path: "p.txt")
        XCTAssertEqual(programme.sections.map(\.title), ["Vår värdegrund", "Skapa tillit genom", "Vara engagerade genom", "Ta ansvar genom"])
        XCTAssertEqual(programme.sections.dropFirst().first?.blocks.map(\.leadIn), ["Skapa tillit genom", "Skapa tillit genom"], "each still leads its items")
        let alone = "Vår värdegrund\n\nVi har tre ledord.\n\nSkapa tillit genom\n\n • dialog\n • öppenhet\n"
        XCTAssertEqual(ProgrammeReader.read(text: alone, path: "p.txt").sections.map(\.title), ["Vår värdegrund"], "one such line is a lead-in")
    }

    func testALineTheDocumentNamesAsOneOfItsAreasIsAHeading() {
        let text = "Ledarpolicy\n\nPolicyn består av två områden:\n\n • Jag leder genom\n • Jag utvecklar\n\nJag leder genom\n\n • tydliga mål\n • återkoppling\n\nJag utvecklar\n\nJag ser till att verksamheten blir bättre.\n"
        let titles = ProgrammeReader.read(text: text, path: "p.txt").sections.map(\.title)
        XCTAssertEqual(titles, ["Ledarpolicy", "Jag leder genom", "Jag utvecklar"])
    }
}
