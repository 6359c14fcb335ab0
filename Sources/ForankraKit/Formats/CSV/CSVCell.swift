/// One cell of a report written for Excel. Numbers are typed so they are written as numbers
/// (with a decimal comma) and are never mistaken for text that needs neutralising.
public enum CSVCell: Sendable, Equatable {
    case text(String)
    case integer(Int)
    /// Written with a decimal comma and exactly `places` decimals: `.decimal(12.5, places: 1)` is `12,5`.
    case decimal(Double, places: Int)
    case empty
}
