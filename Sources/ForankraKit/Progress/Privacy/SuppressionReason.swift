/// Why a group's figure is withheld.
public enum SuppressionReason: Sendable, Equatable {
    /// Fewer respondents than the workspace's minimum group size.
    case tooFew
    /// Large enough on its own, but hidden so that a `tooFew` figure cannot be worked out by
    /// subtracting the shown groups from a shown total.
    case complementary
}
