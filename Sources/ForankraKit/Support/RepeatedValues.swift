/// One copy of each value that many records repeat: a manager's id and unit, a list of
/// sections. 100 000 APTs of 10 000 managers then hold 10 000 units, not 100 000 copies.
struct RepeatedValues {
    private var strings: Set<String> = []
    private var lists: Set<[String]> = []

    /// The copy already held of `value`, or `value`, now held.
    mutating func shared(_ value: String) -> String {
        // Up to 15 bytes a String holds its text itself, so there is no copy to save.
        guard value.utf8.count > 15 else { return value }
        return strings.insert(value).memberAfterInsert
    }

    mutating func shared(_ list: [String]) -> [String] {
        guard !list.isEmpty else { return list }
        return lists.insert(list).memberAfterInsert
    }
}
