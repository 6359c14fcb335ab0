/// A text string outside the page content, such as `/Title` (ISO 32000-1, 7.9.2.2): UTF-16BE
/// after the bytes FE FF, UTF-8 after EF BB BF (PDF 2.0), otherwise PDFDocEncoding, which is
/// Latin-1 with typographic characters in 0x18–0x1F and 0x80–0x9F.
enum PDFTextString {
    static func decode(_ bytes: [UInt8]) -> String {
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            return String(decoding: bytes.dropFirst(3), as: UTF8.self)
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: bytes.compactMap { Unicode.Scalar(docEncoding($0)) })
        return text
    }

    private static func docEncoding(_ byte: UInt8) -> UInt32 {
        switch byte {
        case 0x18...0x1F: return lowSpecials[Int(byte - 0x18)]
        case 0x80...0xA0: return highSpecials[Int(byte - 0x80)]
        default: return UInt32(byte)
        }
    }

    private static let lowSpecials: [UInt32] = [0x02D8, 0x02C7, 0x02C6, 0x02D9, 0x02DD, 0x02DB, 0x02DA, 0x02DC]
    private static let highSpecials: [UInt32] = [
        0x2022, 0x2020, 0x2021, 0x2026, 0x2014, 0x2013, 0x0192, 0x2044, 0x2039, 0x203A, 0x2212, 0x2030, 0x201E, 0x201C, 0x201D, 0x2018,
        0x2019, 0x201A, 0x2122, 0xFB01, 0xFB02, 0x0141, 0x0152, 0x0160, 0x0178, 0x017D, 0x0131, 0x0142, 0x0153, 0x0161, 0x017E, 0xFFFD,
        0x20AC,
    ]
}
