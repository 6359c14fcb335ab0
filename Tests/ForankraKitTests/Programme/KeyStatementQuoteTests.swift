import Foundation
import XCTest
@testable import ForankraKit

/// A sheet quotes the adopted programme word for word: every key statement must be found in
/// the source, whatever shape it came in.
final class KeyStatementQuoteTests: XCTestCase {
    func testEveryQuoteInEveryFixtureIsTheProgrammesOwnWords() throws {
        let names = try ProgrammeFixtures.allNames()
        XCTAssertGreaterThanOrEqual(names.count, 16)
        var quoted = 0
        for name in names {
            let programme = try ProgrammeFixtures.read(name)
            ProgrammeFixtures.assertQuotesAreVerbatim(programme, source: try ProgrammeFixtures.text(name))
            ProgrammeFixtures.assertSheetsStayWithinLimits(programme)
            quoted += programme.sections.flatMap(KeyStatementFinder.candidates).count
        }
        // The check above is worth something only if the fixtures give quotes to check.
        XCTAssertGreaterThan(quoted, 40)
    }

    func testEveryQuoteInBothBundledExamplesIsTheProgrammesOwnWords() throws {
        for path in [ProgrammeFixtures.markdownExample, ProgrammeFixtures.pdfExample] {
            let programme = try ProgrammeReader.read(path: path)
            let source = try TextDecoding.decode(Data(contentsOf: URL(fileURLWithPath: path)), path: path).text
            XCTAssertGreaterThan(programme.sections.flatMap(KeyStatementFinder.candidates).count, 50, path)
            ProgrammeFixtures.assertQuotesAreVerbatim(programme, source: source)
            ProgrammeFixtures.assertSheetsStayWithinLimits(programme)
        }
    }

    func testBothBundledExampleShapesGiveTheSameSectionsAndQuotes() throws {
        let markdown = try ProgrammeReader.read(path: ProgrammeFixtures.markdownExample)
        let pdf = try ProgrammeReader.read(path: ProgrammeFixtures.pdfExample)
        XCTAssertEqual(markdown.title, pdf.title)
        XCTAssertEqual(markdown.outline, pdf.outline)
        XCTAssertEqual(markdown.sections.count, 22)
        XCTAssertEqual(markdown.metadata.map(\.key), pdf.metadata.map(\.key))
        XCTAssertEqual(markdown.metadata.map(\.value), pdf.metadata.map(\.value))
        for (left, right) in zip(markdown.sections, pdf.sections) {
            XCTAssertEqual(left.blockSummary, right.blockSummary, left.id)
            let leftQuotes = KeyStatementFinder.candidates(in: left).map { [$0.sectionID, $0.quote, String($0.score)] }
            let rightQuotes = KeyStatementFinder.candidates(in: right).map { [$0.sectionID, $0.quote, String($0.score)] }
            XCTAssertEqual(leftQuotes, rightQuotes, left.id)
            let leftSheet = KeyStatementFinder.select(from: markdown.sectionWithDescendants(id: left.id)).map(\.quote)
            let rightSheet = KeyStatementFinder.select(from: pdf.sectionWithDescendants(id: right.id)).map(\.quote)
            XCTAssertEqual(leftSheet, rightSheet, "sheet \(left.id)")
        }
    }

    func testPdfExampleLeavesNoFurnitureCoverOrContentsInAnySection() throws {
        let programme = try ProgrammeReader.read(path: ProgrammeFixtures.pdfExample)
        XCTAssertEqual(programme.source.pageCount, 12)
        ProgrammeFixtures.assertNoSectionContains(
            ["Sida", "Sjöhamra kommun | Personalpolitiskt program", "Dnr", "Innehåll", "....", "…", "Dokumentansvarig"],
            in: programme)
        XCTAssertEqual(programme.metadata.map(\.key), [
            "Antagen av", "Dnr", "Dokumenttyp", "Giltighetstid", "Gäller till och med", "Dokumentansvarig",
        ])
        XCTAssertEqual(Set(programme.warningKinds), ["metadata", "removed:page-furniture", "removed:table-of-contents"])
        for section in programme.sections {
            for block in section.blocks {
                XCTAssertNil(block.text.wholeMatch(of: #/\d{1,3}/#), "\(section.id): lone page number kept")
            }
        }
    }

    func testSelectTakesTheStrongestFromEachSubsectionInDocumentOrder() {
        func section(_ id: String, level: Int, line: Int, _ texts: [String]) -> ProgrammeSection {
            ProgrammeSection(id: id, hasOwnNumber: true, level: level, parentID: nil, title: "Rubrik", line: 0,
                             blocks: texts.enumerated().map { TextBlock(kind: .paragraph, text: $0.element, line: line + $0.offset) })
        }
        let sections = [
            section("2", level: 1, line: 10, ["Chefen ska vara tydlig med mål och förväntningar.", "Vi vill att alla medarbetare trivs."]),
            section("2.1", level: 2, line: 20, (1...8).map { "Medarbetaren ska ta ansvar för uppgift nummer \($0) i verksamheten." }),
            section("2.2", level: 2, line: 40, ["Arbetsgivaren ansvarar för att alla chefer får stöd i sitt uppdrag."]),
        ]
        let chosen = KeyStatementFinder.select(from: sections)
        XCTAssertEqual(chosen.count, 6)
        XCTAssertEqual(Set(chosen.map(\.sectionID)), ["2", "2.1", "2.2"])
        XCTAssertEqual(chosen.map(\.line), chosen.map(\.line).sorted())
    }

    func testAListUnderItsLeadInIsOneQuoteShownWhole() {
        let items = (1...6).map { TextBlock(kind: .listItem, text: "ta ansvar för uppgift \($0) i verksamheten", line: 10 + $0, leadIn: "Som medarbetare ska du") }
        let sentences = (1...7).map { TextBlock(kind: .paragraph, text: "Chefen ska följa upp mål nummer \($0) varje år.", line: 30 + $0) }
        let section = ProgrammeSection(id: "4", hasOwnNumber: true, level: 1, parentID: nil, title: "Medarbetarskap", line: 1, blocks: items + sentences)
        XCTAssertEqual(KeyStatementFinder.candidates(in: section).count, 13)
        let selection = KeyStatementFinder.selection(from: [section])
        XCTAssertEqual(selection.statements.filter { $0.leadIn != nil }.count, 6, "every item of the list, under its lead-in")
        XCTAssertEqual(selection.statements.filter { $0.leadIn == nil }.count, 5, "the list is one of six quotes")
        XCTAssertEqual(selection.notShown, 2, "the sheet can say how many more the section holds")
    }

    func testOfALongListTheStrongestItemsAreShown() {
        let items = (1...12).map { TextBlock(kind: .listItem, text: "uppgift \($0) i verksamheten ska följas upp", line: 10 + $0, leadIn: "Samtliga anställda ska") }
        let section = ProgrammeSection(id: "5", hasOwnNumber: true, level: 1, parentID: nil, title: "Ansvar", line: 1, blocks: items)
        XCTAssertEqual(KeyStatementFinder.select(from: [section]).count, KeyStatementFinder.maximumListItems)
    }

    func testItemsOfAnObligationListAreKeyStatementsEvenWithoutACueOfTheirOwn() {
        XCTAssertNotNil(KeyStatementFinder.score("Utvecklar du ständigt ditt arbetssätt.", leadIn: "Som medarbetare i Lindbacka kommun"))
        XCTAssertNotNil(KeyStatementFinder.score("att kvinnor och män får samma lön för likvärdigt arbete", leadIn: "Jämställdhet innebär:"))
        XCTAssertNil(KeyStatementFinder.score("rönnbär och lingon", leadIn: "I skogen växer"), "a list that promises nothing")
        XCTAssertNotNil(KeyStatementFinder.score("För oss står det för att vi håller det vi lovar.", leadIn: nil))
        XCTAssertNotNil(KeyStatementFinder.score("Denna riktlinje ska bidra till en rättvis lönesättning.", leadIn: nil),
                        "a document naming itself leans on no earlier sentence")
    }

    func testASentenceThatNamesItsDocumentIsQuotedFromWhatItSays() {
        let statement = KeyStatement(text: "I Lindbacka kommuns riktlinje beskrivs hur vi ska bemöta varandra på arbetet.", leadIn: nil, sectionID: "1", line: 1, score: 4)
        XCTAssertEqual(statement.quote, "… hur vi ska bemöta varandra på arbetet.")
        let plain = KeyStatement(text: "I Lindbacka kommun ska vi bemöta varandra med respekt.", leadIn: nil, sectionID: "1", line: 1, score: 4)
        XCTAssertEqual(plain.quote, plain.text)
    }

    /// A PDF copy often writes "ä" as "a" plus a combining mark; the phrase that makes a
    /// sentence a commitment ("säkerställer", "är skyldig") must still count.
    func testAPhraseWrittenWithCombiningMarksScoresAsTheComposedOne() {
        for composed in ["Arbetsgivaren säkerställer en god introduktion.", "Medarbetaren är skyldig att anmäla bisyssla."] {
            let decomposed = composed.decomposedStringWithCanonicalMapping
            XCTAssertNotEqual(Array(decomposed.utf8), Array(composed.utf8))
            XCTAssertNotNil(KeyStatementFinder.score(composed, leadIn: nil), composed)
            XCTAssertEqual(KeyStatementFinder.score(decomposed, leadIn: nil), KeyStatementFinder.score(composed, leadIn: nil), composed)
        }
        XCTAssertTrue(ByteSearch.contains(Array("arbetar aktivt".utf8), Array("aktivt".utf8)))
        XCTAssertFalse(ByteSearch.contains(Array("arbetar".utf8), Array("arbetar aktivt".utf8)))
        XCTAssertFalse(ByteSearch.contains(Array("ser till".utf8), Array("ser till att".utf8)))
        XCTAssertTrue(ByteSearch.contains(Array("ser till att".utf8), Array("ser till att".utf8)))
    }
}
