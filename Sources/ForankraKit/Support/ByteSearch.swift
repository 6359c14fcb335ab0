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
            if Self.isWhiteSpace(scalar) {
                spaceBefore = !folded.isEmpty
                continue
            }
            if spaceBefore {
                folded.append(" ")
                spaceBefore = false
            }
            Self.appendLowercase(of: scalar, to: &folded)
        }
        return String(folded)
    }

    /// The same text as `lowercased()`, which maps scalar by scalar; Latin-1 by table, since
    /// the key statements lower-case every sentence of a programme and asking for each
    /// scalar's properties cost more than scoring it.
    var lowercasedScalarwise: String {
        if utf8.allSatisfy({ $0 < 0x80 }) { return lowercased() }
        var lowered = String.UnicodeScalarView()
        for scalar in unicodeScalars { Self.appendLowercase(of: scalar, to: &lowered) }
        return String(lowered)
    }

    /// One scalar's lower case as Unicode maps it, Latin-1 by table.
    private static func appendLowercase(of scalar: Unicode.Scalar, to text: inout String.UnicodeScalarView) {
        if let lower = scalar.latin1Lowercase {
            text.append(lower)
        } else if scalar.properties.changesWhenLowercased {
            text.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            text.append(scalar)
        }
    }

    /// Unicode's White_Space; Latin-1 by table, since asking for a scalar's properties costs
    /// more than the rest of the fold.
    private static func isWhiteSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
        case 0..<0x100: return false
        default: return scalar.properties.isWhitespace
        }
    }
}
