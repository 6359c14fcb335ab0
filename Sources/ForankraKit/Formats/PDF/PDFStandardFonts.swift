import Foundation

/// Approximate widths of the standard fonts (Helvetica, Times, Courier and their styles),
/// which a PDF may use without giving widths; from the Adobe font metrics for the printable
/// ASCII characters, with an accented letter as wide as its base letter. A font that is none
/// of these and has no widths gets an average width; only the gaps between words depend on it.
enum PDFStandardFonts {
    /// Widths of ASCII 32–126, in thousandths of the font size.
    private static let helvetica: [UInt16] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]
    private static let helveticaBold: [UInt16] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]
    private static let times: [UInt16] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ]

    /// The width table of a standard font by its base name, nil for any other font.
    static func widths(forBaseFont name: String) -> ((Character) -> Double)? {
        let lowered = name.lowercased()
        if lowered.contains("courier") { return { _ in 600 } }
        let table: [UInt16]
        if lowered.contains("helvetica") || lowered.contains("arial") {
            table = lowered.contains("bold") ? helveticaBold : helvetica
        } else if lowered.contains("times") {
            table = times
        } else {
            return nil
        }
        return { character in width(of: character, in: table) }
    }

    private static func width(of character: Character, in table: [UInt16]) -> Double {
        // An accented letter is as wide as its letter: the first scalar of its decomposition.
        let scalar = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.first?.value ?? 0
        if scalar >= 32, scalar <= 126 { return Double(table[Int(scalar) - 32]) }
        return Double(table[Int(UInt8(ascii: "n")) - 32])
    }

    /// The width of a glyph in a font that gives none and is not a standard font.
    static let averageWidth = 500.0
}
