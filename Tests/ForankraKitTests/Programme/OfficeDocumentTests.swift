import Foundation
import XCTest
@testable import ForankraKit

/// Programmes as HR has them in the document system: Word and OpenDocument files from real
/// producers (Fixtures/office/make.sh: pandoc and LibreOffice), and a .docx in the XML shape
/// Swedish Word writes, with its style ids, tracked changes, table of contents and notes.
final class OfficeDocumentTests: XCTestCase {
    private let folder = TestPaths.fixtures + "/office/"

    private struct Shape: Equatable {
        var sections: [String]
        var metadata: [String]
    }

    private func shape(_ programme: Programme) -> Shape {
        Shape(sections: programme.sections.map { "\($0.id) \($0.title) (\($0.level))" }, metadata: programme.metadata.map(\.key))
    }

    func testEveryProducersFileReadsAsTheSameGuideline() throws {
        let expected = Shape(
            sections: ["1 Inledning (1)", "2 Arbetsmiljö (1)", "2.1 Det systematiska arbetsmiljöarbetet (2)", "2.2 Hälsa och återhämtning (2)",
                       "3 Uppföljning (1)"],
            metadata: ["Beslutad av", "Giltighetstid", "Dokumentansvarig"])
        for name in ["riktlinje-pandoc.docx", "riktlinje-pandoc.odt", "riktlinje-libreoffice.docx", "riktlinje-libreoffice.odt"] {
            let programme = try ProgrammeReader.read(path: folder + name)
            XCTAssertEqual(programme.title, "Riktlinje för hållbart arbetsliv i Norrvalla kommun", name)
            XCTAssertEqual(shape(programme), expected, name)
            XCTAssertEqual(programme.source.shape, name.hasSuffix(".docx") ? .word : .openDocument, name)
            XCTAssertEqual(programme.source.layout, Programme.Layout(headingSource: .styles, headingLevels: 2, listItems: 7, tableRows: 3), name)
            let health = try XCTUnwrap(programme.section(id: "2.2"), name)
            XCTAssertTrue(health.blocks.contains { $0.kind == .listItem && $0.text == "Den som är sjukskriven får kontakt från chefen inom en vecka." },
                          "\(name): \(health.blocks)")
        }
    }

    func testListsKeepTheirLevelsAndWhetherTheyAreNumbered() throws {
        for name in ["riktlinje-pandoc.docx", "riktlinje-libreoffice.odt"] {
            let data = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + name)))
            let items = try OfficeDocument.read(data, path: name).document.paragraphs.filter(\.kind.isListItem)
            XCTAssertEqual(items.first { $0.text.hasPrefix("Allvarliga tillbud") }?.kind, .listItem(depth: 1, ordered: false), name)
            XCTAssertEqual(items.first { $0.text.hasPrefix("Arbetsmiljön följs upp") }?.kind, .listItem(depth: 0, ordered: false), name)
            XCTAssertEqual(items.first { $0.text.hasPrefix("Chefen tar upp") }?.kind, .listItem(depth: 0, ordered: true), name)
        }
    }

    func testTheBundledExampleReadsTheSameFromWordAndPDFAsFromMarkdown() throws {
        let root = TestPaths.packageRoot + "/materials/programme/"
        let markdown = runForankra(["outline", "--json", "personalpolitiskt-program.md"], in: root)
        func sections(_ json: String) throws -> [[String]] {
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            return try XCTUnwrap(object["sections"] as? [[String: Any]]).map { section in
                let quotes = (section["keyStatements"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
                return ["\(section["id"] ?? "") \(section["title"] ?? "")"] + quotes
            }
        }
        let fromMarkdown = try sections(markdown.standardOutput)
        XCTAssertEqual(fromMarkdown.count, 22)
        for file in ["personalpolitiskt-program.docx", "personalpolitiskt-program.pdf"] {
            let read = runForankra(["outline", "--json", file], in: root)
            XCTAssertEqual(read.code, .success, read.standardError)
            XCTAssertEqual(try sections(read.standardOutput), fromMarkdown, "\(file): section for section and quote for quote")
        }
    }

    func testSwedishWordsStylesTrackedChangesAndNotes() throws {
        let programme = try ProgrammeReader.read(path: try SwedishWordFixture.write())
        XCTAssertEqual(programme.title, "Personalpolicy för Ekeby kommun")
        XCTAssertEqual(programme.sections.map { "\($0.id) \($0.title)" }, ["1 Vår arbetsplats", "1.1 Tillit", "2 Lön"])
        let text = programme.sections.flatMap(\.blocks).map(\.text).joined(separator: "\n")
        XCTAssertTrue(text.contains("Vi litar på varandra och håller det vi lovar."), "an insertion reads as accepted: \(text)")
        XCTAssertFalse(text.contains("misstror"), "a deletion is left out")
        XCTAssertFalse(text.contains("SIDHUVUD") || text.contains("FOTNOT") || text.contains("KOMMENTAR"), "headers, notes and comments stay out")
        XCTAssertFalse(text.contains("PAGEREF") || text.contains("TOC \\o"), "field codes stay out")
        XCTAssertFalse(programme.sections.contains { $0.title.hasPrefix("Innehåll") }, "the table of contents is left out")
        XCTAssertTrue(programme.sections.flatMap(\.blocks).contains { $0.kind == .listItem && $0.text == "Lönen sätts individuellt." })
        XCTAssertEqual(programme.metadata.map(\.key), ["Fastställd av"])
    }

    func testFilesThatAreNotWholeDocumentsAreRefusedWithWhatToDo() throws {
        let temporary = try TemporaryFolder()
        let whole = try Data(contentsOf: URL(fileURLWithPath: folder + "riktlinje-pandoc.docx"))
        try temporary.write("avkortad.docx", whole.prefix(whole.count / 2))
        try temporary.write("inget-dokument.docx", Data(ZipFixture.archive([("annat.txt", Array("x".utf8))])))
        try temporary.write("skyddad.docx", Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)))
        try temporary.write("trasig.docx", Data(ZipFixture.archive([("word/document.xml", Array("<w:document><w:body><w:p a=x></w:p>".utf8))])))
        let zeros = try XCTUnwrap(InflateTests.zeros(megabytes: 300))
        try temporary.write("bomb.docx", Data(ZipFixture.archive([("word/document.xml", zeros)], method: 8, declaredSize: 300 * 1_048_576)))
        let expected = [
            "avkortad.docx": "avkortad.docx: fel: filen är inte ett fullständigt ZIP-arkiv (innehållsförteckningen saknas)",
            "inget-dokument.docx": "inget-dokument.docx: fel: filen är ett ZIP-arkiv men inte ett Word-dokument eller en OpenDocument-text",
            "skyddad.docx": "skyddad.docx: fel: filen är ett lösenordsskyddat Word-dokument eller ett Word-dokument i det gamla .doc-formatet",
            "trasig.docx": "trasig.docx: fel: dokumentets del word/document.xml är skadad på rad 1",
            "bomb.docx": "bomb.docx: fel: arkivet packas upp till mer än 256 MB, långt mer än ett dokument",
        ]
        for (name, message) in expected {
            let result = runForankra(["outline", name], in: temporary.path)
            XCTAssertEqual(result.code, .dataError, name)
            XCTAssertTrue(result.standardError.hasPrefix(message + "\n  "), "\(name): \(result.standardError)")
        }
    }

    func testSheetsPackAndInitTakeAWordFile() throws {
        let temporary = try TemporaryFolder()
        let file = folder + "riktlinje-pandoc.docx"
        let sheets = runForankra(["sheets", file, "2.1", "-o", "underlag"], in: temporary.path)
        XCTAssertEqual(sheets.code, .success, sheets.standardError)
        XCTAssertTrue(try temporary.read("underlag/apt-02-01-det-systematiska-arbetsmiljoarbetet.md").contains("Skyddsombudet deltar i riskbedömningen."))
        let pack = runForankra(["pack", folder + "riktlinje-libreoffice.odt", "--date", "2026-03-03", "--start", "13:00", "--end", "16:00",
                                "--place", "Sal A", "--sections", "2", "-o", "paket"], in: temporary.path)
        XCTAssertEqual(pack.code, .success, pack.standardError)
        let initialised = runForankra(["init", "arbetsyta", "--programme", file, "--org", "Norrvalla kommun"], in: temporary.path)
        XCTAssertEqual(initialised.code, .success, initialised.standardError)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: temporary.path + "/arbetsyta/programme/riktlinje-pandoc.docx")),
                       try Data(contentsOf: URL(fileURLWithPath: file)), "the Word file is kept as it is")
        XCTAssertTrue(try temporary.read("arbetsyta/forankra.md").contains("programme: programme/riktlinje-pandoc.docx"))
        XCTAssertEqual(runForankra(["check"], in: temporary.path + "/arbetsyta").code, .success)
    }
}

/// A .docx in the shape Swedish Word writes it: localized style ids (Rubrik, Rubrik1,
/// Liststycke, Innehll1), a cover table, tracked changes, a field, a table of contents, and
/// header, footnote and comment parts whose text must stay out of the body.
enum SwedishWordFixture {
    static func write() throws -> String {
        let path = NSTemporaryDirectory() + "forankra-svensk-word-\(UUID().uuidString).docx"
        let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
        func paragraph(_ style: String?, _ runs: String) -> String {
            "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + runs + "</w:p>"
        }
        func run(_ text: String) -> String { "<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r>" }
        let listItem = "<w:p><w:pPr><w:pStyle w:val=\"Liststycke\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
            + run("Lönen sätts individuellt.") + "</w:p>"
        let body = [
            paragraph("Rubrik", run("Personalpolicy för Ekeby kommun")),
            "<w:tbl><w:tr><w:tc>" + paragraph(nil, run("Fastställd av")) + "</w:tc><w:tc>" + paragraph(nil, run("Kommunfullmäktige 2024-05-20"))
                + "</w:tc></w:tr></w:tbl>",
            paragraph("Innehllsfrteckningsrubrik", run("Innehåll")),
            paragraph("Innehll1", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> TOC \\o \"1-3\" </w:instrText></w:r>"
                + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run("1 Vår arbetsplats") + "<w:r><w:tab/></w:r>"
                + "<w:r><w:instrText> PAGEREF _Toc1 \\h </w:instrText></w:r>" + run("2")),
            paragraph("Innehll1", run("2 Lön") + "<w:r><w:tab/></w:r>" + run("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"),
            paragraph("Rubrik1", run("1 Vår arbetsplats")),
            paragraph(nil, run("Här beskriver vi hur vi vill ha det på jobbet.") + "<w:r><w:footnoteReference w:id=\"1\"/></w:r>"
                + "<w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r>"),
            paragraph("Rubrik2", run("1.1 Tillit")),
            paragraph(nil, run("Vi litar på varandra ") + "<w:del w:id=\"3\" w:author=\"HR\"><w:r><w:delText>men misstror ibland </w:delText></w:r></w:del>"
                + "<w:ins w:id=\"4\" w:author=\"HR\">" + run("och håller det vi lovar.") + "</w:ins>"),
            paragraph("Rubrik1", run("2 Lön")),
            listItem,
            "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId8\"/></w:sectPr>",
        ].joined()
        let document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(w)><w:body>\(body)</w:body></w:document>"
        let styles = "<?xml version=\"1.0\"?><w:styles \(w)>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik\"><w:name w:val=\"Title\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik1\"><w:name w:val=\"heading 1\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik2\"><w:name w:val=\"heading 2\"/><w:basedOn w:val=\"Rubrik1\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Innehll1\"><w:name w:val=\"toc 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Innehllsfrteckningsrubrik\"><w:name w:val=\"TOC Heading\"/><w:basedOn w:val=\"Rubrik1\"/>"
            + "<w:pPr><w:outlineLvl w:val=\"9\"/></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Liststycke\"><w:name w:val=\"List Paragraph\"/></w:style></w:styles>"
        let numbering = "<w:numbering \(w)><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", "<Types/>"),
            ("word/document.xml", document),
            ("word/styles.xml", styles),
            ("word/numbering.xml", numbering),
            ("word/header1.xml", "<w:hdr \(w)><w:p><w:r><w:t>SIDHUVUD Ekeby kommun</w:t></w:r></w:p></w:hdr>"),
            ("word/footnotes.xml", "<w:footnotes \(w)><w:footnote w:id=\"1\"><w:p><w:r><w:t>FOTNOT om lagen</w:t></w:r></w:p></w:footnote></w:footnotes>"),
            ("word/comments.xml", "<w:comments \(w)><w:comment w:id=\"0\"><w:p><w:r><w:t>KOMMENTAR från HR</w:t></w:r></w:p></w:comment></w:comments>"),
        ]
        try Data(ZipFixture.archive(parts.map { ($0.0, Array($0.1.utf8)) })).write(to: URL(fileURLWithPath: path))
        return path
    }
}
