import Foundation

/// A CSV file as HR hands it over: one header row and the data rows below it.
///
/// Parsing stops here: which columns must exist and what their values mean is the business of
/// whoever reads the table (the roster import), so that it can report every problem at once.
public struct CSVTable: Sendable, Equatable {
    /// Column names, trimmed; empty names after the last real column (a trailing separator) are dropped.
    public var header: [String]
    /// Data rows in file order; rows whose fields are all blank (`;;;` from Excel) are skipped.
    public var rows: [CSVRow]
    /// `;` (Swedish Excel), `,` or tab.
    public var separator: Character
    public var encoding: TextDecoding.Encoding

    public init(header: [String], rows: [CSVRow], separator: Character, encoding: TextDecoding.Encoding) {
        self.header = header
        self.rows = rows
        self.separator = separator
        self.encoding = encoding
    }

    /// The index of a column by its name, compared without regard to case and surrounding spaces.
    public func columnIndex(named name: String) -> Int? {
        let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
        return header.firstIndex { $0.lowercased() == wanted }
    }
}
