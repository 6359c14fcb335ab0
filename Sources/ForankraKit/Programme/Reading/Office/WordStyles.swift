/// What `word/styles.xml` and `word/numbering.xml` say about paragraphs: which styles are
/// headings and at what level, the title and table-of-contents styles, the lists a style
/// carries, and whether a list level is numbered or bulleted.
struct WordStyles {
    private struct Style {
        var name = ""
        var basedOn: String?
        var outlineLevel: Int?
        var list: (numID: String, level: Int)?
    }

    private var styles: [String: Style] = [:]
    /// numbering id → abstract numbering id; abstract id → level → format ("bullet", "decimal").
    private var abstractOfNumbering: [String: String] = [:]
    private var formats: [String: [Int: String]] = [:]

    init(styles stylesXML: [UInt8]?, numbering numberingXML: [UInt8]?) throws(XMLScanner.Failure) {
        if let stylesXML { try readStyles(stylesXML) }
        if let numberingXML { try readNumbering(numberingXML) }
    }

    private mutating func readStyles(_ xml: [UInt8]) throws(XMLScanner.Failure) {
        var scanner = XMLScanner(xml)
        var current: (id: String, style: Style)?
        var listID: String?
        var listLevel: Int?
        while let event = try scanner.next() {
            switch event {
            case .start("w:style", let attributes, _):
                current = attributes["w:type"] == "paragraph" ? (attributes["w:styleId"] ?? "", Style()) : nil
            case .start("w:name", let attributes, _): current?.style.name = attributes["w:val"] ?? ""
            case .start("w:basedOn", let attributes, _): current?.style.basedOn = attributes["w:val"]
            case .start("w:outlineLvl", let attributes, _): current?.style.outlineLevel = attributes["w:val"].flatMap { Int($0) }
            case .start("w:numId", let attributes, _): listID = attributes["w:val"]
            case .start("w:ilvl", let attributes, _): listLevel = attributes["w:val"].flatMap { Int($0) }
            case .end("w:numPr"):
                if let listID { current?.style.list = (listID, listLevel ?? 0) }
                listID = nil
                listLevel = nil
            case .end("w:style"):
                if let current { styles[current.id] = current.style }
                current = nil
            default: break
            }
        }
    }

    private mutating func readNumbering(_ xml: [UInt8]) throws(XMLScanner.Failure) {
        var scanner = XMLScanner(xml)
        var abstract: String?
        var level = 0
        var numbering: String?
        while let event = try scanner.next() {
            switch event {
            case .start("w:abstractNum", let attributes, _): abstract = attributes["w:abstractNumId"]
            case .start("w:lvl", let attributes, _): level = attributes["w:ilvl"].flatMap { Int($0) } ?? 0
            case .start("w:numFmt", let attributes, _):
                if let abstract { formats[abstract, default: [:]][level] = attributes["w:val"] }
            case .end("w:abstractNum"): abstract = nil
            case .start("w:num", let attributes, _): numbering = attributes["w:numId"]
            case .start("w:abstractNumId", let attributes, _):
                if let numbering, let id = attributes["w:val"] { abstractOfNumbering[numbering] = id }
            default: break
            }
        }
    }

    /// The heading level (1 for Heading 1) of a paragraph style: its outline level, or the
    /// built-in heading names in English and Swedish ("heading 2", "Rubrik 2", id `Rubrik2`),
    /// or the style it is based on.
    func headingLevel(ofStyle id: String) -> Int? {
        var id = id
        for _ in 0..<10 {
            guard let style = styles[id] else { return Self.builtInLevel(id) }
            if let level = style.outlineLevel { return level < 9 ? level + 1 : nil }
            if let level = Self.builtInLevel(style.name) ?? Self.builtInLevel(id) { return level }
            guard let parent = style.basedOn else { return nil }
            id = parent
        }
        return nil
    }

    private static func builtInLevel(_ name: String) -> Int? {
        let lower = name.lowercased().replacingOccurrences(of: " ", with: "")
        for prefix in ["heading", "rubrik"] where lower.hasPrefix(prefix) {
            if let level = Int(lower.dropFirst(prefix.count)), (1...9).contains(level) { return level }
        }
        return nil
    }

    func isTitle(style id: String) -> Bool {
        let name = styles[id]?.name.lowercased() ?? ""
        return ["title", "rubrik"].contains(id.lowercased()) || name == "title"
    }

    /// Table-of-contents lines ("toc 1", Swedish id `Innehll1`) repeat the headings; they are left out.
    func isTableOfContents(style id: String) -> Bool {
        let name = (styles[id]?.name ?? id).lowercased()
        return name.hasPrefix("toc") || id.lowercased().hasPrefix("toc") || id.hasPrefix("Innehll") || name.hasPrefix("innehåll")
    }

    /// The list a style carries ("List Bullet"), when the paragraph does not say.
    func list(ofStyle id: String) -> (numID: String, level: Int)? {
        var id = id
        for _ in 0..<10 {
            guard let style = styles[id] else { return nil }
            if let list = style.list { return list }
            guard let parent = style.basedOn else { return nil }
            id = parent
        }
        return nil
    }

    func isOrdered(numID: String, level: Int) -> Bool {
        guard let abstract = abstractOfNumbering[numID], let format = formats[abstract]?[level] else { return false }
        return format != "bullet" && format != "none"
    }

    /// `w:numId` 0 switches a list off.
    func isList(numID: String) -> Bool { numID != "0" && !numID.isEmpty }
}
