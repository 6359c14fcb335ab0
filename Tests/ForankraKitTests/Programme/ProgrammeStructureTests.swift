import Foundation
import XCTest
@testable import ForankraKit

/// Headings, the cover block, the table of contents and text outside any section.
final class ProgrammeStructureTests: XCTestCase {
    // MARK: Headings

    func testHeadingRepeatedUnderSeveralParentsGetsItsOwnIdUnderEach() throws {
        let programme = try ProgrammeFixtures.read("repeated-subheadings.txt")
        XCTAssertEqual(programme.outline, [
            "2 L1 ^- Värdegrund",
            "2.1 L2 ^2 Tillit",
            "2.1.1 L3 ^2.1 För medarbetare innebär det",
            "2.1.2 L3 ^2.1 För chefer innebär det",
            "2.2 L2 ^2 Respekt",
            "2.2.1 L3 ^2.2 För medarbetare innebär det",
            "2.2.2 L3 ^2.2 För chefer innebär det",
        ])
        XCTAssertEqual(programme.sections.map(\.hasOwnNumber), [true, true, false, false, true, false, false])
        XCTAssertEqual(programme.section(id: "2.2.2")?.blockSummary, ["Som chef visar du respekt genom att behandla alla medarbetare lika."])
        XCTAssertEqual(programme.warnings, [])
    }

    func testPositionalIdNeverCollidesWithANumberTheTextGivesLater() {
        let raw = [
            RawSection(number: "2.1", title: "Tillit", line: 1),
            RawSection(number: nil, title: "För medarbetare innebär det", line: 3),
            RawSection(number: "2.1.1", title: "Dialog", line: 5),
        ]
        let ids = SectionTree.build(raw).map(\.id)
        XCTAssertEqual(ids, ["2.1", "2.1.1", "2.1.1-2"])
        XCTAssertEqual(Set(ids).count, ids.count)
    }

    func testNumberedHeadingsInEveryStyleTakeTheirLevelFromTheNumber() throws {
        let programme = try ProgrammeFixtures.read("numbered-headings.txt")
        XCTAssertEqual(programme.outline, [
            "1 L1 ^- Inledning",
            "2 L1 ^- Vision",
            "2.1 L2 ^2 Tillit",
            "2.3 L2 ^2 Arbetsmiljö",
            "3 L1 ^- Ledarskap",
            "3.1 L2 ^3 Chefens ansvar",
            "10 L1 ^- Uppföljning",
        ])
        // "4 500 medarbetare" and "3 procent" open wrapped lines; they are no headings.
        XCTAssertEqual(programme.section(id: "2.3")?.blockSummary, [
            "Arbetsmiljön ska vara god för alla. Varje dag gör ca 4 500 medarbetare ett arbete som betyder mycket för invånarna, och 3 procent av dem är chefer.",
        ])
        XCTAssertEqual(programme.title, "Numbered headings")
        XCTAssertEqual(programme.warnings, [])
    }

    func testUnnumberedHeadingsAreShortLinesFollowedByText() throws {
        let programme = try ProgrammeFixtures.read("unnumbered-headings.txt")
        XCTAssertEqual(programme.title, "Personalpolitiskt program")
        XCTAssertEqual(programme.outline, ["1 L1 ^- Inledning", "2 L1 ^- Ledarskap", "3 L1 ^- Arbetsmiljö och hälsa"])
        XCTAssertEqual(programme.sections.map(\.hasOwnNumber), [false, false, false])
        XCTAssertEqual(programme.section(id: "1")?.blockSummary, [
            "Programmet beskriver hur vi arbetar med personalfrågor. Det gäller alla medarbetare och chefer i kommunen.",
        ])
        XCTAssertEqual(programme.section(id: "2")?.blockSummary, [
            "Chefen ska leda verksamheten mot beslutade mål och skapa förutsättningar för medarbetarna att göra ett bra arbete.",
        ])
        XCTAssertEqual(programme.warnings, [])
    }

    func testAllCapsHeadingsRankAboveOtherUnnumberedHeadings() throws {
        let programme = try ProgrammeFixtures.read("allcaps-headings.txt")
        XCTAssertEqual(programme.title, "PERSONALPOLITISKT PROGRAM")
        XCTAssertEqual(programme.outline, [
            "1 L1 ^- LEDARSKAP",
            "1.1 L2 ^1 Chefens ansvar",
            "2 L1 ^- MEDARBETARSKAP",
            "2.1 L2 ^2 Delaktighet",
        ])
        XCTAssertEqual(programme.section(id: "2.1")?.blockSummary, ["Alla medarbetare ska kunna påverka sitt arbete."])
    }

    // MARK: Cover and contents

    func testCoverBlockBecomesMetadataNotSections() throws {
        let programme = try ProgrammeFixtures.read("cover-block.txt")
        XCTAssertEqual(programme.title, "Personalpolitiskt program för Sjöhamra kommun")
        XCTAssertEqual(programme.metadata, [
            MetadataEntry(key: "Antagen av", value: "kommunfullmäktige 2018-06-18, § 93", line: 4),
            MetadataEntry(key: "Dnr", value: "KS 2018/0217", line: 5),
            MetadataEntry(key: "Giltighetstid", value: "2019–2022", line: 6),
            MetadataEntry(key: "Dokumentansvarig", value: "HR-chef", line: 7),
            MetadataEntry(key: "Gäller till och med", value: "2022-12-31", line: 8),
        ])
        XCTAssertEqual(programme.outline, ["1 L1 ^- Inledning", "2 L1 ^- Ledarskap"])
        XCTAssertEqual(programme.preamble, [])
        XCTAssertEqual(programme.warnings, [ProgrammeWarning(kind: .metadataFound, line: 4, sectionID: nil, count: 5)])
        ProgrammeFixtures.assertNoSectionContains(["Antagen", "Dnr", "Giltighetstid", "Dokumentansvarig", "Gäller till"], in: programme)
    }

    func testSentenceThatOpensWithACoverWordIsBodyText() {
        XCTAssertNil(CoverBlock.entry(from: "Beslut om lönesättning fattas av chefen efter samtal med medarbetaren och med stöd av HR."))
        XCTAssertEqual(CoverBlock.entry(from: "Gäller t.o.m. 2029-12-31")?.key, "Gäller t.o.m.")
        XCTAssertEqual(CoverBlock.entry(from: "Dnr: KS 2025/0412.")?.value, "KS 2025/0412")
    }

    func testTableOfContentsWithDottedLeadersIsDropped() throws {
        let programme = try ProgrammeFixtures.read("table-of-contents.txt")
        XCTAssertEqual(programme.title, "Personalpolitiskt program")
        XCTAssertEqual(programme.outline, [
            "1 L1 ^- Inledning", "2 L1 ^- Vision och värdegrund", "2.1 L2 ^2 Tillit", "2.2 L2 ^2 Respekt", "3 L1 ^- Ledarskap",
        ])
        XCTAssertEqual(programme.sections.map(\.line), [12, 16, 20, 24, 28])
        XCTAssertEqual(programme.warnings, [ProgrammeWarning(kind: .removed, line: 3, sectionID: nil, count: 7, removal: .tableOfContents, example: "Innehåll")])
        ProgrammeFixtures.assertNoSectionContains(["....", "…", "Innehåll"], in: programme)
        XCTAssertEqual(programme.preamble, [])
    }

    // MARK: Text outside sections

    func testTextWithoutHeadingsIsOneSectionHoldingEverything() throws {
        let programme = try ProgrammeFixtures.read("no-headings.txt")
        XCTAssertEqual(programme.sections.count, 1)
        XCTAssertEqual(programme.section(id: "1")?.blockSummary, [
            "Vi vill att alla medarbetare ska trivas och utvecklas i sitt arbete, och att chefer och medarbetare tillsammans tar ansvar för en god arbetsmiljö och för att verksamheten håller hög kvalitet för invånarna i hela kommunen.",
            "Chefen ska ge medarbetarna återkoppling och förutsättningar att utvecklas. Medarbetaren ska bidra med sina kunskaper och idéer.",
        ])
        XCTAssertEqual(programme.section(id: "1")?.line, 1)
        // With no title in the text the file name stands in; no sentence is made a title.
        XCTAssertEqual(programme.title, "No headings")
        XCTAssertEqual(programme.warningKinds, ["no-sections"])
    }

    func testTextBeforeTheFirstHeadingIsTheIntroductionUnderTheTitle() throws {
        let programme = try ProgrammeFixtures.read("text-before-heading.txt")
        XCTAssertEqual(programme.title, "Personalpolitiskt program")
        XCTAssertEqual(programme.outline, ["0 L1 ^- Personalpolitiskt program", "1 L1 ^- Inledning", "2 L1 ^- Ledarskap"])
        XCTAssertEqual(programme.section(id: "0")?.blockSummary, [
            "Det här programmet ersätter personalpolicyn från 2015. Läs det tillsammans med riktlinjerna för lönesättning.",
        ])
        XCTAssertEqual(programme.warnings, [ProgrammeWarning(kind: .textBeforeFirstHeading, line: 3, sectionID: "0", count: 1)])
    }

    func testHeadingWithNothingUnderItIsWarnedAbout() {
        let text = "1 Inledning\n\nProgrammet gäller alla.\n\n2 Ledarskap\n\n3 Medarbetarskap\n\nAlla ska ta ansvar.\n"
        let programme = ProgrammeReader.read(text: text, path: "tom.txt")
        XCTAssertEqual(programme.outline, ["1 L1 ^- Inledning", "2 L1 ^- Ledarskap", "3 L1 ^- Medarbetarskap"])
        XCTAssertEqual(programme.warnings, [ProgrammeWarning(kind: .emptySection, line: 5, sectionID: "2", count: 0)])
    }
}
