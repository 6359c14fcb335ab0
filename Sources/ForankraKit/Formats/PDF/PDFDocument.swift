/// A PDF file opened for reading: its bytes, where its objects are, and the objects read so
/// far. Objects are read when first asked for. A reference that leads back to an object still
/// being read, a chain of references longer than `maximumReferenceChain`, or an object that
/// is not there all give null, so a damaged or hostile file can neither hang nor crash.
final class PDFDocument {
    let bytes: [UInt8]
    let budget: PDFDecodeBudget
    private(set) var crossReference = PDFCrossReference()
    /// Set when the file's own table could not be used and objects were found by scanning.
    private(set) var wasRebuilt = false

    private var cache: [Int: PDFObject] = [:]
    private var beingRead: Set<Int> = []
    private var objectStreams: [Int: PDFObjectStreamContents] = [:]
    private var rebuiltTable: PDFCrossReference?
    /// Off while the file's own table is being read: an object missing then is not yet a
    /// sign that the table is wrong.
    private var mayRebuild = false

    static let maximumReferenceChain = 32

    init(_ bytes: [UInt8], budget: PDFDecodeBudget = PDFDecodeBudget()) {
        self.bytes = bytes
        self.budget = budget
        if let table = PDFCrossReferenceReader.read(self), isUsable(table) {
            crossReference = table
        } else {
            crossReference = rebuilt()
            wasRebuilt = true
            cache.removeAll()
        }
        mayRebuild = true
    }

    var trailer: PDFDictionary { crossReference.trailer }

    /// The value itself, or the object a reference points to, followed through a short chain.
    func resolve(_ object: PDFObject) -> PDFObject {
        var current = object
        var hops = 0
        while case .reference(let reference) = current {
            hops += 1
            guard hops <= Self.maximumReferenceChain else { return .null }
            current = self.object(reference.number)
        }
        return current
    }

    func resolveDictionary(_ object: PDFObject) -> PDFDictionary? { resolve(object).dictionary }

    /// Object `number` as the table places it; when the table points wrongly, as a scan of the
    /// file finds it.
    func object(_ number: Int) -> PDFObject {
        if let cached = cache[number] { return cached }
        guard beingRead.insert(number).inserted else { return .null }
        defer { beingRead.remove(number) }
        var found = load(number, from: crossReference)
        if found == nil, mayRebuild, !wasRebuilt {
            if rebuiltTable == nil {
                // Reading the streams during the scan must not start another scan.
                mayRebuild = false
                rebuiltTable = rebuilt()
                mayRebuild = true
            }
            if let table = rebuiltTable { found = load(number, from: table) }
        }
        let object = found ?? .null
        cache[number] = object
        return object
    }

    private func load(_ number: Int, from table: PDFCrossReference) -> PDFObject? {
        switch table.entries[number] {
        case .inFile(let offset):
            return PDFIndirectObjectReader.read(bytes, at: offset, expecting: number) { self.resolve($0).integer }?.object
        case .inObjectStream(let container, let index):
            guard container != number else { return nil }
            return objectStream(container)?.object(number, index: index)
        case .free, nil:
            return nil
        }
    }

    private func objectStream(_ number: Int) -> PDFObjectStreamContents? {
        if let known = objectStreams[number] { return known }
        guard let stream = object(number).stream else { return nil }
        let contents = PDFObjectStreamContents(stream, document: self)
        objectStreams[number] = contents
        return contents
    }

    /// A table is usable when the catalog it leads to is a dictionary; objects it places
    /// wrongly are looked for by a scan later, one by one.
    private func isUsable(_ table: PDFCrossReference) -> Bool {
        crossReference = table
        defer { cache.removeAll() }
        guard case .reference(let root) = table.trailer["Root"] else { return false }
        return object(root.number).dictionary != nil
    }

    private func rebuilt() -> PDFCrossReference {
        PDFRecovery.rebuild(self)
    }
}
