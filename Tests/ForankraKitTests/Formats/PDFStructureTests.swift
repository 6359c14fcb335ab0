import XCTest
@testable import ForankraKit

/// The file structure: cross-reference tables and streams, object streams, incremental
/// updates, and the damaged files a reader meets (wrong offsets, no table, wrong lengths,
/// files cut short, references in loops), each still giving its text or a clear refusal.
final class PDFStructureTests: XCTestCase {
    private let page = PDFTestFile.text([("Arbetsmiljö och hälsa", x: 72, y: 770, size: 11, bold: false)])

    func testEveryKindOfCrossReferenceGivesTheSameText() throws {
        let kinds: [(String, PDFTestFile.CrossReference)] = [
            ("table", .table), ("stream", .stream(predictor: false)), ("stream with PNG predictor", .stream(predictor: true)),
            ("object stream", .objectStream), ("wrong offsets", .wrongOffsets), ("no table", .none),
        ]
        for (name, kind) in kinds {
            XCTAssertEqual(try PDFTestFile.texts(PDFTestFile.document([page], crossReference: kind)), ["Arbetsmiljö och hälsa"], name)
        }
    }

    func testAFileWithNoTrailerFindsItsCatalogByScanning() throws {
        var bytes = PDFTestFile.document([page], crossReference: .none)
        let trailer = PDFByteSearch.lastIndex(of: [UInt8](ascii: "trailer"), in: bytes) ?? bytes.count
        bytes.removeSubrange(trailer...)
        XCTAssertEqual(try PDFTestFile.texts(bytes), ["Arbetsmiljö och hälsa"])
    }

    func testAnIncrementalUpdateReplacesTheOlderPage() throws {
        var bytes = PDFTestFile.document([page])
        let oldStart = Self.startxref(of: bytes)
        // The update rewrites the page's content stream (object 5: catalog, pages, two fonts,
        // then the content) and chains to the old table.
        let content = PDFTestFile.text([("Reviderad version", x: 72, y: 770, size: 11, bold: false)])
        let offset = bytes.count
        bytes += Array("5 0 obj\n<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream\nendobj\n".utf8)
        let tableStart = bytes.count
        bytes += Array(String(format: "xref\n5 1\n%010d 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", offset, oldStart, tableStart).utf8)
        XCTAssertEqual(try PDFTestFile.texts(bytes), ["Reviderad version"])
    }

    func testAStreamWithAWrongLengthIsReadToItsEndstream() throws {
        for length in ["5", "99999", "-3", "7 0 R", "(x)"] {
            var file = PDFTestFile()
            let font = file.add(PDFTestFile.helvetica)
            let content = file.addStream("", Array(page.utf8), length: length)
            let pageObject = file.add("<< /Type /Page /MediaBox [0 0 595 842] /Contents \(content) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>")
            let tree = file.add("<< /Type /Pages /Kids [\(pageObject) 0 R] /Count 1 >>")
            let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
            XCTAssertEqual(try PDFTestFile.texts(file.bytes(root: catalog)), ["Arbetsmiljö och hälsa"], "/Length \(length)")
        }
    }

    func testALengthGivenAsAReferenceIsFollowed() throws {
        var file = PDFTestFile()
        let font = file.add(PDFTestFile.helvetica)
        let length = file.reserve()
        let content = file.addStream("", Array(page.utf8), length: "\(length) 0 R")
        file.set(length, String(page.utf8.count))
        let pageObject = file.add("<< /Type /Page /Contents \(content) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>")
        let tree = file.add("<< /Type /Pages /Kids [\(pageObject) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        XCTAssertEqual(try PDFTestFile.texts(file.bytes(root: catalog)), ["Arbetsmiljö och hälsa"])
    }

    func testReferencesInALoopGiveNullAndDoNotHang() {
        var file = PDFTestFile()
        let first = file.reserve()
        let second = file.add("\(first) 0 R")
        file.set(first, "\(second) 0 R")
        let selfLength = file.reserve()
        file.set(selfLength, "<< /Length \(selfLength) 0 R >>\nstream\nabc\nendstream")
        let document = PDFDocument(file.bytes(root: first))
        XCTAssertEqual(document.resolve(.reference(PDFReference(number: first, generation: 0))), .null)
        XCTAssertEqual(document.object(selfLength).stream?.data.map { $0 }, Array("abc".utf8))
    }

    func testAPageTreeWhoseKidsLoopIsRefused() {
        var file = PDFTestFile()
        let tree = file.reserve()
        let inner = file.add("<< /Type /Pages /Kids [\(tree) 0 R] /Count 1 >>")
        file.set(tree, "<< /Type /Pages /Kids [\(inner) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        XCTAssertThrowsError(try PDFReader.read(file.bytes(root: catalog))) { error in
            XCTAssertEqual(error as? PDFFailure, .pageTreeLoops)
        }
    }

    func testAPageWhoseParentIsItselfIsStillRead() throws {
        var file = PDFTestFile()
        let font = file.add(PDFTestFile.helvetica)
        let content = file.addStream(text: page)
        let pageObject = file.reserve()
        file.set(pageObject, "<< /Type /Page /Parent \(pageObject) 0 R /Contents \(content) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>")
        let tree = file.add("<< /Type /Pages /Kids [\(pageObject) 0 R] /Count 1 /Parent \(pageObject) 0 R >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        XCTAssertEqual(try PDFTestFile.texts(file.bytes(root: catalog)), ["Arbetsmiljö och hälsa"])
    }

    func testAFileCutShortGivesTheTextBeforeTheCutOrARefusalNeverACrash() {
        let bytes = PDFTestFile.document([page, PDFTestFile.text([("Andra sidan", x: 72, y: 770, size: 11, bold: false)])])
        for cut in stride(from: 1, to: bytes.count, by: 7) {
            do {
                let lines = try PDFTestFile.texts(Array(bytes.prefix(cut)))
                XCTAssertFalse(lines.isEmpty, "cut at \(cut)")
            } catch let error as ForankraError {
                XCTAssertEqual(error.exitCode, .dataError, "cut at \(cut)")
            } catch {
                XCTFail("cut at \(cut): \(error)")
            }
        }
    }

    func testPagesWhoseTreeIsLostAreFoundWithTheResourcesOfTheirParent() throws {
        var bytes = PDFTestFile.document([page])
        // The catalog no longer leads to the page tree (there is no object 9); the pages, and
        // the tree that holds their fonts, are still there.
        let catalog = Array("<< /Type /Catalog /Pages 2 0 R >>".utf8)
        let start = try XCTUnwrap(PDFByteSearch.firstIndex(of: catalog, in: bytes))
        bytes.replaceSubrange(start..<(start + catalog.count), with: Array("<< /Type /Catalog /Pages 9 0 R >>".utf8))
        XCTAssertEqual(try PDFTestFile.texts(bytes), ["Arbetsmiljö och hälsa"])
    }

    func testTheLexerReadsEscapesOctalHexAndNames() {
        var lexer = PDFLexer(Array(#"(a\(b\)\\c\101\60\n(x)) <48 6 5> /A#20B 3.5 -.5 -7 [ ] << >>"#.utf8))
        XCTAssertEqual(lexer.next(), .string(Array("a(b)\\cA0\n(x)".utf8)))
        XCTAssertEqual(lexer.next(), .string([0x48, 0x65]))
        XCTAssertEqual(lexer.next(), .name("A B"))
        XCTAssertEqual(lexer.next(), .real(3.5))
        XCTAssertEqual(lexer.next(), .real(-0.5))
        XCTAssertEqual(lexer.next(), .integer(-7))
        XCTAssertEqual([lexer.next(), lexer.next(), lexer.next(), lexer.next(), lexer.next()], [.arrayStart, .arrayEnd, .dictionaryStart, .dictionaryEnd, .end])
    }

    func testDeepNestingIsCutOffInsteadOfExhaustingTheStack() {
        var parser = PDFParser(Array(String(repeating: "[", count: 100_000).utf8))
        _ = parser.parseObject()
    }

    private static func startxref(of bytes: [UInt8]) -> Int {
        guard let keyword = PDFByteSearch.lastIndex(of: [UInt8](ascii: "startxref"), in: bytes) else { return 0 }
        var lexer = PDFLexer(bytes, at: keyword + 9)
        if case .integer(let value) = lexer.next() { return value }
        return 0
    }
}
