/// Where each object of the file is (ISO 32000-1, 7.5.4 and 7.5.8): at a byte offset, or as
/// the n-th object of an object stream. Built from the newest section back through `/Prev`,
/// so an object changed by an incremental update is found at its newest place.
struct PDFCrossReference {
    enum Entry: Equatable {
        case inFile(offset: Int)
        case inObjectStream(number: Int, index: Int)
        case free
    }

    var entries: [Int: Entry] = [:]
    /// The newest trailer, with keys an older one has and it lacks (`/Root`, `/Info`).
    var trailer = PDFDictionary()

    /// Adds the entries of an older section where a newer one has not spoken.
    mutating func addOlder(_ section: [Int: Entry], trailer older: PDFDictionary) {
        entries.merge(section) { newer, _ in newer }
        trailer.entries.merge(older.entries) { newer, _ in newer }
    }
}

/// Reads the cross-reference sections of a file, starting at `startxref`.
enum PDFCrossReferenceReader {
    private static let startxref = [UInt8](ascii: "startxref")
    /// More sections than any real file has; a `/Prev` chain longer than this is a loop.
    private static let maximumSections = 256

    /// The sections as the file declares them, or nil when they cannot be read, so the caller
    /// rebuilds the table by scanning the file.
    static func read(_ document: PDFDocument) -> PDFCrossReference? {
        let bytes = document.bytes
        guard let keyword = PDFByteSearch.lastIndex(of: startxref, in: bytes) else { return nil }
        var lexer = PDFLexer(bytes, at: keyword + startxref.count)
        guard case .integer(let first) = lexer.next() else { return nil }
        var result = PDFCrossReference()
        var pending = [first]
        var visited: Set<Int> = []
        while let offset = pending.popLast(), visited.count < maximumSections {
            guard offset >= 0, offset < bytes.count, visited.insert(offset).inserted else { continue }
            guard let (section, trailer) = readSection(at: offset, document) else { return nil }
            result.addOlder(section, trailer: trailer)
            // Older sections are read after this one; a hybrid file's `/XRefStm` is read
            // before its `/Prev`, since it is part of the same revision.
            if let previous = trailer["Prev"].integer { pending.append(previous) }
            if let stream = trailer["XRefStm"].integer { pending.append(stream) }
        }
        return result
    }

    private static func readSection(at offset: Int, _ document: PDFDocument) -> ([Int: PDFCrossReference.Entry], PDFDictionary)? {
        var lexer = PDFLexer(document.bytes, at: offset)
        if case .keyword("xref") = lexer.next() {
            return readTable(&lexer)
        }
        return PDFCrossReferenceStream.read(at: offset, document)
    }

    /// A classic table: subsections `first count`, each entry `offset generation n|f`, then
    /// `trailer << … >>`. Read token by token, since writers get the fixed widths wrong.
    private static func readTable(_ lexer: inout PDFLexer) -> ([Int: PDFCrossReference.Entry], PDFDictionary)? {
        var entries: [Int: PDFCrossReference.Entry] = [:]
        while true {
            switch lexer.next() {
            case .keyword("trailer"):
                var parser = PDFParser(lexer: lexer)
                guard case .dictionary(let trailer) = parser.parseObject() else { return nil }
                return (entries, trailer)
            case .integer(let first):
                guard case .integer(let count) = lexer.next(), first >= 0, first < 10_000_000, count >= 0, count < 10_000_000 else { return nil }
                for number in first..<(first + count) {
                    guard case .integer(let offset) = lexer.next(), case .integer = lexer.next(),
                          case .keyword(let kind) = lexer.next() else { return nil }
                    entries[number] = kind == "n" && offset > 0 ? .inFile(offset: offset) : .free
                }
            default:
                return nil
            }
        }
    }
}
