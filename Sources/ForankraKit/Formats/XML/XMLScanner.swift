/// A small pull reader for the XML inside Word and OpenDocument files: start and end tags with
/// their attributes, text with entities and CDATA resolved, line numbers for messages.
/// Comments, processing instructions and the doctype are passed over; no DTD is read, so no
/// entity can expand into anything but a character.
struct XMLScanner {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String], isEmpty: Bool)
        case end(name: String)
        case text(String)
    }

    struct Failure: Error, Equatable {
        var line: Int
        var reason: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private(set) var line = 1

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // A UTF-8 byte order mark before the declaration.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    mutating func next() throws(Failure) -> Event? {
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<") else { return .text(try readText()) }
            let following = position + 1 < bytes.count ? bytes[position + 1] : 0
            switch following {
            case UInt8(ascii: "/"):
                position += 2
                let name = readName()
                skipSpaces()
                try expect(">")
                return .end(name: name)
            case UInt8(ascii: "?"):
                try skip(past: "?>")
            case UInt8(ascii: "!"):
                if starts(with: "<![CDATA[") {
                    position += 9
                    let start = position
                    try skip(past: "]]>")
                    return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
                }
                try skip(past: starts(with: "<!--") ? "-->" : ">")
            default:
                return try readStartTag()
            }
        }
        return nil
    }

    private mutating func readStartTag() throws(Failure) -> Event {
        position += 1
        let name = readName()
        guard !name.isEmpty else { throw Failure(line: line, reason: "a tag without a name") }
        var attributes: [String: String] = [:]
        while true {
            skipSpaces()
            guard position < bytes.count else { throw Failure(line: line, reason: "the file ends inside the tag <\(name)>") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return .start(name: name, attributes: attributes, isEmpty: false)
            }
            if bytes[position] == UInt8(ascii: "/") {
                position += 1
                try expect(">")
                return .start(name: name, attributes: attributes, isEmpty: true)
            }
            let attribute = readName()
            guard !attribute.isEmpty else { throw Failure(line: line, reason: "an unexpected character in the tag <\(name)>") }
            skipSpaces()
            try expect("=")
            skipSpaces()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw Failure(line: line, reason: "the attribute \(attribute) of <\(name)> has no quoted value")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count, bytes[position] != quote { advance() }
            guard position < bytes.count else { throw Failure(line: line, reason: "the file ends inside the tag <\(name)>") }
            attributes[attribute] = Self.resolvingEntities(bytes[start..<position])
            position += 1
        }
    }

    private mutating func readText() throws(Failure) -> String {
        let start = position
        while position < bytes.count, bytes[position] != UInt8(ascii: "<") { advance() }
        return Self.resolvingEntities(bytes[start..<position])
    }

    private mutating func readName() -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            let isNameByte = byte >= 0x80 || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            guard isNameByte else { break }
            position += 1
        }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func advance() {
        if bytes[position] == UInt8(ascii: "\n") { line += 1 }
        position += 1
    }

    private mutating func skipSpaces() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { advance() }
    }

    private func starts(with text: String) -> Bool {
        let pattern = Array(text.utf8)
        return position + pattern.count <= bytes.count && bytes[position..<(position + pattern.count)].elementsEqual(pattern)
    }

    private mutating func expect(_ character: Character) throws(Failure) {
        guard position < bytes.count, let ascii = character.asciiValue, bytes[position] == ascii else {
            throw Failure(line: line, reason: "'\(character)' was expected")
        }
        position += 1
    }

    private mutating func skip(past terminator: String) throws(Failure) {
        let pattern = Array(terminator.utf8)
        while position < bytes.count {
            if starts(with: terminator) {
                position += pattern.count
                return
            }
            advance()
        }
        throw Failure(line: line, reason: "the file ends before '\(terminator)'")
    }

    /// Text with `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;` and character references resolved;
    /// an unknown entity is kept as written.
    static func resolvingEntities(_ raw: ArraySlice<UInt8>) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        let text = String(decoding: raw, as: UTF8.self)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let entity = rest[afterAmpersand..<semicolon]
            if let character = character(for: entity) {
                result.append(character)
            } else {
                result += rest[ampersand...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    private static func character(for entity: Substring) -> Character? {
        switch entity {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        default:
            guard entity.hasPrefix("#") else { return nil }
            let digits = entity.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
