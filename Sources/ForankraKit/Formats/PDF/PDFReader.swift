import Foundation

/// Reads the text of a PDF file with its layout: every line in reading order, with its page,
/// size and boldness, so the programme reader can tell headings from body text. A file that
/// gives no text is refused with a message that says why (not a PDF, damaged, protected,
/// scanned) and what to do instead.
enum PDFReader {
    /// Every text line of the document in reading order, and the page count.
    static func lines(_ bytes: [UInt8], path: String) throws(ForankraError) -> (lines: [PDFTextLine], pageCount: Int, title: String?) {
        do {
            return try read(bytes)
        } catch {
            throw ForankraError.data(error.message, path: path, hint: error.hint)
        }
    }

    static func read(_ bytes: [UInt8], budget: PDFDecodeBudget = PDFDecodeBudget()) throws(PDFFailure) -> (lines: [PDFTextLine], pageCount: Int, title: String?) {
        guard hasHeader(bytes) else { throw .notAPDF }
        let document = PDFDocument(bytes, budget: budget)
        // Protected files are refused before anything is read: their strings and streams are
        // encrypted, and reading them would give nonsense, not text.
        guard document.trailer["Encrypt"] == .null else { throw .encrypted }
        let pages = try PDFPageTree.pages(of: document)
        guard !pages.isEmpty else { throw .damaged }
        var interpreter = PDFContentInterpreter(document: document, fonts: PDFFontCache())
        var lines: [PDFTextLine] = []
        var damagedStreams = 0
        for (index, page) in pages.enumerated() {
            interpreter.run(page)
            guard !budget.isExhausted else { throw .tooLarge(megabytes: budget.limit / 1_048_576) }
            damagedStreams += interpreter.damagedStreams
            let height = page.viewSize.height
            for line in PDFHyphenation.join(PDFPageLayout.lines(of: interpreter.glyphs)) {
                lines.append(PDFTextLine(text: line.text, page: index + 1, fontSize: line.fontSize, isBold: line.isBold,
                                         isItalic: line.isItalic, family: line.family,
                                         x: (line.x * 10).rounded() / 10, top: ((height - line.baseline - line.fontSize) * 10).rounded() / 10))
            }
        }
        guard !lines.isEmpty else { throw damagedStreams > 0 ? .damaged : .noText }
        return (lines, pages.count, title(of: document))
    }

    /// `%PDF-` in the first kilobyte: the standard wants it first, but readers accept a few
    /// bytes of junk before it, as some mail and web systems add.
    private static func hasHeader(_ bytes: [UInt8]) -> Bool {
        PDFByteSearch.firstIndex(of: [UInt8](ascii: "%PDF-"), in: bytes, before: 1_024) != nil
    }

    private static func title(of document: PDFDocument) -> String? {
        guard let info = document.resolveDictionary(document.trailer["Info"]),
              let bytes = document.resolve(info["Title"]).string else { return nil }
        let title = PDFTextString.decode(bytes).trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
        return title.isEmpty ? nil : title
    }
}
