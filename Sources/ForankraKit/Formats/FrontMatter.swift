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
        var lines = text[...].split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else {
            return (FrontMatter(), text[...])
        }
        var fields: [Field] = []
        var lineNumber = 1
        var rest: Substring = lines.count > 1 ? lines[1] : ""
        while true {
            if rest.isEmpty && lines.count < 2 {
                throw ForankraError.data(
                    "the front matter that opens on line 1 with --- is never closed", path: path, line: 1,
                    hint: "Add a line holding only --- after the last `key: value` line.")
            }
            lineNumber += 1
            lines = rest.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let line = lines.first ?? ""
            rest = lines.count > 1 ? lines[1] : ""
            if isFence(line) {
                let frontMatter = FrontMatter(fields: fields, bodyStartLine: lineNumber + 1)
                return (frontMatter, rest)
            }
            guard let field = try parseField(line, lineNumber: lineNumber, path: path) else { continue }
            if let earlier = fields.first(where: { $0.key == field.key }) {
                throw ForankraError.data(
                    "the key '\(field.key)' is given twice, on lines \(earlier.line) and \(field.line)",
                    path: path, line: field.line, hint: "Keep one of the two lines.")
            }
            fields.append(field)
        }
    }

    private static func isFence(_ line: Substring) -> Bool {
        line.trimmingTrailingSpaces() == "---"
    }

    /// Nil for blank lines and `#` comments.
    private static func parseField(_ line: Substring, lineNumber: Int, path: String) throws -> Field? {
        let trimmed = line.trimmingSpaces()
        if trimmed.isEmpty || trimmed.hasPrefix("#") { return nil }
        guard let colon = trimmed.firstIndex(of: ":") else {
            throw ForankraError.data(
                "this line is not `key: value`: \(trimmed)", path: path, line: lineNumber,
                hint: "Write each front matter line as `key: value`, or start it with # to make it a comment.")
        }
        let key = String(trimmed[..<colon])
        guard !key.isEmpty, key.unicodeScalars.allSatisfy(isKeyScalar) else {
            throw ForankraError.data(
                "'\(key)' is not a valid key", path: path, line: lineNumber,
                hint: "Keys are letters, digits, - and _ with no spaces, e.g. `antal_deltagare: 12`.")
        }
        let raw = trimmed[trimmed.index(after: colon)...].trimmingSpaces()
        let value = try unquote(raw, lineNumber: lineNumber, path: path)
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

fileprivate extension Substring {
    func trimmingSpaces() -> Substring {
        trimmingTrailingSpaces().drop { $0 == " " || $0 == "\t" }
    }

    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex {
            let before = index(before: end)
            guard self[before] == " " || self[before] == "\t" else { break }
            end = before
        }
        return self[startIndex..<end]
    }
}
