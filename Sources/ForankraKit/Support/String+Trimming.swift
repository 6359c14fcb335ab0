extension StringProtocol {
    /// Without leading and trailing spaces and tabs. Far cheaper than Foundation's trimming,
    /// which matters when every line of 25 000 records is trimmed.
    var trimmedOfSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// Without leading and trailing whitespace and line ends; only the two ends are looked at,
    /// where Foundation's trimming bridges the whole text.
    var trimmedOfWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}

extension StringProtocol {
    /// Without leading and trailing tabs and Unicode spaces (the set Foundation calls
    /// `.whitespaces`), looking at the two ends only: Foundation's trimming bridges the whole
    /// text, and the programme reader trims every paragraph of it.
    var trimmedOfHorizontalSpace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHorizontalSpace }),
              let last = scalars.lastIndex(where: { !$0.isHorizontalSpace }) else { return "" }
        // Copied as bytes: the ends are scalar boundaries, so the UTF-8 between them is whole.
        return String(decoding: utf8[first..<scalars.index(after: last)], as: UTF8.self)
    }
}

extension String {
    /// Each line break as a space, scalar by scalar (a "\r\n" keeps its "\r").
    var lineBreaksAsSpaces: String {
        guard utf8.contains(UInt8(ascii: "\n")) else { return self }
        // Byte for byte: a line feed is one byte that no other character's UTF-8 holds.
        var text = self
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { copy in
                for index in bytes.indices { copy[index] = bytes[index] == UInt8(ascii: "\n") ? UInt8(ascii: " ") : bytes[index] }
                return bytes.count
            }
        }
    }
}

extension Unicode.Scalar {
    /// Whether this scalar may cling to the one before it in a Character (combining marks,
    /// joiners, emoji modifiers): a wider set than Unicode's grapheme extenders, never a
    /// narrower one, so a fast path that cuts at a space or a pipe can step aside for it.
    var mayClingToPrevious: Bool {
        guard value >= 0x300 else { return false }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .modifierSymbol, .modifierLetter: return true
        default: return false
        }
    }

    /// Whether this scalar may cling to the one after it (Unicode's prepended concatenation
    /// marks), taken as widely.
    var mayClingToNext: Bool {
        guard value >= 0x600 else { return false }
        switch properties.generalCategory {
        case .format, .otherLetter, .spacingMark: return true
        default: return false
        }
    }

    /// A tab, a space separator (general category Zs: the space, no-break space and the like)
    /// or the zero-width space, which Foundation's `.whitespaces` counts too.
    var isHorizontalSpace: Bool {
        value == 0x09 || value == 0x200B || properties.generalCategory == .spaceSeparator
    }
}
