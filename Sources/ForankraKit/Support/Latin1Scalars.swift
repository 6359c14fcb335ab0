/// Latin-1 by table: the fold, the word cut of themes and key statements run over every letter
/// of a programme or of every APT's questions, and asking a scalar for its Unicode properties
/// cost more than the rest of that work. Above U+00FF the properties answer.
extension Unicode.Scalar {
    /// Unicode's lower-case mapping for a scalar below U+0100 (A–Z and À–Þ but × move up by
    /// 0x20; every other one is its own lower case); nil above, where the mapping can be longer.
    var latin1Lowercase: Unicode.Scalar? {
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return Unicode.Scalar(UInt8(value + 0x20))
        case 0..<0x100: return self
        default: return nil
        }
    }

    /// Unicode's Alphabetic: in Latin-1 the letters A–Z, a–z, ª, µ, º and À–ÿ but × and ÷.
    var isAlphabetic: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xAA, 0xB5, 0xBA, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0xFF: return true
        case 0..<0x100: return false
        default: return properties.isAlphabetic
        }
    }
}
