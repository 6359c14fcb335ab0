/// Builds objects from the lexer's tokens: arrays, dictionaries and `N G R` references. It
/// never throws on bad syntax: a stray token becomes null and a missing `]` or `>>` ends the
/// value at the end of the input, as readers do with damaged files. Nesting deeper than
/// `maximumDepth` is cut off, so a file of ten thousand `[` cannot exhaust the stack.
struct PDFParser {
    var lexer: PDFLexer
    static let maximumDepth = 64

    init(_ bytes: [UInt8], at position: Int = 0) {
        lexer = PDFLexer(bytes, at: position)
    }

    init(lexer: PDFLexer) {
        self.lexer = lexer
    }

    /// The next object.
    mutating func parseObject(depth: Int = 0) -> PDFObject {
        let token = lexer.next()
        return object(startingWith: token, depth: depth)
    }

    mutating func object(startingWith token: PDFLexer.Token, depth: Int) -> PDFObject {
        switch token {
        case .integer(let value):
            return referenceOrInteger(value)
        case .real(let value): return .real(value)
        case .string(let bytes): return .string(bytes)
        case .name(let name): return .name(name)
        case .arrayStart:
            guard depth < Self.maximumDepth else { return .null }
            return .array(parseArrayBody(depth: depth + 1))
        case .dictionaryStart:
            guard depth < Self.maximumDepth else { return .null }
            return .dictionary(parseDictionaryBody(depth: depth + 1))
        case .keyword("true"): return .bool(true)
        case .keyword("false"): return .bool(false)
        default: return .null
        }
    }

    /// `12 0 R` is one value; `12 0` followed by anything else is two numbers.
    private mutating func referenceOrInteger(_ value: Int) -> PDFObject {
        var lookahead = lexer
        guard case .integer(let generation) = lookahead.next(), case .keyword("R") = lookahead.next(),
              value >= 0, generation >= 0 else { return .integer(value) }
        lexer = lookahead
        return .reference(PDFReference(number: value, generation: generation))
    }

    mutating func parseArrayBody(depth: Int) -> [PDFObject] {
        var items: [PDFObject] = []
        while true {
            let before = lexer
            let token = lexer.next()
            switch token {
            case .arrayEnd, .end: return items
            case .dictionaryEnd: continue
            case .keyword(let word) where word != "true" && word != "false" && word != "null":
                // `endobj` or `stream` inside an array means the array was never closed.
                if Self.endsAnObject(word) { lexer = before; return items }
                continue
            default: items.append(object(startingWith: token, depth: depth))
            }
        }
    }

    mutating func parseDictionaryBody(depth: Int) -> PDFDictionary {
        var dictionary = PDFDictionary()
        while true {
            let before = lexer
            let token = lexer.next()
            switch token {
            case .dictionaryEnd, .end: return dictionary
            case .name(let key):
                var lookahead = lexer
                let valueToken = lookahead.next()
                // A key with no value before `>>` is dropped rather than taking the `>>`.
                if valueToken == .dictionaryEnd || valueToken == .end { lexer = lookahead; return dictionary }
                if case .keyword(let word) = valueToken, Self.endsAnObject(word) { return dictionary }
                lexer = lookahead
                let value = object(startingWith: valueToken, depth: depth)
                if value != .null { dictionary.entries[key] = value }
            case .keyword(let word) where Self.endsAnObject(word):
                lexer = before
                return dictionary
            default:
                continue
            }
        }
    }

    private static func endsAnObject(_ word: String) -> Bool {
        word == "endobj" || word == "stream" || word == "obj" || word == "endstream"
    }
}
