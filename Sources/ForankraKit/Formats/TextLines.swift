import Foundation

/// A text's lines as byte ranges over its UTF-8, found in one scan. The readers that run on
/// every record of a workspace work on these: going through a text Character by Character cost
/// more than reading the files from disk, and a line becomes a String only when its words are
/// kept. Line ends are `\n` (normalised when the file is read).
struct TextLines {
    let bytes: [UInt8]
    /// Each line's bytes, without its `\n`. A text that ends in `\n` has no empty last line.
    let ranges: [Range<Int>]

    init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    init(bytes: [UInt8]) {
        self.bytes = bytes
        var ranges: [Range<Int>] = []
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var start = 0
            // memchr finds the line ends many bytes at a time.
            while start < buffer.count, let found = memchr(base + start, 0x0A, buffer.count - start) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                ranges.append(start..<end)
                start = end + 1
            }
            if start < buffer.count { ranges.append(start..<buffer.count) }
        }
        self.ranges = ranges
    }

    var count: Int { ranges.count }

    /// Line `index` (0-based) as text.
    func string(_ index: Int) -> String {
        string(in: ranges[index])
    }

    func string(in range: Range<Int>) -> String {
        bytes.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }

    /// Line `index` without leading and trailing spaces and tabs.
    func trimmed(_ index: Int) -> Range<Int> {
        Self.trimming(ranges[index], in: bytes)
    }

    func hasPrefix(_ prefix: String, in range: Range<Int>) -> Bool {
        let wanted = prefix.utf8
        guard range.count >= wanted.count else { return false }
        return zip(bytes[range], wanted).allSatisfy { $0 == $1 }
    }

    /// Whether the bytes in `range` are exactly `text`.
    func equals(_ text: String, in range: Range<Int>) -> Bool {
        range.count == text.utf8.count && hasPrefix(text, in: range)
    }

    /// The byte offset of the first `byte` in `range`, if any.
    func firstIndex(of byte: UInt8, in range: Range<Int>) -> Int? {
        bytes[range].firstIndex(of: byte)
    }

    static func trimming(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, isSpace(bytes[lower]) { lower += 1 }
        while upper > lower, isSpace(bytes[upper - 1]) { upper -= 1 }
        return lower..<upper
    }

    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09
    }
}
