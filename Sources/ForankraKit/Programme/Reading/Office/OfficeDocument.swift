/// A programme saved by a word processor: a Word file (.docx) or an OpenDocument text (.odt),
/// both ZIP archives of XML. Which one it is comes from the archive's contents, not the name.
enum OfficeDocument {
    enum Format: String {
        case word = "docx"
        case openDocument = "odt"
    }

    /// A ZIP archive starts with a local file header.
    static func isArchive(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
    }

    static func read(_ bytes: [UInt8], path: String) throws(ForankraError) -> (format: Format, document: DocumentParagraph.Document) {
        let archive = try ZipArchive(bytes, path: path)
        if let body = try archive.contents(of: "word/document.xml") {
            let stylesXML = try archive.contents(of: "word/styles.xml")
            let numberingXML = try archive.contents(of: "word/numbering.xml")
            let properties = try archive.contents(of: "docProps/core.xml")
            let styles = try parse(path, "word/styles.xml") { () throws(XMLScanner.Failure) in try WordStyles(styles: stylesXML, numbering: numberingXML) }
            let (paragraphs, pages) = try parse(path, "word/document.xml") { () throws(XMLScanner.Failure) in
                try WordDocumentReader(styles: styles).paragraphs(body)
            }
            let title = try parse(path, "docProps/core.xml") { () throws(XMLScanner.Failure) in try Self.title(in: properties, element: "dc:title") }
            return (.word, DocumentParagraph.Document(paragraphs: paragraphs, title: title, pageCount: pages))
        }
        if let content = try archive.contents(of: "content.xml") {
            let stylesXML = try archive.contents(of: "styles.xml")
            let properties = try archive.contents(of: "meta.xml")
            let (paragraphs, pages) = try parse(path, "content.xml") { () throws(XMLScanner.Failure) in
                try OpenDocumentReader().paragraphs(content, styles: stylesXML)
            }
            let title = try parse(path, "meta.xml") { () throws(XMLScanner.Failure) in try Self.title(in: properties, element: "dc:title") }
            return (.openDocument, DocumentParagraph.Document(paragraphs: paragraphs, title: title, pageCount: pages))
        }
        throw .data("the file is a ZIP archive but not a Word or OpenDocument text", path: path,
                    hint: "Give the programme as .docx, .odt, .pdf, .md or .txt.")
    }

    /// Runs one XML step, naming the part and line of the archive when the XML is broken.
    private static func parse<T>(_ path: String, _ part: String, _ body: () throws(XMLScanner.Failure) -> T) throws(ForankraError) -> T {
        do {
            return try body()
        } catch {
            throw .data("the document's \(part) is damaged at line \(error.line)", path: path,
                        hint: "Open the document in the word processor and save it again.")
        }
    }

    /// The document title from the file's properties, when it has one.
    private static func title(in xml: [UInt8]?, element: String) throws(XMLScanner.Failure) -> String? {
        guard let xml else { return nil }
        var scanner = XMLScanner(xml)
        var inside = false
        var text = ""
        while let event = try scanner.next() {
            switch event {
            case .start(element, _, let isEmpty): inside = !isEmpty
            case .text(let piece) where inside: text += piece
            case .end(element): inside = false
            default: break
            }
        }
        let title = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return title.isEmpty ? nil : title
    }
}
