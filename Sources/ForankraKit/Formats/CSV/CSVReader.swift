import Foundation

/// Reads the CSV files HR exports from its HR system or saves from Excel: RFC 4180 plus what
/// those programs really write (`;` separators, a `sep=` first line, a BOM or Windows-1252,
/// CRLF, a trailing separator on every line, spaces around fields).
public enum CSVReader {
    public static func read(_ data: Data, path: String) throws -> CSVTable {
        guard !data.isEmpty else {
            throw ForankraError.data("the file is empty", path: path, hint: exportHint)
        }
        let decoded: TextDecoding.Decoded
        do {
            decoded = try TextDecoding.decode(data, path: path)
        } catch var error as ForankraError {
            error.hint = exportHint
            throw error
        }
        return try read(text: decoded.text, path: path, encoding: decoded.encoding)
    }

    /// Reads text already decoded; line ends may still be CRLF and a BOM character may lead.
    public static func read(text: String, path: String, encoding: TextDecoding.Encoding = .utf8) throws -> CSVTable {
        var bytes = Array(TextDecoding.normaliseLineEnds(text).utf8)
        var encoding = encoding
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            if encoding == .utf8 { encoding = .utf8WithBOM }
        }
        do {
            return try parse(bytes, encoding: encoding)
        } catch let error as ForankraError {
            throw error.inFile(path)
        }
    }

    private static let exportHint =
        "Export the list again as CSV; in Excel choose Save as and the type CSV UTF-8 (kommaavgränsad) (*.csv)."

    private static func parse(_ bytes: [UInt8], encoding: TextDecoding.Encoding) throws -> CSVTable {
        var start = (position: 0, line: 1)
        let separator: UInt8
        if let hint = try CSVSeparator.excelHint(in: bytes) {
            separator = hint.separator
            start = (hint.end, 2)
        } else {
            separator = CSVSeparator.detect(in: bytes, from: start.position, line: start.line)
        }
        var scanner = CSVRecordScanner(bytes: bytes, separator: separator, position: start.position, line: start.line)
        let header = try readHeader(from: &scanner, bytes: bytes)
        var rows: [CSVRow] = []
        while let record = try scanner.readRecord() {
            guard !record.isBlank else { continue }
            rows.append(CSVRow(fields: fitted(record.fields, to: header.count), line: record.line, number: rows.count + 1))
        }
        return CSVTable(
            header: header, rows: rows, separator: Character(Unicode.Scalar(separator)), encoding: encoding)
    }

    /// The first non-blank record, names trimmed, empty names after the last real one dropped.
    private static func readHeader(from scanner: inout CSVRecordScanner, bytes: [UInt8]) throws -> [String] {
        while let record = try scanner.readRecord() {
            guard !record.isBlank else { continue }
            let names = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            return Array(names.prefix(CSVSeparator.width(of: CSVRecord(fields: names, line: record.line))))
        }
        let isEmpty = bytes.allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == CSVRecordScanner.newline }
        throw ForankraError.data(
            isEmpty ? "the file is empty" : "the file has no header row (every line is blank)",
            hint: "The first line should name the columns, for example Anst.nr;Förnamn;Efternamn;E-post.")
    }

    /// Pads a short row with "" and drops the empty fields a trailing separator leaves beyond
    /// the header; fields beyond the header that hold text are kept for the caller to judge.
    static func fitted(_ fields: [String], to width: Int) -> [String] {
        var fields = fields
        while fields.count > width, fields.last?.isEmpty == true { fields.removeLast() }
        if fields.count < width { fields.append(contentsOf: repeatElement("", count: width - fields.count)) }
        return fields
    }
}
