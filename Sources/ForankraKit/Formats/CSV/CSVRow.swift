/// One data row of a CSV file, with the place it came from so messages can point at it.
public struct CSVRow: Sendable, Equatable {
    /// Padded with "" to the width of the header; fields beyond the header are kept, except
    /// empty ones left by a trailing separator.
    public var fields: [String]
    /// The 1-based physical line the record starts on (a quoted line break makes a record span lines).
    public var line: Int
    /// The 1-based number among the data rows kept (header and blank rows not counted).
    public var number: Int

    public init(fields: [String], line: Int, number: Int) {
        self.fields = fields
        self.line = line
        self.number = number
    }

    /// The field at a column, or "" when the index is out of range.
    public subscript(column: Int) -> String {
        fields.indices.contains(column) ? fields[column] : ""
    }
}
