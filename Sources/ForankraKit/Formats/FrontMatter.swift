/// The `---` fenced block of `key: value` lines at the top of a record or template file.
///
/// Fields keep their file order and their line, so a record can be checked with exact places
/// and written back as it came in. Lines end in `\n` (normalise line ends at the I/O boundary).
public struct FrontMatter: Sendable, Equatable {
    public struct Field: Sendable, Equatable {
        public var key: String
        public var value: String
        /// 1-based line of the field in the file.
        public var line: Int

        public init(key: String, value: String, line: Int) {
            self.key = key
            self.value = value
            self.line = line
        }
    }

    /// In file order.
    public var fields: [Field]
    /// 1-based line where the body starts (1 when the text has no front matter).
    public var bodyStartLine: Int

    public init(fields: [Field] = [], bodyStartLine: Int = 1) {
        self.fields = fields
        self.bodyStartLine = bodyStartLine
    }

    /// The value of the field with this key, if there is one.
    public subscript(key: String) -> String? {
        field(key)?.value
    }

    /// The whole field (with its line) for this key, if there is one.
    public func field(_ key: String) -> Field? {
        fields.first { $0.key == key }
    }

    /// Whether the text had a front matter block at all.
    public var isEmpty: Bool { fields.isEmpty && bodyStartLine == 1 }

    /// Splits text (`\n` line ends) into front matter and body. Text without a leading `---`
    /// line has empty fields and the whole text as body.
    public static func split(_ text: String, path: String) throws -> (frontMatter: FrontMatter, body: Substring) {
        let lines = TextLines(text)
        let frontMatter = try read(lines, path: path)
        guard !frontMatter.isEmpty else { return (frontMatter, text[...]) }
        let bodyLine = frontMatter.bodyStartLine - 1
        let offset = bodyLine < lines.count ? lines.ranges[bodyLine].lowerBound : lines.bytes.count
        return (frontMatter, text[text.utf8.index(text.utf8.startIndex, offsetBy: offset)...])
    }

    /// The front matter at the top of the lines; empty when the first line is not `---`.
    static func read(_ lines: TextLines, path: String) throws -> FrontMatter {
        guard lines.count > 0, isFence(lines, 0) else { return FrontMatter() }
        var fields: [Field] = []
        for index in 1..<lines.count {
            let lineNumber = index + 1
            if isFence(lines, index) { return FrontMatter(fields: fields, bodyStartLine: lineNumber + 1) }
            guard let field = try parseField(lines, index, path: path) else { continue }
            if let earlier = fields.first(where: { $0.key == field.key }) {
                throw ForankraError.data(
                    "the key '\(field.key)' is given twice, on lines \(earlier.line) and \(field.line)",
                    path: path, line: field.line, hint: "Keep one of the two lines.")
            }
            fields.append(field)
        }
        throw ForankraError.data(
            "the front matter that opens on line 1 with --- is never closed", path: path, line: 1,
            hint: "Add a line holding only --- after the last `key: value` line.")
    }

    /// `---`, perhaps with spaces after it.
    private static func isFence(_ lines: TextLines, _ index: Int) -> Bool {
        var range = lines.ranges[index]
        while let last = range.last, TextLines.isSpace(lines.bytes[last]) { range = range.dropLast() }
        return lines.equals("---", in: range)
    }

    /// Nil for blank lines and `#` comments.
    private static func parseField(_ lines: TextLines, _ index: Int, path: String) throws -> Field? {
        let lineNumber = index + 1
        let trimmed = lines.trimmed(index)
        if trimmed.isEmpty || lines.bytes[trimmed.lowerBound] == UInt8(ascii: "#") { return nil }
        guard let colon = lines.firstIndex(of: UInt8(ascii: ":"), in: trimmed) else {
            throw ForankraError.data(
                "this line is not `key: value`: \(lines.string(in: trimmed))", path: path, line: lineNumber,
                hint: "Write each front matter line as `key: value`, or start it with # to make it a comment.")
        }
        let key = lines.string(in: trimmed.lowerBound..<colon)
        guard !key.isEmpty, key.unicodeScalars.allSatisfy(isKeyScalar) else {
            throw ForankraError.data(
                "'\(key)' is not a valid key", path: path, line: lineNumber,
                hint: "Keys are letters, digits, - and _ with no spaces, e.g. `antal_deltagare: 12`.")
        }
        let raw = lines.string(in: TextLines.trimming(colon + 1..<trimmed.upperBound, in: lines.bytes))
        let value = try unquote(raw[...], lineNumber: lineNumber, path: path)
        return Field(key: key, value: value, line: lineNumber)
    }

    private static func isKeyScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "_", "-", "å", "ä", "ö", "Å", "Ä", "Ö": return true
        default: return false
        }
    }

    /// `"…"` values lose their quotes; inside them `\"` is a quote and `\\` a backslash.
    private static func unquote(_ raw: Substring, lineNumber: Int, path: String) throws -> String {
        guard raw.hasPrefix("\"") else { return String(raw) }
        let unclosed = ForankraError.data(
            "the quoted value is not closed: \(raw)", path: path, line: lineNumber,
            hint: "End the value with \", and write a quote inside it as \\\".")
        var result = ""
        var escaping = false
        var index = raw.index(after: raw.startIndex)
        while index < raw.endIndex {
            let character = raw[index]
            index = raw.index(after: index)
            if escaping {
                guard character == "\"" || character == "\\" else {
                    throw ForankraError.data(
                        "unknown escape \\\(character) in a quoted value", path: path, line: lineNumber,
                        hint: "Inside quotes only \\\" (a quote) and \\\\ (a backslash) are escapes.")
                }
                result.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "\"" {
                guard index == raw.endIndex else {
                    throw ForankraError.data(
                        "there is text after the closing quote: \(raw)", path: path, line: lineNumber,
                        hint: "Put the whole value inside the quotes.")
                }
                return result
            } else {
                result.append(character)
            }
        }
        throw unclosed
    }
}
