/// Which groups of a breakdown must not be shown, and why.
public struct SuppressionResult: Sendable, Equatable {
    /// Key → reason. Groups not listed may be shown.
    public var hidden: [String: SuppressionReason]

    public init(hidden: [String: SuppressionReason] = [:]) {
        self.hidden = hidden
    }

    public func isHidden(_ key: String) -> Bool {
        hidden[key] != nil
    }
}
