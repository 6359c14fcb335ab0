/// Byte-for-byte search in UTF-8. Foundation's `contains` on Linux goes through NSString and
/// Unicode folding, which made key-statement scoring of a long programme take most of a second;
/// callers bring both texts to NFC first, so bytes compare as characters.
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first && haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
            start += 1
        }
        return false
    }
}

extension String {
    /// Lower case with runs of white space as one space: how names, units and questions are
    /// compared when people type them.
    var foldedForMatching: String {
        lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
