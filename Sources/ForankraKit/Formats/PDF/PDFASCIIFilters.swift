/// The two filters that write binary data as ASCII text (ISO 32000-1, 7.4.2 and 7.4.3).
enum PDFASCIIFilters {
    /// ASCIIHexDecode: pairs of hex digits up to `>`; white space is ignored and an odd
    /// last digit is read as followed by 0.
    static func hex(_ bytes: [UInt8]) -> [UInt8] {
        var lexer = PDFLexer(bytes)
        return lexer.readHexString()
    }

    /// ASCII85Decode: groups of five characters `!`–`u` make four bytes, `z` makes four
    /// zeros, `~>` ends the data, and a short last group makes one byte fewer than it has
    /// characters.
    static func base85(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count * 4 / 5)
        var group: [UInt32] = []
        var index = 0
        // Some writers keep the `<~` that opens the data in PostScript.
        if bytes.count >= 2, bytes[0] == UInt8(ascii: "<"), bytes[1] == UInt8(ascii: "~") { index = 2 }
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "~") { break }
            if byte == UInt8(ascii: "z"), group.isEmpty {
                output += [0, 0, 0, 0]
                continue
            }
            guard byte >= 33, byte <= 117 else { continue }
            group.append(UInt32(byte - 33))
            if group.count == 5 {
                output += word(group, keeping: 4)
                group.removeAll(keepingCapacity: true)
            }
        }
        if group.count > 1 {
            let kept = group.count - 1
            while group.count < 5 { group.append(84) }
            output += word(group, keeping: kept)
        }
        return output
    }

    private static func word(_ digits: [UInt32], keeping count: Int) -> [UInt8] {
        var value: UInt32 = 0
        for digit in digits { value = value &* 85 &+ digit }
        let all = [UInt8(value >> 24 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
        return Array(all.prefix(count))
    }
}
