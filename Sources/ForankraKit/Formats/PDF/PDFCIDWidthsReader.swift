/// Reads a CID font's widths: `/DW`, and `/W` in its two forms, `c [w1 w2 …]` for widths of
/// CIDs from c on and `first last w` for one width over a range.
enum PDFCIDWidthsReader {
    private static let maximumEntries = 100_000

    static func read(_ font: PDFDictionary, document: PDFDocument) -> PDFCIDWidths {
        var result = PDFCIDWidths()
        if let width = document.resolve(font["DW"]).number, width > 0 { result.defaultWidth = width }
        let items = (document.resolve(font["W"]).array ?? []).map(document.resolve)
        var index = 0
        while index + 1 < items.count, result.widths.count < maximumEntries {
            guard let first = items[index].integer else { index += 1; continue }
            if let list = items[index + 1].array {
                for (offset, width) in list.enumerated() {
                    if let value = document.resolve(width).number { result.widths[first + offset] = value }
                }
                index += 2
            } else if index + 2 < items.count, let last = items[index + 1].integer, let width = items[index + 2].number {
                if last >= first { result.ranges.append((first, last, width)) }
                index += 3
            } else {
                index += 1
            }
        }
        return result
    }
}
