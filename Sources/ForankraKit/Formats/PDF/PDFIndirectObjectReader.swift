/// Reads one `N G obj … endobj` at an offset (ISO 32000-1, 7.3.10 and 7.3.8). A stream's
/// bytes are found from its `/Length`, but only when `endstream` stands where the length says;
/// otherwise (a wrong length, or one in an object that is missing) from where `endstream` is.
enum PDFIndirectObjectReader {
    private static let endstream = [UInt8](ascii: "endstream")

    /// The object at `offset`, or nil when no object header is there or it is another
    /// object's (a cross-reference table that points wrongly).
    static func read(_ bytes: [UInt8], at offset: Int, expecting number: Int?,
                     length: (PDFObject) -> Int?) -> (reference: PDFReference, object: PDFObject)? {
        var lexer = PDFLexer(bytes, at: offset)
        guard case .integer(let found) = lexer.next(), case .integer(let generation) = lexer.next(),
              case .keyword("obj") = lexer.next() else { return nil }
        if let number, number != found { return nil }
        var parser = PDFParser(lexer: lexer)
        let object = parser.parseObject()
        lexer = parser.lexer
        let reference = PDFReference(number: found, generation: generation)
        guard case .dictionary(let dictionary) = object, case .keyword("stream") = lexer.peek() else {
            return (reference, object)
        }
        _ = lexer.next()
        let start = dataStart(bytes, after: lexer.position)
        let data = bytes[start..<dataEnd(bytes, from: start, declared: length(dictionary["Length"]))]
        return (reference, .stream(PDFStream(dictionary: dictionary, data: data)))
    }

    /// After `stream` comes CR LF or LF (a lone CR is tolerated), then the data.
    private static func dataStart(_ bytes: [UInt8], after position: Int) -> Int {
        var start = position
        if start < bytes.count, bytes[start] == 0x0D { start += 1 }
        if start < bytes.count, bytes[start] == 0x0A { start += 1 }
        return start
    }

    private static func dataEnd(_ bytes: [UInt8], from start: Int, declared: Int?) -> Int {
        if let declared, declared >= 0, declared <= bytes.count - start {
            var after = start + declared
            while after < bytes.count, PDFLexer.isWhitespace(bytes[after]) { after += 1 }
            if PDFByteSearch.matches(endstream, in: bytes, at: after) { return start + declared }
        }
        guard var end = PDFByteSearch.firstIndex(of: endstream, in: bytes, from: start) else {
            // No `endstream` at all: a file cut short in the middle of a stream.
            return bytes.count
        }
        // The line break before `endstream` belongs to the syntax, not the data.
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return end
    }
}
