import Foundation
import XCTest
@testable import ForankraKit

/// Programmes written in markdown: the headings say the structure, the markup must not reach a quote.
final class MarkdownProgrammeReaderTests: XCTestCase {
    func testSingleTopHeadingIsTheTitleAndDeeperHeadingsNest() throws {
        let programme = try ProgrammeFixtures.read("markdown-headings.md")
        XCTAssertEqual(programme.source.shape, .markdown)
        XCTAssertEqual(programme.title, "Personalpolitiskt program för Sjöhamra kommun")
        XCTAssertEqual(programme.outline, [
            "1 L1 ^- Inledning",
            "2 L1 ^- Ledarskap",
            "2.1 L2 ^2 Chefens ansvar",
            "2.1.1 L3 ^2.1 För medarbetare innebär det",
            "2.2 L2 ^2 Samverkan",
            "2.2.1 L3 ^2.2 För medarbetare innebär det",
        ])
        XCTAssertEqual(programme.sections.map(\.line), [6, 11, 15, 23, 28, 32])
    }

    func testMarkdownCoverListBecomesMetadata() throws {
        let programme = try ProgrammeFixtures.read("markdown-headings.md")
        XCTAssertEqual(programme.metadata, [
            MetadataEntry(key: "Antagen av", value: "kommunfullmäktige 2018-06-18, § 93", line: 3),
            MetadataEntry(key: "Dnr", value: "KS 2018/0217", line: 4),
        ])
        XCTAssertEqual(programme.preamble, [])
        XCTAssertEqual(programme.warnings, [ProgrammeWarning(kind: .metadataFound, line: 3, sectionID: nil, count: 2)])
    }

    func testEmphasisIsDroppedAndListsBecomeItems() throws {
        let programme = try ProgrammeFixtures.read("markdown-headings.md")
        XCTAssertEqual(programme.section(id: "1")?.blockSummary, [
            "Programmet gäller alla medarbetare i Sjöhamra kommun och är skrivet i vi-form.",
        ])
        XCTAssertEqual(programme.section(id: "2.1")?.blockSummary, [
            "Som chef ska du:",
            "[Som chef ska du:] • ge medarbetarna återkoppling",
            "[Som chef ska du:] • vara tillgänglig",
            "[Som chef ska du:] • följa upp arbetsmiljön",
        ])
        XCTAssertEqual(programme.section(id: "2.1.1")?.blockSummary, [
            "• Du ska ta ansvar för ditt arbete.",
            "• Du ska bidra till en god arbetsmiljö.",
        ])
        for section in programme.sections {
            for text in section.blocks.map(\.text) + [section.title] {
                XCTAssertFalse(text.contains("*") || text.contains("_") || text.contains("#"), "\(section.id): markup left in: \(text)")
            }
        }
    }

    func testSetextHeadingsReadLikeHashHeadings() throws {
        let programme = try ProgrammeFixtures.read("markdown-setext.md")
        XCTAssertEqual(programme.title, "Personalpolitiskt program")
        XCTAssertEqual(programme.outline, ["1 L1 ^- Inledning", "2 L1 ^- Ledarskap", "3 L1 ^- Medarbetarskap"])
        XCTAssertEqual(programme.sections.map(\.hasOwnNumber), [false, false, false])
        XCTAssertEqual(programme.section(id: "2")?.blockSummary, ["Chefen ska leda verksamheten och ge medarbetarna återkoppling."])
        XCTAssertEqual(programme.warnings, [])
    }

    func testSeveralTopHeadingsAreSectionsNotATitle() {
        let text = "# Inledning\n\nProgrammet gäller alla.\n\n# Ledarskap\n\nChefen ska vara tydlig.\n"
        let programme = ProgrammeReader.read(text: text, path: "riktlinjer.md")
        XCTAssertEqual(programme.title, "Riktlinjer")
        XCTAssertEqual(programme.outline, ["1 L1 ^- Inledning", "2 L1 ^- Ledarskap"])
    }

    func testMarkdownWithoutExtensionIsRecognisedByItsHeadings() {
        let text = "# Program\n\n## 1 Inledning\n\nText.\n\n## 2 Ledarskap\n\nText.\n"
        XCTAssertEqual(ProgrammeReader.detectShape(text, path: "program"), .markdown)
        XCTAssertEqual(ProgrammeReader.detectShape("1 Inledning\n\nText.\n", path: "program"), .plainText)
        // The extension decides when there is one: a .txt file with # lines is still plain text.
        XCTAssertEqual(ProgrammeReader.detectShape(text, path: "program.txt"), .plainText)
    }
}
