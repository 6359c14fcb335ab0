import Foundation

/// Reads a programme file in any of the shapes HR has it in and returns what forankra
/// understood, with warnings about anything it had to guess or leave out.
public enum ProgrammeReader {
    /// A section longer than this many words makes a poor single APT; the outline says so.
    static let longSectionWords = 1_500

    public static func read(path: String) throws -> Programme {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                throw ForankraError(.noInput, "this is a folder, not a programme file", path: path)
            }
            throw ForankraError(.noInput, "no such file", path: path, hint: "Check the path to the programme file (.docx, .odt, .pdf, .md or .txt).")
        }
        let bytes = [UInt8](data)
        // Word encrypts a .docx into the compound file form that old .doc files also have.
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw ForankraError.data("the file is a Word file protected with a password, or a Word file in the old .doc form", path: path,
                                     hint: "Open it in Word and save it as a .docx without a password, then give forankra that copy.")
        }
        if OfficeDocument.isArchive(bytes) { return try read(officeFile: bytes, path: path) }
        if bytes.starts(with: Array("%PDF-".utf8)) || path.lowercased().hasSuffix(".pdf") { return try read(pdf: bytes, path: path) }
        let decoded = try TextDecoding.decode(data, path: path)
        return read(text: decoded.text, path: path, encoding: decoded.encoding)
    }

    /// A Word or OpenDocument file: its paragraphs, marked by its styles, go through the same
    /// stages as a web page's.
    static func read(officeFile bytes: [UInt8], path: String) throws(ForankraError) -> Programme {
        let (format, document) = try OfficeDocument.read(bytes, path: path)
        var parsed = PlainTextReader.read(SourceCleaning.clean(DocumentParagraph.lines(document.paragraphs), pageCount: document.pageCount))
        if parsed.title == nil { parsed.title = document.title }
        let layout = Programme.Layout(headingSource: .styles, headingLevels: document.headingLevels,
                                      listItems: document.listItems, tableRows: document.tableRows)
        return assemble(parsed, path: path, encoding: .utf8, shape: format == .word ? .word : .openDocument, layout: layout)
    }

    /// A PDF: its lines, with headings from font size and weight, go through the same stages as
    /// text extracted from a PDF, so running headers and page numbers are taken out there.
    static func read(pdf bytes: [UInt8], path: String) throws(ForankraError) -> Programme {
        let document = try PDFReader.lines(bytes, path: path)
        let (lines, headingLevels) = PDFProgrammeLines.lines(document.lines)
        let cleaned = SourceCleaning.clean(lines, pageCount: document.pageCount)
        var parsed = PlainTextReader.read(cleaned)
        if parsed.title == nil { parsed.title = document.title }
        let layout = Programme.Layout(headingSource: .fontSizes, headingLevels: headingLevels, listItems: 0, tableRows: 0,
                                      pageFurniture: cleaned.notes.notes.first { $0.kind == .pageFurniture }?.count ?? 0)
        return assemble(parsed, path: path, encoding: .utf8, shape: .pdf, layout: layout)
    }

    public static func read(text: String, path: String, encoding: TextDecoding.Encoding = .utf8) -> Programme {
        let shape = detectShape(text, path: path)
        let parsed: PlainTextReader.Result
        switch shape {
        case .markdown: parsed = MarkdownProgrammeReader.read(text)
        case .html: parsed = readWebPage(text)
        case .plainText, .word, .openDocument, .pdf: parsed = PlainTextReader.read(text)
        }
        return assemble(parsed, path: path, encoding: encoding, shape: shape, layout: nil)
    }

    /// The sections, warnings and source of a programme, whatever shape it was read from.
    static func assemble(_ parsed: PlainTextReader.Result, path: String, encoding: TextDecoding.Encoding, shape: Programme.Shape,
                         layout: Programme.Layout?) -> Programme {
        var warnings: [ProgrammeWarning] = []
        var raw = parsed.sections
        let title = parsed.title ?? fallbackTitle(path)
        if raw.isEmpty {
            // No headings at all: one section holding everything, so sheets can still be made.
            raw = [RawSection(number: nil, title: title, line: parsed.firstPreambleLine ?? 1, blocks: parsed.preamble)]
            warnings.append(ProgrammeWarning(kind: .noSections, line: nil, sectionID: nil, count: 0))
        } else if let line = parsed.firstPreambleLine {
            // Text before the first heading is the document's introduction: a section of its
            // own under the document's title, never dropped.
            raw.insert(RawSection(number: nil, title: title, line: line, isIntroduction: true, blocks: parsed.preamble), at: 0)
        }
        let sections = SectionTree.build(raw)
        if raw.first?.isIntroduction == true, let introduction = sections.first {
            warnings.append(ProgrammeWarning(kind: .textBeforeFirstHeading, line: introduction.line, sectionID: introduction.id, count: parsed.preamble.count))
        }
        if !parsed.metadata.isEmpty {
            warnings.append(ProgrammeWarning(kind: .metadataFound, line: parsed.metadata.first?.line, sectionID: nil, count: parsed.metadata.count))
        }
        for note in parsed.notes {
            warnings.append(ProgrammeWarning(kind: .removed, line: note.line, sectionID: nil, count: note.count, removal: note.kind, example: note.example))
        }
        warnings += sectionWarnings(sections)
        return Programme(
            title: title,
            metadata: parsed.metadata,
            sections: sections,
            preamble: [],
            warnings: warnings,
            readingNotes: parsed.notes,
            source: .init(path: path, encoding: encoding, shape: shape, pageCount: parsed.pageCount > 1 ? parsed.pageCount : nil, layout: layout))
    }

    /// A saved web page: its markup read into marked lines, then the same stages as any text.
    /// The page's `<title>` names the page; it stands in only when the text has no title.
    static func readWebPage(_ html: String) -> PlainTextReader.Result {
        let page = HTMLTextReader.read(html)
        var notes = ReadingNotes()
        if page.skippedElements > 0 {
            notes.add(.webChrome, "<nav>, <header>, <footer> …", line: 1)
            notes.setCount(of: .webChrome, to: page.skippedElements)
        }
        var result = PlainTextReader.read(SourceCleaning.clean(page.lines, pageCount: 1, notes: notes))
        if result.title == nil, let pageTitle = page.pageTitle {
            // "Personalpolicy - Sollentuna kommun": the site's name after the dash is not the document's.
            result.title = pageTitle.components(separatedBy: " - ").first?.components(separatedBy: " | ").first ?? pageTitle
        }
        return result
    }

    static func detectShape(_ text: String, path: String) -> Programme.Shape {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".html") || lower.hasSuffix(".htm") || looksLikeWebPage(text) { return .html }
        if lower.hasSuffix(".txt") { return .plainText }
        let atxHeadings = text.split(separator: "\n").prefix(2_000).filter { line in
            let hashes = line.prefix(while: { $0 == "#" }).count
            return (1...4).contains(hashes) && line.dropFirst(hashes).first == " "
        }
        return atxHeadings.count >= 2 ? .markdown : .plainText
    }

    /// A page saved from a browser opens with a doctype or an `<html>` element.
    static func looksLikeWebPage(_ text: String) -> Bool {
        let opening = text.prefix(512).drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" }).lowercased()
        return opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html")
    }

    private static func sectionWarnings(_ sections: [ProgrammeSection]) -> [ProgrammeWarning] {
        var warnings: [ProgrammeWarning] = []
        for (index, section) in sections.enumerated() {
            let hasChildren = sections.indices.contains(index + 1) && sections[index + 1].level > section.level
            if section.blocks.isEmpty && !hasChildren {
                warnings.append(ProgrammeWarning(kind: .emptySection, line: section.line, sectionID: section.id, count: 0))
            }
            let words = section.blocks.reduce(0) { $0 + spaceSeparatedWords(in: $1.text) }
            if words > longSectionWords {
                warnings.append(ProgrammeWarning(kind: .longSection, line: section.line, sectionID: section.id, count: words))
            }
        }
        return warnings
    }

    /// How many pieces `split(separator: " ")` cuts the text into, counted scalar by scalar
    /// unless a mark clings to a space (then the Character split answers): every paragraph of
    /// a programme is counted.
    static func spaceSeparatedWords(in text: String) -> Int {
        var words = 0
        var inWord = false
        var previous: Unicode.Scalar = "\n"
        for scalar in text.unicodeScalars {
            if (scalar == " " && previous.mayClingToNext) || (previous == " " && scalar.mayClingToPrevious) {
                return text.split(separator: " ").count
            }
            if scalar == " " {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
            previous = scalar
        }
        return words
    }

    static func fallbackTitle(_ path: String) -> String {
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let words = stem.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }
}
