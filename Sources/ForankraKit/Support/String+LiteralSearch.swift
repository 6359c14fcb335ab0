extension String {
    /// Whether `needle` occurs here byte for byte. Foundation's `contains` on Linux goes through
    /// NSString and Unicode folding, which made key-statement scoring of a long programme take
    /// most of a second; callers bring both texts to NFC first, so bytes compare as characters.
    func containsLiteral(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        let bytes = Array(utf8)
        guard bytes.count >= pattern.count else { return false }
        var start = 0
        while start <= bytes.count - pattern.count {
            if bytes[start] == first, bytes[start..<(start + pattern.count)].elementsEqual(pattern) { return true }
            start += 1
        }
        return false
    }
}
