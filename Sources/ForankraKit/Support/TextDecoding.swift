import Foundation

/// Turns the bytes HR hands us into text: UTF-8 with or without BOM, or Windows-1252 (what Word
/// and Excel on Swedish Windows still write). Anything else is refused rather than guessed.
public enum TextDecoding {
    public enum Encoding: String, Sendable {
        case utf8 = "UTF-8"
        case utf8WithBOM = "UTF-8 med BOM"
        case windows1252 = "Windows-1252"
    }

    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
    }

    public static func decode(_ data: Data, path: String) throws -> Decoded {
        if data.isEmpty {
            throw ForankraError.data("the file is empty", path: path, hint: "Give the file that holds the programme text.")
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ForankraError.data(
                "the file is in UTF-16, which forankra does not read", path: path,
                hint: "Save it again as UTF-8 (in Word or Notepad: Save as, encoding UTF-8).")
        }
        if looksBinary(bytes) {
            throw ForankraError.data(
                "the file is not text (it holds binary data)", path: path,
                hint: "Copy the text out of the PDF or Word file and save it as .txt or .md.")
        }
        var body = bytes[...]
        var encoding = Encoding.utf8
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            body = bytes.dropFirst(3)
            encoding = .utf8WithBOM
        }
        let hasCarriageReturn = body.contains(0x0D)
        if let text = body.withUnsafeBufferPointer({ String(validating: $0, as: UTF8.self) }) {
            return Decoded(text: hasCarriageReturn ? normaliseLineEnds(text) : text, encoding: encoding)
        }
        if encoding == .utf8, let text = windows1252(body) {
            return Decoded(text: normaliseLineEnds(text), encoding: .windows1252)
        }
        let line = firstInvalidUTF8Line(body)
        throw ForankraError.data(
            "the text is neither UTF-8 nor Windows-1252", path: path, line: line,
            hint: "Save the file again as UTF-8.")
    }

    /// Line ends are normalised once, here: in Swift "\r\n" is a single Character.
    public static func normaliseLineEnds(_ text: String) -> String {
        // A byte scan: searching Characters would break the whole text into graphemes.
        var text = text
        guard text.withUTF8({ $0.contains(0x0D) }) else { return text }
        return text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
    }

    /// NUL bytes, or many C0 control characters other than tab, newline, carriage return and
    /// form feed (PDF extractors emit form feeds between pages), mean this is not a text file.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(8192)
        var controls = 0
        for byte in sample where byte < 0x20 {
            switch byte {
            case 0x00: return true
            case 0x09, 0x0A, 0x0D, 0x0C: continue
            default: controls += 1
            }
        }
        return controls * 20 > sample.count
    }

    /// Windows-1252 leaves five bytes undefined; a file holding them is some other encoding.
    static func windows1252(_ bytes: ArraySlice<UInt8>) -> String? {
        let undefined: Set<UInt8> = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if undefined.contains(byte) { return nil }
            if byte >= 0x80 && byte <= 0x9F {
                guard let scalar = Unicode.Scalar(windows1252High[Int(byte - 0x80)]) else { return nil }
                scalars.append(scalar)
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    private static func firstInvalidUTF8Line(_ bytes: ArraySlice<UInt8>) -> Int? {
        var line = 1
        var start = bytes.startIndex
        while start < bytes.endIndex {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.endIndex
            if String(validating: bytes[start..<end], as: UTF8.self) == nil { return line }
            line += 1
            start = end < bytes.endIndex ? bytes.index(after: end) : end
        }
        return nil
    }
}
