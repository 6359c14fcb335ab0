extension StringProtocol {
    /// Without leading and trailing spaces and tabs. Far cheaper than Foundation's trimming,
    /// which matters when every line of 25 000 records is trimmed.
    var trimmedOfSpaces: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}

extension String {
    /// Without leading and trailing whitespace and line ends; only the two ends are looked at,
    /// where Foundation's trimming bridges the whole text.
    var trimmedOfWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
