/// Runs a page's content streams (ISO 32000-1, 8–9) far enough to know where each glyph of
/// text is drawn: the graphics state (`q`, `Q`, `cm`), the text operators, and Form XObjects
/// (`Do`) with their own resources. Paths, colours and images are passed over. Operands are
/// parsed with the object parser; an operator with the wrong operands is skipped.
struct PDFContentInterpreter {
    let document: PDFDocument
    var fonts: PDFFontCache
    private(set) var glyphs: [PDFGlyph] = []
    /// Content that could not be read (missing, or a damaged stream), to tell a damaged file
    /// from one that has no text.
    private(set) var damagedStreams = 0

    var state = PDFGraphicsState()
    private var savedStates: [PDFGraphicsState] = []
    var textMatrix = PDFMatrix.identity
    var lineMatrix = PDFMatrix.identity
    var resources = PDFDictionary()
    private var formsBeingRun: Set<Int> = []
    /// Text outside this box (as shown) is not on the page: it is cropped away or parked off.
    var visibleBox = PDFRectangle.letter

    static let maximumFormDepth = 12
    static let maximumSavedStates = 512

    init(document: PDFDocument, fonts: PDFFontCache) {
        self.document = document
        self.fonts = fonts
    }

    /// The glyphs of one page, in the order its content draws them.
    mutating func run(_ page: PDFPage) {
        glyphs.removeAll(keepingCapacity: true)
        damagedStreams = 0
        state = PDFGraphicsState()
        state.matrix = page.viewMatrix
        savedStates.removeAll()
        resources = page.resources
        let size = page.viewSize
        visibleBox = PDFRectangle(lowerX: 0, lowerY: 0, upperX: size.width, upperY: size.height)
        run(contentOf: page.dictionary["Contents"])
    }

    private mutating func run(contentOf contents: PDFObject) {
        var parts: [PDFObject] = []
        switch document.resolve(contents) {
        case .stream(let stream): parts = [.stream(stream)]
        case .array(let items): parts = items.map(document.resolve)
        case .null: return
        default: damagedStreams += 1; return
        }
        var bytes: [UInt8] = []
        for part in parts {
            guard let stream = part.stream else { damagedStreams += 1; continue }
            let decoded = PDFStreamDecoder.decode(stream, document: document)
            if decoded.isDamaged { damagedStreams += 1 }
            // Streams of one page are read as one; a line break keeps their tokens apart.
            bytes += decoded.bytes
            bytes.append(0x0A)
        }
        interpret(bytes, depth: 0)
    }

    private mutating func interpret(_ bytes: [UInt8], depth: Int) {
        var parser = PDFParser(bytes)
        var operands: [PDFObject] = []
        while true {
            let token = parser.lexer.next()
            switch token {
            case .end:
                return
            case .keyword(let word):
                if word == "BI" {
                    parser.lexer.skipInlineImage()
                } else if word != "true", word != "false", word != "null" {
                    perform(word, operands, depth: depth)
                } else {
                    operands.append(word == "null" ? .null : .bool(word == "true"))
                    continue
                }
                operands.removeAll(keepingCapacity: true)
            default:
                // A well-formed operator takes at most a handful of operands.
                if operands.count < 64 { operands.append(parser.object(startingWith: token, depth: 0)) }
            }
        }
    }

    private mutating func perform(_ word: String, _ operands: [PDFObject], depth: Int) {
        switch word {
        case "q":
            if savedStates.count < Self.maximumSavedStates { savedStates.append(state) }
        case "Q":
            if let saved = savedStates.popLast() { state = saved }
        case "cm":
            if let matrix = Self.matrix(operands) { state.matrix = matrix.then(state.matrix) }
        case "Do":
            if let name = operands.last?.name { runForm(named: name, depth: depth) }
        default:
            performText(word, operands)
        }
    }

    static func matrix(_ operands: [PDFObject]) -> PDFMatrix? {
        guard operands.count >= 6 else { return nil }
        return PDFMatrix(operands.suffix(6).compactMap(\.number))
    }

    /// A Form XObject drawn with `Do`: its content under its own matrix and resources, in a
    /// saved state. A form that draws itself, directly or through others, is drawn once.
    private mutating func runForm(named name: String, depth: Int) {
        guard depth < Self.maximumFormDepth,
              case .reference(let reference)? = document.resolveDictionary(resources["XObject"])?.entries[name],
              !formsBeingRun.contains(reference.number),
              let stream = document.object(reference.number).stream,
              document.resolve(stream.dictionary["Subtype"]).name == "Form" else { return }
        let decoded = PDFStreamDecoder.decode(stream, document: document)
        if decoded.isDamaged { damagedStreams += 1 }
        let savedState = state, savedResources = resources, savedText = (textMatrix, lineMatrix), savedDepth = savedStates.count
        formsBeingRun.insert(reference.number)
        if let matrix = document.resolve(stream.dictionary["Matrix"]).array.flatMap({ PDFMatrix($0.compactMap { document.resolve($0).number }) }) {
            state.matrix = matrix.then(state.matrix)
        }
        if let own = document.resolveDictionary(stream.dictionary["Resources"]) { resources = own }
        interpret(decoded.bytes, depth: depth + 1)
        formsBeingRun.remove(reference.number)
        state = savedState
        resources = savedResources
        (textMatrix, lineMatrix) = savedText
        savedStates.removeSubrange(min(savedDepth, savedStates.count)...)
    }

    mutating func emit(_ glyph: PDFGlyph) {
        glyphs.append(glyph)
    }
}
