/// Finding a keyword's bytes in a file: `startxref` near its end, `endstream` after a stream
/// whose `/Length` is wrong, `obj` when the cross-reference table has to be rebuilt.
enum PDFByteSearch {
    static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int = 0, before end: Int? = nil) -> Int? {
        let stop = min(end ?? bytes.count, bytes.count) - pattern.count
        guard let first = pattern.first, start >= 0, start <= stop else { return nil }
        var index = start
        while index <= stop {
            if bytes[index] == first, matches(pattern, in: bytes, at: index) { return index }
            index += 1
        }
        return nil
    }

    static func lastIndex(of pattern: [UInt8], in bytes: [UInt8], before end: Int? = nil) -> Int? {
        guard let first = pattern.first else { return nil }
        var index = min(end ?? bytes.count, bytes.count) - pattern.count
        while index >= 0 {
            if bytes[index] == first, matches(pattern, in: bytes, at: index) { return index }
            index -= 1
        }
        return nil
    }

    static func matches(_ pattern: [UInt8], in bytes: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + pattern.count <= bytes.count else { return false }
        for offset in 0..<pattern.count where bytes[index + offset] != pattern[offset] { return false }
        return true
    }
}

extension Array where Element == UInt8 {
    /// The ASCII bytes of a keyword, for searching.
    init(ascii text: StaticString) {
        self = Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
