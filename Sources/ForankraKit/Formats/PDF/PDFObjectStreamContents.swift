/// An object stream (ISO 32000-1, 7.5.7): `/N` pairs of object number and offset, then the
/// objects themselves from `/First` on. Decoded once and kept, since a page's objects often
/// all live in one.
struct PDFObjectStreamContents {
    private let data: [UInt8]
    private let first: Int
    /// Object number and offset from `first`, in the stream's order.
    private(set) var members: [(number: Int, offset: Int)] = []

    init(_ stream: PDFStream, document: PDFDocument) {
        data = PDFStreamDecoder.decode(stream, document: document).bytes
        first = max(0, stream.dictionary["First"].integer ?? 0)
        let count = min(max(0, stream.dictionary["N"].integer ?? 0), data.count / 2 + 1)
        var lexer = PDFLexer(data)
        for _ in 0..<count {
            guard case .integer(let number) = lexer.next(), case .integer(let offset) = lexer.next() else { break }
            members.append((number, offset))
        }
    }

    /// The object at `index` when it is `number`; otherwise wherever `number` is listed, for
    /// a table whose indexes are off.
    func object(_ number: Int, index: Int) -> PDFObject? {
        if index >= 0, index < members.count, members[index].number == number { return object(at: members[index].offset) }
        guard let member = members.first(where: { $0.number == number }) else { return nil }
        return object(at: member.offset)
    }

    private func object(at offset: Int) -> PDFObject? {
        guard offset >= 0, first + offset < data.count else { return nil }
        var parser = PDFParser(data, at: first + offset)
        return parser.parseObject()
    }
}
