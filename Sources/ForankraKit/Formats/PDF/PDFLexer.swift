/// Splits PDF bytes into tokens (ISO 32000-1, 7.2–7.3): numbers, strings, names, the brackets
/// of arrays and dictionaries, and bare words (`obj`, `R`, `stream`, and the operators of a
/// content stream). Backtracking is copying the value. Nothing here throws: bytes that make no
/// sense come out as a keyword of their own, and the parser above decides what to do.
struct PDFLexer {
    enum Token: Equatable {
        case integer(Int)
        case real(Double)
        case string([UInt8])
        case name(String)
        case arrayStart, arrayEnd, dictionaryStart, dictionaryEnd
        case keyword(String)
        case end
    }

    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = max(0, min(position, bytes.count))
    }

    var isAtEnd: Bool { position >= bytes.count }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "/"), UInt8(ascii: "%"):
            return true
        default:
            return false
        }
    }

    static func isRegular(_ byte: UInt8) -> Bool { !isWhitespace(byte) && !isDelimiter(byte) }

    /// Steps over white space and comments.
    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    mutating func next() -> Token {
        skipWhitespace()
        guard position < bytes.count else { return .end }
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "("):
            position += 1
            return .string(readLiteralString())
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") {
                position += 2
                return .dictionaryStart
            }
            position += 1
            return .string(readHexString())
        case UInt8(ascii: ">"):
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: ">") { position += 1; return .dictionaryEnd }
            return .keyword(">")
        case UInt8(ascii: "["): position += 1; return .arrayStart
        case UInt8(ascii: "]"): position += 1; return .arrayEnd
        case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ")"):
            position += 1
            return .keyword(String(UnicodeScalar(byte)))
        case UInt8(ascii: "/"):
            position += 1
            return .name(readName())
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "."):
            return readNumber()
        default:
            let start = position
            while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
            return .keyword(String(decoding: bytes[start..<position], as: UTF8.self))
        }
    }

    /// The next token without taking it.
    func peek() -> Token {
        var copy = self
        return copy.next()
    }

    /// A name after its slash; `#xx` stands for the byte xx.
    private mutating func readName() -> String {
        var name: [UInt8] = []
        while position < bytes.count, Self.isRegular(bytes[position]) {
            let byte = bytes[position]
            if byte == UInt8(ascii: "#"), position + 2 < bytes.count,
               let high = Self.hexValue(bytes[position + 1]), let low = Self.hexValue(bytes[position + 2]) {
                name.append(high << 4 | low)
                position += 3
            } else {
                name.append(byte)
                position += 1
            }
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// An integer or a real; writers print `-.5`, `4.`, and now and then `--3` or `1-2`, which
    /// are read as far as they make a number.
    private mutating func readNumber() -> Token {
        let start = position
        var negative = false
        while position < bytes.count, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
            negative = bytes[position] == UInt8(ascii: "-") ? !negative : negative
            position += 1
        }
        var whole = 0.0, fraction = 0.0, scale = 1.0
        var sawDigit = false, sawPoint = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                sawDigit = true
                let digit = Double(byte - UInt8(ascii: "0"))
                if sawPoint { scale /= 10; fraction += digit * scale } else { whole = whole * 10 + digit }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            position += 1
        }
        // Trailing junk glued to the number (`12-3`) is skipped with it.
        while position < bytes.count, Self.isRegular(bytes[position]) { position += 1 }
        guard sawDigit else {
            return .keyword(String(decoding: bytes[start..<position], as: UTF8.self))
        }
        let value = (whole + fraction) * (negative ? -1 : 1)
        if !sawPoint, abs(value) < 1e15 { return .integer(Int(value)) }
        return .real(value)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
