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
    /// Read scalar by scalar: the report folds every question of 100 000 APTs, and splitting
    /// into Characters took a tenth of its time. Lower-casing maps each scalar as
    /// `lowercased()` does, so the result is the same.
    var foldedForMatching: String {
        var folded = String.UnicodeScalarView()
        var spaceBefore = false
        for scalar in unicodeScalars {
            if scalar.properties.isWhitespace {
                spaceBefore = !folded.isEmpty
                continue
            }
            if spaceBefore {
                folded.append(" ")
                spaceBefore = false
            }
            if scalar.value < 0x80 {
                folded.append(scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(UInt8(scalar.value + 0x20)) : scalar)
            } else if scalar.properties.changesWhenLowercased {
                folded.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            } else {
                folded.append(scalar)
            }
        }
        return String(folded)
    }
}
