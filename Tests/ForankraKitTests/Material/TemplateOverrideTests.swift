import Foundation
import XCTest
@testable import ForankraKit

final class TemplateOverrideTests: XCTestCase {
    func testAnOverriddenSheetTemplateReplacesTheBundledWording() throws {
        let folder = try TemporaryFolder()
        let bundled = try String(contentsOfFile: TestPaths.packageRoot + "/templates/sv/apt-underlag.md", encoding: .utf8)
        try folder.write("mallar/sv/apt-underlag.md", bundled.replacingOccurrences(of: "## Frågor att samtala om", with: "## Prata om det här"))
        let result = runForankra(["sheets", TestPaths.pdfExample, "5", "--templates", "mallar", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let sheet = try folder.read("ut/apt-05-arbetsmiljo-och-halsa.md")
        XCTAssertTrue(sheet.contains("## Prata om det här"))
        XCTAssertTrue(sheet.contains("## Det här säger programmet"), "the rest stays as bundled")
    }

    func testAWorkspacesOwnTemplatesFolderOverridesWithoutAnOption() throws {
        let folder = try TemporaryFolder()
        try folder.write("forankra.md", "---\norganisation: Testby kommun\n---\n")
        let bundled = try String(contentsOfFile: TestPaths.packageRoot + "/templates/sv/apt-underlag.md", encoding: .utf8)
        try folder.write("templates/sv/apt-underlag.md", bundled.replacingOccurrences(of: "## Anteckningar", with: "## Våra anteckningar"))
        try FileManager.default.createDirectory(atPath: folder.path + "/underlag", withIntermediateDirectories: true)
        let result = runForankra(["sheets", TestPaths.pdfExample, "5", "-o", "ut"], in: folder.path + "/underlag")
        XCTAssertEqual(result.code, .success, result.standardError)
        XCTAssertTrue(try folder.read("underlag/ut/apt-05-arbetsmiljo-och-halsa.md").contains("## Våra anteckningar"),
                      "found from a subfolder, as git finds its repository")
    }

    func testUnknownPlaceholderNamesTheTemplateFileAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("mallar/sv/apt-underlag.md", "# {{sheet.title}}\n\nAvsnitt {{sheet.titel}}\n")
        let result = runForankra(["sheets", TestPaths.pdfExample, "5", "--templates", "mallar", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .dataError)
        XCTAssertTrue(result.standardError.hasPrefix("mallar/sv/apt-underlag.md:3:9: fel: "), result.standardError)
        XCTAssertTrue(result.standardError.contains("sheet.titel"), result.standardError)
        XCTAssertFalse(folder.exists("ut"))
    }

    func testUnclosedBlockNamesTheTemplateFileAndLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("mallar/sv/apt-underlag.md", "# {{sheet.title}}\n\n{{#quotes}}\n> {{text}}\n")
        let result = runForankra(["sheets", TestPaths.pdfExample, "5", "--templates", "mallar", "-o", "ut"], in: folder.path)
        XCTAssertEqual(result.code, .dataError)
        XCTAssertTrue(result.standardError.hasPrefix("mallar/sv/apt-underlag.md:3:1: fel: "), result.standardError)
    }

    func testBrokenThemeFileInOverrideIsReportedWithItsLine() throws {
        let folder = try TemporaryFolder()
        try folder.write("mallar/teman/lon.md", "---\nid: lon\nsv: Lön\n---\n\n## Nyckelord\n\nlön*\n")
        let result = runForankra(["outline", TestPaths.pdfExample, "--templates", "mallar"], in: folder.path)
        XCTAssertEqual(result.code, .dataError)
        XCTAssertTrue(result.standardError.hasPrefix("mallar/teman/lon.md:1: fel: "), result.standardError)
    }

    func testBundledTemplatesMatchTheTemplatesFolder() throws {
        let root = TestPaths.packageRoot
        let onDisk = (FileManager.default.enumerator(atPath: root + "/templates")?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(BundledTemplates.files.map(\.path), onDisk, "run `make templates`")
        for file in BundledTemplates.files {
            let text = try String(contentsOfFile: root + "/templates/" + file.path, encoding: .utf8)
            XCTAssertEqual(file.text, text, "templates/\(file.path) changed; run `make templates`")
        }
        let materialsOnDisk = (FileManager.default.enumerator(atPath: root + "/materials")?.allObjects as? [String] ?? [])
            .filter { name in [".md", ".txt", ".csv"].contains(where: name.hasSuffix) }.sorted()
        XCTAssertEqual(BundledMaterials.files.map(\.path), materialsOnDisk, "a file was added to or removed from materials/; run `make templates`")
        for file in BundledMaterials.files {
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/materials/" + file.path))
            XCTAssertEqual(file.text, String(decoding: data, as: UTF8.self), "materials/\(file.path) changed; run `make templates`")
        }
        let documentsOnDisk = (FileManager.default.enumerator(atPath: root + "/materials")?.allObjects as? [String] ?? [])
            .filter { name in [".docx", ".pdf"].contains(where: name.hasSuffix) }.sorted()
        XCTAssertEqual(BundledDocuments.files.map(\.path), documentsOnDisk, "a Word or PDF file was added to or removed from materials/; run `make templates`")
        for file in BundledDocuments.files {
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/materials/" + file.path))
            XCTAssertEqual(Data(base64Encoded: file.base64), data, "materials/\(file.path) changed; run `make templates`")
        }
    }

    func testEveryBundledTemplateRendersForBothLanguagesInThePack() throws {
        let folder = try TemporaryFolder()
        for language in ["sv", "en"] {
            let result = runForankra(
                ["pack", TestPaths.pdfExample, "--date", "2026-02-03", "--start", "09:00", "--end", "16:00", "--place", "Sal A",
                 "--sections", "2,5,7", "--lang", language, "-o", "pack-\(language)"],
                in: folder.path)
            XCTAssertEqual(result.code, .success, result.standardError)
        }
        let agenda = try folder.read("pack-sv/agenda.md")
        XCTAssertTrue(agenda.contains("| 09.00–"), "Swedish times are written 09.00")
        XCTAssertTrue(agenda.contains("Lunch"))
        XCTAssertTrue(agenda.contains("–16.00 | Utvärdering och avslutning |"))
        XCTAssertTrue(try folder.read("pack-en/agenda.md").contains("Evaluation and close"))
    }
}
