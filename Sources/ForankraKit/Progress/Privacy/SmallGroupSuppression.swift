/// Decides which groups of a breakdown are withheld so that no figure rests on fewer than
/// `minimum` respondents: small groups are hidden (`tooFew`), and where a shown total would let
/// a reader subtract the shown groups and recover a hidden one, more groups are hidden
/// (`complementary`), as statistics offices do. Pure and deterministic: the same groups give the
/// same answer whatever their order.
public enum SmallGroupSuppression {
    /// Hides the groups of a one-level breakdown.
    ///
    /// - Parameter totalShown: the overall figure is printed next to the groups. Then a single
    ///   hidden group equals total minus the shown ones, so further groups are hidden: the smallest
    ///   shown non-empty one first, ties broken by key, until two or more are hidden and together
    ///   hold at least `minimum` respondents.
    public static func suppress(_ groups: [SuppressionGroup], minimum: Int, totalShown: Bool) -> SuppressionResult {
        let groups = groups.map { SuppressionGroup(key: $0.key, count: max(0, $0.count)) }
        // A group with no respondents has no figure: nothing is printed for it, so there is
        // nothing to protect, and hiding it would protect nothing else either (everyone can see
        // it adds nothing to the total). A minimum of 1 or less therefore hides nothing at all.
        var hidden = Array(repeating: SuppressionReason?.none, count: groups.count)
        for (index, group) in groups.enumerated() where group.count > 0 && group.count < minimum {
            hidden[index] = .tooFew
        }
        if totalShown {
            addComplements(to: &hidden, groups: groups, minimum: minimum)
        }
        return result(hidden, groups: groups)
    }

    /// Whether the overall figure may be printed: only if it rests on at least `minimum`
    /// respondents (and on anyone at all). When every group is too small, or there is exactly one
    /// small group, the total would give that small figure away, so the caller must hide it too.
    public static func totalMayBeShown(_ groups: [SuppressionGroup], minimum: Int) -> Bool {
        let total = groups.reduce(0) { $0 + max(0, $1.count) }
        return total > 0 && total >= minimum
    }

    /// With the total shown, the hidden groups together are readable as total minus the shown
    /// ones. So keep hiding the smallest shown group until at least two are hidden AND the hidden
    /// ones together hold at least `minimum` respondents. The second condition goes one step past
    /// "two or more": hiding groups of 1 and 2 next to a shown 20 would still print the joint
    /// figure of 3 people. When the hidden groups already protect each other (2 + 3 with a
    /// minimum of 5) nothing more is hidden.
    private static func addComplements(to hidden: inout [SuppressionReason?], groups: [SuppressionGroup], minimum: Int) {
        // Smallest first, then by key (then input position, for duplicate keys) so the choice never
        // depends on the order the caller listed the groups in.
        let candidates = groups.indices
            .filter { groups[$0].count > 0 }
            .sorted { (groups[$0].count, groups[$0].key, $0) < (groups[$1].count, groups[$1].key, $1) }
        for index in candidates where hidden[index] == nil {
            let hiddenIndices = hidden.indices.filter { hidden[$0] != nil }
            let hiddenCount = hiddenIndices.reduce(0) { $0 + groups[$1].count }
            // Nothing hidden means nothing to protect; otherwise stop once protected.
            if hiddenIndices.isEmpty || (hiddenIndices.count >= 2 && hiddenCount >= minimum) { return }
            // Only non-empty groups are candidates: hiding an empty one hides no information.
            hidden[index] = .complementary
        }
        // Running out of candidates means every non-empty group is hidden and the total equals
        // their sum; if that is below the minimum, `totalMayBeShown` says so and the caller hides it.
    }

    /// Keyed result. Keys are meant to be unique; if one repeats, hiding is by key, so every group
    /// with that key is withheld (hiding more never reveals more), and `tooFew` wins as the reason.
    private static func result(_ hidden: [SuppressionReason?], groups: [SuppressionGroup]) -> SuppressionResult {
        var keyed: [String: SuppressionReason] = [:]
        for (index, reason) in hidden.enumerated() {
            guard let reason else { continue }
            if keyed[groups[index].key] != .tooFew {
                keyed[groups[index].key] = reason
            }
        }
        return SuppressionResult(hidden: keyed)
    }
}
