/// Rebuilds the cross-reference table of a file whose own is missing or broken, as PDF
/// readers do: every `N G obj` in the file is an object (the last one of a number wins, as an
/// incremental update appends), objects in object streams are listed from the streams, and
/// the trailer is the last `trailer` dictionary, or a cross-reference stream's dictionary, or
/// failing both, a made-up one pointing at the catalog.
enum PDFRecovery {
    private static let obj = [UInt8](ascii: "obj")
    private static let trailerKeyword = [UInt8](ascii: "trailer")

    static func rebuild(_ document: PDFDocument) -> PDFCrossReference {
        let bytes = document.bytes
        var table = PDFCrossReference()
        for (number, offset) in objectHeaders(in: bytes) { table.entries[number] = .inFile(offset: offset) }
        table.trailer = trailerDictionaries(in: bytes)
        var catalog: Int?
        var compressed: [Int: PDFCrossReference.Entry] = [:]
        for (number, entry) in table.entries.sorted(by: { $0.key < $1.key }) {
            guard case .inFile(let offset) = entry,
                  let (_, object) = PDFIndirectObjectReader.read(bytes, at: offset, expecting: number, length: { $0.integer }),
                  let dictionary = object.dictionary else { continue }
            switch dictionary.type {
            case "Catalog": catalog = catalog ?? number
            case "XRef": table.trailer.entries.merge(dictionary.entries.filter { ["Root", "Info", "Encrypt", "ID"].contains($0.key) }) { old, _ in old }
            case "ObjStm":
                guard let stream = object.stream else { continue }
                for (index, member) in PDFObjectStreamContents(stream, document: document).members.enumerated() {
                    compressed[member.number] = .inObjectStream(number: number, index: index)
                }
            default: break
            }
        }
        table.entries.merge(compressed) { direct, _ in direct }
        if let catalog, !isCatalog(table.trailer["Root"], in: table, bytes) {
            table.trailer.entries["Root"] = .reference(PDFReference(number: catalog, generation: 0))
        }
        return table
    }

    private static func isCatalog(_ root: PDFObject, in table: PDFCrossReference, _ bytes: [UInt8]) -> Bool {
        guard case .reference(let reference) = root, case .inFile(let offset) = table.entries[reference.number] else { return false }
        return PDFIndirectObjectReader.read(bytes, at: offset, expecting: reference.number, length: { $0.integer })?.object.dictionary != nil
    }

    /// Object numbers and the offsets of their headers: `obj` with two whole numbers before it.
    static func objectHeaders(in bytes: [UInt8]) -> [(Int, Int)] {
        var result: [(Int, Int)] = []
        var searchFrom = 0
        while let found = PDFByteSearch.firstIndex(of: obj, in: bytes, from: searchFrom) {
            searchFrom = found + obj.count
            if searchFrom < bytes.count, PDFLexer.isRegular(bytes[searchFrom]) { continue }
            var index = found
            guard let generationStart = numberBefore(&index, in: bytes), let numberStart = numberBefore(&index, in: bytes) else { continue }
            if numberStart > 0, PDFLexer.isRegular(bytes[numberStart - 1]) { continue }
            var lexer = PDFLexer(bytes, at: numberStart)
            guard case .integer(let number) = lexer.next(), number >= 0, number < 10_000_000, generationStart > numberStart else { continue }
            result.append((number, numberStart))
        }
        return result
    }

    /// Steps back over white space and then digits that end at `index`; the start of the
    /// digits, or nil if there are none.
    private static func numberBefore(_ index: inout Int, in bytes: [UInt8]) -> Int? {
        var position = index
        guard position > 0, PDFLexer.isWhitespace(bytes[position - 1]) else { return nil }
        while position > 0, PDFLexer.isWhitespace(bytes[position - 1]) { position -= 1 }
        let end = position
        while position > 0, bytes[position - 1] >= UInt8(ascii: "0"), bytes[position - 1] <= UInt8(ascii: "9"), end - position < 10 {
            position -= 1
        }
        guard position < end else { return nil }
        index = position
        return position
    }

    /// The `trailer` dictionaries of the file, the newest winning where they differ.
    private static func trailerDictionaries(in bytes: [UInt8]) -> PDFDictionary {
        var trailer = PDFDictionary()
        var searchFrom = 0
        while let found = PDFByteSearch.firstIndex(of: trailerKeyword, in: bytes, from: searchFrom) {
            searchFrom = found + trailerKeyword.count
            var parser = PDFParser(bytes, at: searchFrom)
            if case .dictionary(let dictionary) = parser.parseObject() {
                trailer.entries.merge(dictionary.entries) { _, newer in newer }
            }
        }
        return trailer
    }
}
