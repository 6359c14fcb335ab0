/// Which character separates the fields: named by an Excel `sep=` first line, or else found
/// by trying each candidate on the first records.
enum CSVSeparator {
    /// In order of preference when two fit equally well: Swedish Excel writes `;`.
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\t")]

    /// How many records after the header are checked for a consistent field count.
    static let sampleSize = 20

    /// The separator named by a first line like `sep=;`, and where the text after it starts.
    /// Nil when the first line is not such a hint.
    static func excelHint(in bytes: [UInt8]) throws -> (separator: UInt8, end: Int)? {
        let lineEnd = bytes.firstIndex(of: CSVRecordScanner.newline) ?? bytes.count
        let line = bytes[..<lineEnd].filter { $0 != UInt8(ascii: " ") }
        guard line.count >= 5, String(decoding: line.prefix(4), as: UTF8.self).lowercased() == "sep=" else { return nil }
        let named = line[4]
        // Excel leaves `sep=;;;` behind when it saves a file it opened with the hint.
        guard line.dropFirst(5).allSatisfy({ $0 == named }) else { return nil }
        guard candidates.contains(named) else {
            throw ForankraError.data(
                "the first line `\(String(decoding: line, as: UTF8.self))` names a separator forankra does not read",
                line: 1, hint: "Use sep=; or sep=, or remove the line; forankra reads ; , or tab.")
        }
        return (named, min(lineEnd + 1, bytes.count))
    }

    /// The candidate that splits the header into most columns and the sample rows into the same
    /// number of fields as the header; quotes are honoured, so `"Kök; städ"` does not count.
    /// A file with one column gets `;`.
    static func detect(in bytes: [UInt8], from position: Int, line: Int) -> UInt8 {
        var best: (separator: UInt8, consistentRows: Int, width: Int)?
        for candidate in candidates {
            var scanner = CSVRecordScanner(bytes: bytes, separator: candidate, position: position, line: line)
            let sample = records(from: &scanner)
            guard let header = sample.first, width(of: header) > 1 else { continue }
            let consistent = sample.dropFirst().filter { $0.fields.count == header.fields.count }.count
            if let current = best, (current.consistentRows, current.width) >= (consistent, width(of: header)) { continue }
            best = (candidate, consistent, width(of: header))
        }
        return best?.separator ?? candidates[0]
    }

    /// The header and the first sample rows, blank records left out; stops quietly at a broken
    /// quote, which the real read reports with its line.
    private static func records(from scanner: inout CSVRecordScanner) -> [CSVRecord] {
        var sample: [CSVRecord] = []
        while sample.count <= sampleSize, let record = try? scanner.readRecord() {
            if !record.isBlank { sample.append(record) }
        }
        return sample
    }

    /// Fields up to the last non-empty one, so a trailing separator does not count as a column.
    static func width(of record: CSVRecord) -> Int {
        (record.fields.lastIndex { !$0.isEmpty } ?? -1) + 1
    }
}
