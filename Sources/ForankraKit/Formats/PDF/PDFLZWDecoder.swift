/// LZWDecode (ISO 32000-1, 7.4.4): older writers (Acrobat 2 and 3, some scanners' software)
/// compressed content streams this way. Codes of 9 to 12 bits, most significant bit first;
/// 256 clears the table, 257 ends the data.
enum PDFLZWDecoder {
    /// The decoded bytes, and whether the data ended properly rather than being cut short or
    /// reaching `limit`.
    static func decode(_ bytes: [UInt8], earlyChange: Int, limit: Int) -> (bytes: [UInt8], complete: Bool) {
        var output: [UInt8] = []
        var table: [[UInt8]] = (0..<256).map { [UInt8($0)] } + [[], []]
        var codeLength = 9
        var previous: [UInt8]?
        var bitBuffer: UInt32 = 0
        var bitCount = 0
        var index = 0
        let early = earlyChange == 0 ? 0 : 1
        while true {
            while bitCount < codeLength {
                guard index < bytes.count else { return (output, false) }
                bitBuffer = bitBuffer << 8 | UInt32(bytes[index])
                bitCount += 8
                index += 1
            }
            let code = Int(bitBuffer >> UInt32(bitCount - codeLength)) & (1 << codeLength - 1)
            bitCount -= codeLength
            bitBuffer &= (1 << UInt32(bitCount)) - 1
            if code == 256 {
                table.removeSubrange(258...)
                codeLength = 9
                previous = nil
                continue
            }
            if code == 257 { return (output, true) }
            let entry: [UInt8]
            if code < table.count {
                entry = table[code]
            } else if code == table.count, let previous, let first = previous.first {
                entry = previous + [first]
            } else {
                return (output, false)
            }
            output += entry
            guard output.count <= limit else { return (output, false) }
            if let previous, let first = entry.first, table.count < 4096 {
                table.append(previous + [first])
            }
            previous = entry
            if table.count + early >= 1 << codeLength, codeLength < 12 { codeLength += 1 }
        }
    }
}
