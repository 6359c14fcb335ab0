/// One group in a breakdown (a department, a workshop, a section) and how many people answered
/// in it. The key names the group in the result; keys are expected to be unique.
public struct SuppressionGroup: Sendable, Equatable {
    public var key: String
    /// Respondents behind the group's figure. Negative numbers are a programmer error and are
    /// read as 0, so a bad count can never crash a report or unhide a group.
    public var count: Int

    public init(key: String, count: Int) {
        self.key = key
        self.count = count
    }
}
