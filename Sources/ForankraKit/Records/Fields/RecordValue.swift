import Foundation

/// The one way a value enters a record, whoever gives it: the command line, a roster CSV, a
/// forms export or a returned sheet. A value is one line of plain text, so a line break or a
/// control character can never start a new front matter key or table row: line breaks
/// (`\n`, `\r\n`, U+2028, U+2029, U+0085) become spaces, and control characters, NUL, bidi
/// overrides and invisible characters at the ends are taken out. Text is stored in NFC, so
/// "ä" typed two ways is one letter.
enum RecordValue {
    static func cleaned(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            if lineBreaks.contains(scalar.value) || scalar == "\t" {
                scalars.append(" ")
            } else if isRemoved(scalar) {
                continue
            } else {
                scalars.append(scalar)
            }
        }
        var value = String(scalars)
        // A leading combining mark has nothing to combine with, and invisible characters at
        // the ends make two spellings of one name differ.
        while let first = value.unicodeScalars.first, first.properties.generalCategory == .nonspacingMark || isInvisible(first) || first == " " {
            value.unicodeScalars.removeFirst()
        }
        while let last = value.unicodeScalars.last, isInvisible(last) || last == " " {
            value.unicodeScalars.removeLast()
        }
        guard value.contains("  ") else { return value }
        return value.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }

    /// A front matter value: cleaned, and in quotes when it would not read back as it is
    /// (a quote, a `#` at the start, or nothing at all).
    static func frontMatter(_ text: String) -> String {
        let value = cleaned(text)
        let needsQuotes = value.contains("\"") || value.hasPrefix("#") || value.hasPrefix("'")
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// A cell of a record's table: cleaned and escaped, so `|` or `*` in a name cannot break it.
    static func cell(_ text: String) -> String {
        let value = cleaned(text)
        return value.isEmpty ? "" : MarkdownText.escape(value)
    }

    /// A line of body text (a conclusion, a comment): several lines stay, but control
    /// characters, bidi overrides and NUL are taken out of each.
    static func body(_ text: String) -> String {
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }
        return lines.map { cleaned(String($0)) }.joined(separator: "\n")
    }

    private static let lineBreaks: Set<UInt32> = [0x0A, 0x0D, 0x0B, 0x0C, 0x85, 0x2028, 0x2029]

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        // Bidirectional embeddings, overrides and isolates: they make a text read other than it is.
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
        default: return false
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x00A0].contains(scalar.value)
    }
}
