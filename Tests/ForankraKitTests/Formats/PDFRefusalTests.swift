import XCTest
@testable import ForankraKit

/// Files that give no text are refused with exit code 65, a message that names the file and
/// says why, and a hint of what to do, in English and in Swedish.
final class PDFRefusalTests: XCTestCase {
    private func refusal(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> ForankraError? {
        do {
            _ = try PDFReader.lines(bytes, path: "policy.pdf")
            XCTFail("the file was read", file: file, line: line)
            return nil
        } catch {
            XCTAssertEqual(error.exitCode, .dataError, file: file, line: line)
            XCTAssertEqual(error.path, "policy.pdf", file: file, line: line)
            XCTAssertNotNil(Wording.swedish(error.message), "Swedish for \(error.message)", file: file, line: line)
            XCTAssertNotNil(error.hint.flatMap(Wording.swedish), "Swedish for \(error.hint ?? "")", file: file, line: line)
            return error
        }
    }

    func testAFileThatIsNoPDFIsRefused() {
        XCTAssertEqual(refusal(Array("<html><body>Personalpolicy</body></html>".utf8))?.message, "this is not a PDF file")
        XCTAssertEqual(refusal([])?.message, "this is not a PDF file")
    }

    func testAPDFWithNothingReadableIsDamaged() {
        XCTAssertEqual(refusal(Array("%PDF-1.7\n1 0 obj\n<< /Type /Catalog".utf8))?.message, "the PDF is damaged: no text could be read from it")
        XCTAssertEqual(refusal(Array("%PDF-1.4\n".utf8) + (0..<4_000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })?.message,
                       "the PDF is damaged: no text could be read from it")
    }

    func testAProtectedPDFIsRefusedWithAHintToSaveAnUnprotectedCopy() {
        let bytes = PDFTestFile.document([PDFTestFile.text([("Hemligt", x: 72, y: 700, size: 11, bold: false)])],
                                         trailer: "/Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>")
        let error = refusal(bytes)
        XCTAssertEqual(error?.message, "the PDF is protected")
        XCTAssertTrue(error?.hint?.contains("unprotected copy") ?? false)
        XCTAssertTrue(Wording.swedish(error?.hint ?? "")?.contains("Spara som") ?? false)
    }

    func testAScannedPDFIsRefusedWithAHintToRunOCR() {
        var file = PDFTestFile()
        let image = file.addStream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode", [0xFF, 0xD8, 1, 2, 3, 4])
        let content = file.addStream(text: "q 595 0 0 842 0 0 cm /Im1 Do Q")
        let page = file.add("<< /Type /Page /MediaBox [0 0 595 842] /Contents \(content) 0 R /Resources << /XObject << /Im1 \(image) 0 R >> >> >>")
        let tree = file.add("<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        let error = refusal(file.bytes(root: catalog))
        XCTAssertEqual(error?.message, "the PDF has pages but no text: it looks like scanned images")
        XCTAssertTrue(error?.hint?.contains("OCR") ?? false)
    }

    func testAPageTreeInALoopIsRefused() {
        var file = PDFTestFile()
        let tree = file.reserve()
        file.set(tree, "<< /Type /Pages /Kids [\(tree) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        XCTAssertEqual(refusal(file.bytes(root: catalog))?.message, "the PDF is damaged: its pages refer to each other in a loop")
    }

    func testTheRefusalIsPrintedInSwedishWithTheFileName() {
        let error = refusal(Array("inte en pdf".utf8))
        XCTAssertEqual(error?.text(.sv), "policy.pdf: fel: this is not a PDF file")
        XCTAssertEqual(Wording.translate(error?.message ?? "", to: .sv), "det här är ingen PDF-fil")
    }
}
