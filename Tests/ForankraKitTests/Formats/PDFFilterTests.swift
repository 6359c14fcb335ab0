import XCTest
@testable import ForankraKit

/// The stream filters: Flate (whole, and cut short), the ASCII filters, predictors, filter
/// arrays, and the budget that stops a decompression bomb.
final class PDFFilterTests: XCTestCase {
    private let document = PDFDocument(Array("%PDF-1.7\n".utf8))

    private func decode(_ dictionary: String, _ data: [UInt8]) -> PDFStreamDecoder.Outcome {
        var parser = PDFParser(Array("<< \(dictionary) >>".utf8))
        let stream = PDFStream(dictionary: parser.parseObject().dictionary ?? PDFDictionary(), data: data[...])
        return PDFStreamDecoder.decode(stream, document: document)
    }

    func testFlateDataUnpacks() {
        let text = Array("BT /F1 12 Tf (Hej) Tj ET".utf8)
        let outcome = decode("/Filter /FlateDecode", PDFTestFile.zlibStored(text))
        XCTAssertEqual(outcome.bytes, text)
        XCTAssertFalse(outcome.isDamaged)
    }

    func testAFlateStreamCutShortGivesWhatItHolds() {
        let text = Array(String(repeating: "BT (Rad) Tj ET\n", count: 50).utf8)
        let packed = PDFTestFile.zlibStored(text)
        let outcome = decode("/Filter /FlateDecode", Array(packed.prefix(400)))
        XCTAssertTrue(outcome.isDamaged)
        XCTAssertEqual(outcome.bytes, Array(text.prefix(outcome.bytes.count)))
        XCTAssertGreaterThan(outcome.bytes.count, 300)
    }

    func testAWrongChecksumDoesNotLoseTheData() {
        var packed = PDFTestFile.zlibStored(Array("(Text) Tj".utf8))
        packed[packed.count - 1] ^= 0xFF
        XCTAssertEqual(decode("/Filter /FlateDecode", packed).bytes, Array("(Text) Tj".utf8))
    }

    func testASCIIHexAndASCII85Decode() {
        XCTAssertEqual(decode("/Filter /ASCIIHexDecode", Array("48 65 6c6C 6f7>".utf8)).bytes, Array("Hellop".utf8))
        XCTAssertEqual(decode("/Filter /ASCII85Decode", Array("87cURD]j7BEbo7~>".utf8)).bytes, Array("Hello world".utf8))
        XCTAssertEqual(decode("/Filter /A85", Array("z~>".utf8)).bytes, [0, 0, 0, 0])
    }

    func testAFilterArrayIsUndoneInOrder() {
        let packed = PDFTestFile.zlibStored(Array("Tj".utf8))
        let hex = Array(packed.map { String(format: "%02x", $0) }.joined().utf8) + [UInt8(ascii: ">")]
        XCTAssertEqual(decode("/Filter [/AHx /Fl]", hex).bytes, Array("Tj".utf8))
    }

    func testPNGAndTIFFPredictorsAreUndone() {
        // Two rows of three bytes: Sub on the first, Up on the second.
        let png: [UInt8] = [1, 10, 5, 5, 2, 1, 1, 1]
        let outcome = decode("/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 3 >>", PDFTestFile.zlibStored(png))
        XCTAssertEqual(outcome.bytes, [10, 15, 20, 11, 16, 21])
        let tiff: [UInt8] = [10, 5, 5, 1, 1, 1]
        XCTAssertEqual(decode("/Filter /FlateDecode /DecodeParms << /Predictor 2 /Columns 3 >>", PDFTestFile.zlibStored(tiff)).bytes, [10, 15, 20, 1, 2, 3])
    }

    func testABombStopsAtTheBudget() {
        // 2 MB of zeros in a few kilobytes: one fixed-Huffman literal, then length-258 copies.
        var bits = DeflateBitWriter()
        bits.write(0b011, count: 3)            // last block, fixed Huffman (1 then 01 reversed)
        bits.writeFixedLiteral(0)
        for _ in 0..<(2_000_000 / 258) {
            bits.writeReversed(0b11000101, count: 8) // length code 285 (258 bytes)
            bits.writeReversed(0, count: 5)          // distance code 0 (1 byte back)
        }
        bits.writeReversed(0, count: 7)              // end of block
        let budget = PDFDecodeBudget(limit: 1_000_000)
        let small = PDFDocument(Array("%PDF-1.7\n".utf8), budget: budget)
        let stream = PDFStream(dictionary: PDFDictionary(entries: ["Filter": .name("FlateDecode")]), data: ([0x78, 0x01] + bits.finished)[...])
        let outcome = PDFStreamDecoder.decode(stream, document: small)
        XCTAssertLessThanOrEqual(outcome.bytes.count, 1_000_000)
        XCTAssertTrue(budget.isExhausted)
    }

    func testAPDFOverItsBudgetIsRefused() {
        var file = PDFTestFile()
        let font = file.add(PDFTestFile.helvetica)
        let text = PDFTestFile.text([("Text som blir för stor", x: 72, y: 770, size: 11, bold: false)])
        let content = file.addStream("/Filter /FlateDecode", PDFTestFile.zlibStored(Array(text.utf8)))
        let page = file.add("<< /Type /Page /Contents \(content) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>")
        let tree = file.add("<< /Type /Pages /Kids [\(page) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        XCTAssertThrowsError(try PDFReader.read(file.bytes(root: catalog), budget: PDFDecodeBudget(limit: 20))) { error in
            XCTAssertEqual(error as? PDFFailure, .tooLarge(megabytes: 0))
        }
        XCTAssertEqual(try PDFReader.read(file.bytes(root: catalog)).lines.map(\.text), ["Text som blir för stor"])
    }
}

/// Writes deflate bits, least significant first, for a hand-made bomb.
private struct DeflateBitWriter {
    var bytes: [UInt8] = []
    private var buffer = 0
    private var count = 0

    mutating func write(_ value: Int, count bitCount: Int) {
        for bit in 0..<bitCount { push(value >> bit & 1) }
    }

    /// Huffman codes go most significant bit first.
    mutating func writeReversed(_ value: Int, count bitCount: Int) {
        for bit in stride(from: bitCount - 1, through: 0, by: -1) { push(value >> bit & 1) }
    }

    mutating func writeFixedLiteral(_ literal: Int) {
        writeReversed(0b0011_0000 + literal, count: 8)
    }

    private mutating func push(_ bit: Int) {
        buffer |= bit << count
        count += 1
        if count == 8 { flush() }
    }

    /// The bytes with the last, partly filled one.
    var finished: [UInt8] { count > 0 ? bytes + [UInt8(buffer)] : bytes }

    private mutating func flush() {
        bytes.append(UInt8(buffer))
        buffer = 0
        count = 0
    }
}
