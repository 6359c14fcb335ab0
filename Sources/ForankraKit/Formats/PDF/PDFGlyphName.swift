/// The text a glyph name stands for (the Adobe Glyph List's rules): a name from the list;
/// `uniXXXX` (one or more groups of four hex digits) and `uXXXX`–`uXXXXXX`; `Gxx` and `gXX` or
/// `g00XX`, which some writers use for the hex code of the character; a suffix after a dot
/// (`a.sc`) is dropped and parts joined by `_` (`f_f_i`) are read one by one.
enum PDFGlyphName {
    static func text(_ name: String) -> String? {
        let base = name.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? name
        guard !base.isEmpty else { return nil }
        if let scalar = PDFGlyphList.unicode[base] { return String(Character(Unicode.Scalar(scalar) ?? " ")) }
        if base.contains("_") {
            let parts = base.split(separator: "_").map { component(String($0)) }
            guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
            return parts.compactMap { $0 }.joined()
        }
        return component(base)
    }

    private static func component(_ name: String) -> String? {
        if let scalar = PDFGlyphList.unicode[name] { return Unicode.Scalar(scalar).map { String(Character($0)) } }
        let characters = Array(name.utf8)
        if name.hasPrefix("uni"), characters.count >= 7, (characters.count - 3) % 4 == 0 {
            var text = ""
            var index = 3
            while index < characters.count {
                guard let value = hex(characters[index..<index + 4]), let scalar = Unicode.Scalar(value) else { return nil }
                text.unicodeScalars.append(scalar)
                index += 4
            }
            return text
        }
        if name.hasPrefix("u"), (5...7).contains(characters.count), let value = hex(characters[1...]) {
            return printable(value)
        }
        if name.hasPrefix("G") || name.hasPrefix("g"), characters.count == 3 || characters.count == 5, let value = hex(characters[1...]) {
            // A two-digit code is the font's code as WinAnsi reads it.
            return value <= 0xFF ? printable(PDFEncodingTables.winAnsi[Int(value)]) : printable(value)
        }
        return nil
    }

    private static func printable(_ value: UInt32) -> String? {
        guard value >= 0x20, let scalar = Unicode.Scalar(value) else { return nil }
        return String(Character(scalar))
    }

    private static func hex(_ digits: ArraySlice<UInt8>) -> UInt32? {
        guard !digits.isEmpty, digits.count <= 8 else { return nil }
        var value: UInt32 = 0
        for digit in digits {
            guard let nibble = PDFLexer.hexValue(digit) else { return nil }
            value = value << 4 | UInt32(nibble)
        }
        return value
    }
}
