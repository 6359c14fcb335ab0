/// The text of each code of a simple font (ISO 32000-1, 9.6.6): a base encoding (named, or the
/// font's own), changed code by code by `/Differences [code /name /name … code /name …]`.
enum PDFSimpleEncoding {
    static func texts(_ encoding: PDFObject, subtype: String?, baseFont: String, document: PDFDocument) -> [String?] {
        let resolved = document.resolve(encoding)
        var baseName = resolved.name
        var differences: [PDFObject] = []
        if let dictionary = resolved.dictionary {
            baseName = document.resolve(dictionary["BaseEncoding"]).name
            differences = document.resolve(dictionary["Differences"]).array ?? []
        }
        // Without a named encoding: TrueType fonts are nearly always made for Windows text,
        // Type 1 fonts carry Adobe's standard encoding.
        let fallback = subtype == "TrueType" || baseFont.isEmpty ? PDFEncodingTables.winAnsi : PDFEncodingTables.standard
        let table = baseName.flatMap(PDFEncodingTables.table(named:)) ?? fallback
        var texts: [String?] = table.map { scalar in
            scalar == 0 ? nil : Unicode.Scalar(scalar).map { String(Character($0)) }
        }
        var code = 0
        for item in differences {
            switch document.resolve(item) {
            case .integer(let start):
                code = start
            case .name(let name):
                if code >= 0, code < 256 { texts[code] = PDFGlyphName.text(name) }
                code += 1
            default:
                continue
            }
        }
        return texts
    }
}
