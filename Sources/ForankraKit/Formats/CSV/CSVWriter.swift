import Foundation

/// Writes tables as Swedish Excel opens them with a double click.
public enum CSVWriter {
    /// As Swedish Excel opens it: `;` separated, UTF-8 with BOM, CRLF line ends, RFC 4180 quoting, no `sep=` line.
    /// Text cells starting with = + - @ tab or CR get a leading ' (formula injection: quoting alone does not protect).
    public static func excel(header: [String], rows: [[CSVCell]]) -> Data {
        var text = ""
        appendRecord(header.map(CSVCell.text), to: &text)
        for row in rows { appendRecord(row, to: &text) }
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    static let separator: Character = ";"

    private static func appendRecord(_ cells: [CSVCell], to text: inout String) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { text.append(separator) }
            text += field(cell)
        }
        text += "\r\n"
    }

    static func field(_ cell: CSVCell) -> String {
        switch cell {
        case .text(let value): return quotedIfNeeded(neutralised(value))
        case .integer(let value): return String(value)
        case .decimal(let value, let places): return decimalComma(value, places: places)
        case .empty: return ""
        }
    }

    /// Excel runs a cell starting with these as a formula (or, for tab and CR, after trimming),
    /// quoted or not; a leading apostrophe makes it text.
    static func neutralised(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }

    /// RFC 4180 quoting for separators, quotes and line breaks; leading or trailing spaces are
    /// quoted too, because readers (ours included) trim them outside quotes.
    static func quotedIfNeeded(_ value: String) -> String {
        let needsQuotes = value.unicodeScalars.contains { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// `12,5`, never `12.5`, whatever the machine's locale; no thousands separator; no `-0,0`.
    /// A value that is not finite has no meaning in a report and is written as an empty cell.
    static func decimalComma(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return "" }
        var text = String(format: "%.\(max(0, min(places, 15)))f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) { text.removeFirst() }
        return text.replacingOccurrences(of: ".", with: ",")
    }
}
