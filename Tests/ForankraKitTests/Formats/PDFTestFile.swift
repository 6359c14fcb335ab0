import Foundation
@testable import ForankraKit

/// Writes small PDF files by hand for the tests: objects numbered from 1 in the order they are
/// added, then a cross-reference section in the shape a test asks for (a classic table, a
/// cross-reference stream with or without a PNG predictor, objects packed into an object
/// stream, offsets that are all wrong, or none at all).
struct PDFTestFile {
    enum CrossReference {
        case table
        case stream(predictor: Bool)
        case objectStream
        case wrongOffsets
        case none
    }

    private(set) var bodies: [[UInt8]] = []
    /// Objects that are streams stay out of an object stream.
    private var isStream: [Bool] = []

    @discardableResult
    mutating func add(_ body: String) -> Int {
        bodies.append(Array(body.utf8))
        isStream.append(false)
        return bodies.count
    }

    /// Reserves a number for an object written later with `set`, for objects that refer to
    /// each other.
    mutating func reserve() -> Int { add("null") }

    mutating func set(_ number: Int, _ body: String) {
        bodies[number - 1] = Array(body.utf8)
    }

    /// A stream with `/Length` set right, unless `length` says what to write instead.
    @discardableResult
    mutating func addStream(_ dictionary: String = "", _ data: [UInt8], length: String? = nil) -> Int {
        let head = "<< \(dictionary) /Length \(length ?? String(data.count)) >>\nstream\n"
        bodies.append(Array(head.utf8) + data + Array("\nendstream".utf8))
        isStream.append(true)
        return bodies.count
    }

    @discardableResult
    mutating func addStream(_ dictionary: String = "", text: String) -> Int {
        addStream(dictionary, Array(text.utf8))
    }

    func bytes(root: Int, info: Int? = nil, trailer extra: String = "", crossReference: CrossReference = .table) -> [UInt8] {
        var file = Array("%PDF-1.7\n%\u{E2}\u{E3}\n".utf8)
        var offsets: [Int] = []
        var packed: [Int] = []
        if case .objectStream = crossReference { packed = bodies.indices.filter { !isStream[$0] }.map { $0 + 1 } }
        for (index, body) in bodies.enumerated() {
            offsets.append(file.count)
            if packed.contains(index + 1) { continue }
            file += Array("\(index + 1) 0 obj\n".utf8) + body + Array("\nendobj\n".utf8)
        }
        let trailerKeys = "/Size \(bodies.count + 2) /Root \(root) 0 R" + (info.map { " /Info \($0) 0 R" } ?? "") + " " + extra
        switch crossReference {
        case .table, .wrongOffsets:
            var shift = 0
            if case .wrongOffsets = crossReference { shift = 7 }
            let start = file.count
            var table = "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
            for offset in offsets { table += String(format: "%010d 00000 n \n", offset + shift) }
            table += "trailer\n<< \(trailerKeys) >>\nstartxref\n\(start)\n%%EOF\n"
            file += Array(table.utf8)
        case .stream(let predictor):
            file += Self.crossReferenceStream(entries: offsets.map { (1, $0, 0) }, number: bodies.count + 1, at: file.count,
                                              trailer: trailerKeys, predictor: predictor)
        case .objectStream:
            file += objectStreamAndCrossReference(packed, offsets: offsets, fileSoFar: file.count, trailer: trailerKeys)
        case .none:
            file += Array("trailer\n<< \(trailerKeys) >>\n%%EOF\n".utf8)
        }
        return file
    }

    private func objectStreamAndCrossReference(_ packed: [Int], offsets: [Int], fileSoFar: Int, trailer: String) -> [UInt8] {
        var header = "", body: [UInt8] = []
        for number in packed {
            header += "\(number) \(body.count) "
            body += bodies[number - 1] + [0x0A]
        }
        let streamNumber = bodies.count + 1
        let headerBytes = Array(header.utf8)
        let data = PDFTestFile.zlibStored(headerBytes + body)
        var out = Array("\(streamNumber) 0 obj\n<< /Type /ObjStm /N \(packed.count) /First \(headerBytes.count) /Filter /FlateDecode /Length \(data.count) >>\nstream\n".utf8)
        out += data + Array("\nendstream\nendobj\n".utf8)
        var entries: [(Int, Int, Int)] = []
        for number in 1...bodies.count {
            if let index = packed.firstIndex(of: number) { entries.append((2, streamNumber, index)) } else { entries.append((1, offsets[number - 1], 0)) }
        }
        entries.append((1, fileSoFar, 0))
        out += Self.crossReferenceStream(entries: entries, number: streamNumber + 1, at: fileSoFar + out.count, trailer: trailer, predictor: true)
        return out
    }

    /// A `/Type /XRef` stream with rows of widths 1, 4, 2 for objects 0 to n; with the PNG Up
    /// predictor when asked, as Acrobat and most libraries write them.
    static func crossReferenceStream(entries: [(Int, Int, Int)], number: Int, at offset: Int, trailer: String, predictor: Bool) -> [UInt8] {
        var rows: [[UInt8]] = [[0, 0, 0, 0, 0, 0xFF, 0xFF]]
        for (type, second, third) in entries + [(1, offset, 0)] {
            rows.append([UInt8(type), UInt8(second >> 24 & 0xFF), UInt8(second >> 16 & 0xFF), UInt8(second >> 8 & 0xFF), UInt8(second & 0xFF),
                         UInt8(third >> 8 & 0xFF), UInt8(third & 0xFF)])
        }
        var data: [UInt8] = []
        var previous = [UInt8](repeating: 0, count: 7)
        for row in rows {
            if predictor {
                data.append(2)
                data += zip(row, previous).map { $0 &- $1 }
            } else {
                data += row
            }
            previous = row
        }
        let parms = predictor ? "/DecodeParms << /Predictor 12 /Columns 7 >>" : ""
        let packed = zlibStored(data)
        var out = Array("\(number) 0 obj\n<< /Type /XRef /W [1 4 2] /Index [0 \(rows.count)] \(trailer) /Filter /FlateDecode \(parms) /Length \(packed.count) >>\nstream\n".utf8)
        out += packed + Array("\nendstream\nendobj\nstartxref\n\(offset)\n%%EOF\n".utf8)
        return out
    }

    /// A zlib stream of stored (uncompressed) deflate blocks, with its Adler-32 checksum.
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [0x78, 0x01]
        var start = 0
        repeat {
            let length = min(65_535, data.count - start)
            let isLast = start + length >= data.count
            out += [isLast ? 1 : 0, UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8 & 0xFF)]
            out += data[start..<(start + length)]
            start += length
        } while start < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        let checksum = b << 16 | a
        return out + [UInt8(checksum >> 24), UInt8(checksum >> 16 & 0xFF), UInt8(checksum >> 8 & 0xFF), UInt8(checksum & 0xFF)]
    }
}

extension PDFTestFile {
    static let helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    static let helveticaBold = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"

    /// A document of A4 pages, one content stream each, with fonts /F1 (Helvetica) and /F2
    /// (Helvetica-Bold) unless others are given.
    static func document(_ pages: [String], fonts: [String: String] = ["F1": helvetica, "F2": helveticaBold],
                         crossReference: CrossReference = .table, info: String? = nil, trailer: String = "") -> [UInt8] {
        var file = PDFTestFile()
        let catalog = file.reserve()
        let tree = file.reserve()
        var fontEntries = ""
        for name in fonts.keys.sorted() {
            guard let font = fonts[name] else { continue }
            fontEntries += "/\(name) \(file.add(font)) 0 R "
        }
        var kids: [Int] = []
        for content in pages {
            let stream = file.addStream(text: content)
            kids.append(file.add("<< /Type /Page /Parent \(tree) 0 R /Contents \(stream) 0 R >>"))
        }
        file.set(catalog, "<< /Type /Catalog /Pages \(tree) 0 R >>")
        file.set(tree, "<< /Type /Pages /Kids [\(kids.map { "\($0) 0 R" }.joined(separator: " "))] /Count \(kids.count) "
                 + "/MediaBox [0 0 595 842] /Resources << /Font << \(fontEntries)>> >> >>")
        let infoNumber = info.map { file.add($0) }
        return file.bytes(root: catalog, info: infoNumber, trailer: trailer, crossReference: crossReference)
    }

    /// A PDF string literal of `text` in WinAnsi, non-ASCII letters as octal escapes.
    static func winAnsi(_ text: String) -> String {
        let bytes = text.data(using: .windowsCP1252).map { [UInt8]($0) } ?? []
        var literal = "("
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"): literal += "\\" + String(UnicodeScalar(byte))
            case 32..<127: literal += String(UnicodeScalar(byte))
            default: literal += "\\" + String(byte, radix: 8)
            }
        }
        return literal + ")"
    }

    /// Content that writes each line at (x, y) in font /F1 or /F2 at a size.
    static func text(_ lines: [(String, x: Double, y: Double, size: Double, bold: Bool)]) -> String {
        lines.map { "BT /\($0.bold ? "F2" : "F1") \($0.size) Tf \($0.x) \($0.y) Td \(winAnsi($0.0)) Tj ET" }.joined(separator: "\n")
    }

    static func read(_ bytes: [UInt8]) throws -> [PDFTextLine] {
        try PDFReader.lines(bytes, path: "test.pdf").lines
    }

    static func texts(_ bytes: [UInt8]) throws -> [String] {
        try read(bytes).map(\.text)
    }
}
