extension PDFLexer {
    /// A `(literal string)` after its opening parenthesis: balanced parentheses are part of
    /// it, a backslash escapes (`\n`, `\(`, `\053` in octal, a backslash before a line break
    /// joins the lines), and a line break in it is one `\n` whatever the file used.
    mutating func readLiteralString() -> [UInt8] {
        var result: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "("):
                depth += 1
                result.append(byte)
            case UInt8(ascii: ")"):
                depth -= 1
                if depth == 0 { return result }
                result.append(byte)
            case UInt8(ascii: "\\"):
                readEscape(into: &result)
            case 0x0D:
                if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                result.append(0x0A)
            default:
                result.append(byte)
            }
        }
        return result
    }

    private mutating func readEscape(into result: inout [UInt8]) {
        guard position < bytes.count else { return }
        let byte = bytes[position]
        position += 1
        switch byte {
        case UInt8(ascii: "n"): result.append(0x0A)
        case UInt8(ascii: "r"): result.append(0x0D)
        case UInt8(ascii: "t"): result.append(0x09)
        case UInt8(ascii: "b"): result.append(0x08)
        case UInt8(ascii: "f"): result.append(0x0C)
        case 0x0D:
            if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        case 0x0A:
            break
        case UInt8(ascii: "0")...UInt8(ascii: "7"):
            var value = Int(byte - UInt8(ascii: "0"))
            var digits = 1
            while digits < 3, position < bytes.count, bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "7") {
                value = value * 8 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
                digits += 1
            }
            result.append(UInt8(truncatingIfNeeded: value))
        default:
            // `\(`, `\)`, `\\`, and an unknown escape, whose backslash is dropped.
            result.append(byte)
        }
    }

    /// A `<hex string>` after its `<`: white space is ignored, and an odd last digit is
    /// read as if followed by 0.
    mutating func readHexString() -> [UInt8] {
        var result: [UInt8] = []
        var high: UInt8?
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: ">") { break }
            guard let value = Self.hexValue(byte) else { continue }
            if let first = high {
                result.append(first << 4 | value)
                high = nil
            } else {
                high = value
            }
        }
        if let first = high { result.append(first << 4) }
        return result
    }
}

extension PDFLexer {
    /// Steps over an inline image (`BI … ID binary data EI`, ISO 32000-1, 8.9.7), whose data
    /// is not PDF syntax; called after `BI`.
    mutating func skipInlineImage() {
        while true {
            switch next() {
            case .end: return
            case .keyword("ID"):
                position += 1
                while position + 1 < bytes.count {
                    if bytes[position] == UInt8(ascii: "E"), bytes[position + 1] == UInt8(ascii: "I"),
                       position > 0, Self.isWhitespace(bytes[position - 1]),
                       position + 2 >= bytes.count || !Self.isRegular(bytes[position + 2]) {
                        position += 2
                        return
                    }
                    position += 1
                }
                position = bytes.count
                return
            default: continue
            }
        }
    }
}
