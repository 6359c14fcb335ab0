/// One record as the scanner found it, before it is fitted to the header.
struct CSVRecord: Sendable, Equatable {
    var fields: [String]
    /// The 1-based physical line the record starts on.
    var line: Int

    /// Every field empty: a blank line, or a row of separators Excel writes for an empty row.
    var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
}

/// A cursor over the UTF-8 bytes of CSV text whose line ends are already `\n`.
///
/// Separators, quotes and line ends are ASCII, so they are found byte by byte without decoding;
/// only finished fields become Strings. Each byte is looked at once, so a long file reads in
/// linear time. Backtracking (trying another separator) is copying the value.
struct CSVRecordScanner: Sendable {
    private let bytes: [UInt8]
    let separator: UInt8
    private var position: Int
    /// The 1-based line of the byte under the cursor.
    private(set) var line: Int
    /// Reused for quoted fields, so unquoting allocates once per field rather than per byte.
    private var buffer: [UInt8] = []

    static let quote = UInt8(ascii: "\"")
    static let newline = UInt8(ascii: "\n")

    init(bytes: [UInt8], separator: UInt8, position: Int = 0, line: Int = 1) {
        self.bytes = bytes
        self.separator = separator
        self.position = position
        self.line = line
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// Reads the next record and moves past its line end; nil at the end of the text.
    mutating func readRecord() throws -> CSVRecord? {
        guard !isAtEnd else { return nil }
        let startLine = line
        var fields: [String] = []
        while true {
            fields.append(try readField())
            guard !isAtEnd else { break }
            let byte = bytes[position]
            position += 1
            if byte == Self.newline {
                line += 1
                break
            }
        }
        return CSVRecord(fields: fields, line: startLine)
    }

    /// Reads one field and stops on the separator or line end after it, without consuming it.
    private mutating func readField() throws -> String {
        skipBlanks()
        if !isAtEnd && bytes[position] == Self.quote {
            return try readQuotedField()
        }
        let start = position
        advanceToFieldEnd()
        return decodeTrimmed(bytes[start..<position])
    }

    /// A field that opens with a quote: separators and line ends inside it are text, `""` is one
    /// quote. Text after the closing quote is kept as Excel does (`"24" bred` reads `24 bred`).
    private mutating func readQuotedField() throws -> String {
        let openLine = line
        let openPosition = position
        position += 1
        buffer.removeAll(keepingCapacity: true)
        while true {
            guard !isAtEnd else { throw unterminatedQuote(line: openLine, at: openPosition) }
            let byte = bytes[position]
            position += 1
            if byte == Self.quote {
                guard !isAtEnd && bytes[position] == Self.quote else { break }
                position += 1
            } else if byte == Self.newline {
                line += 1
            }
            buffer.append(byte)
        }
        let rest = position
        advanceToFieldEnd()
        buffer.append(contentsOf: trimmed(bytes[rest..<position], leading: false))
        return String(decoding: buffer, as: UTF8.self)
    }

    private mutating func advanceToFieldEnd() {
        while !isAtEnd && bytes[position] != separator && bytes[position] != Self.newline {
            position += 1
        }
    }

    private mutating func skipBlanks() {
        while !isAtEnd && isBlank(bytes[position]) { position += 1 }
    }

    /// Spaces, and tabs unless tab is the separator.
    private func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || (byte == UInt8(ascii: "\t") && separator != byte)
    }

    private func trimmed(_ slice: ArraySlice<UInt8>, leading: Bool = true) -> ArraySlice<UInt8> {
        var end = slice.endIndex
        while end > slice.startIndex && isBlank(slice[end - 1]) { end -= 1 }
        var start = slice.startIndex
        while leading && start < end && isBlank(slice[start]) { start += 1 }
        return slice[start..<end]
    }

    private func decodeTrimmed(_ slice: ArraySlice<UInt8>) -> String {
        String(decoding: trimmed(slice), as: UTF8.self)
    }

    private func unterminatedQuote(line: Int, at position: Int) -> ForankraError {
        var lineStart = position
        while lineStart > 0 && bytes[lineStart - 1] != Self.newline { lineStart -= 1 }
        // Count characters, not bytes: UTF-8 continuation bytes look like 10xxxxxx.
        let column = bytes[lineStart..<position].filter { $0 & 0xC0 != 0x80 }.count + 1
        return ForankraError.data(
            "the quote opened on line \(line) is never closed", line: line, column: column,
            hint: "A field that starts with \" must end with \"; a quote inside it is written \"\". Or open the file in Excel and save it again as CSV.")
    }
}
