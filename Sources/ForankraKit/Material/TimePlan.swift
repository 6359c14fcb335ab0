/// The four parts of an APT on one section, scaled from the 30-minute model (5 min
/// introduction, 15 talking in small groups, 7 sharing, 3 agreeing the next step).
public struct TimePlan: Equatable, Sendable {
    public var introduction: Int
    public var conversation: Int
    public var sharing: Int
    public var nextStep: Int

    public static let allowedMinutes = 10...120

    public var total: Int { introduction + conversation + sharing + nextStep }

    /// Whole minutes that add up exactly to `minutes`; the conversation takes what rounding
    /// leaves over, since it is the part that matters most.
    public static func fitted(to minutes: Int) -> TimePlan {
        func share(_ part: Int) -> Int { max(1, Int((Double(minutes * part) / 30).rounded())) }
        let introduction = share(5)
        let sharing = share(7)
        let nextStep = share(3)
        return TimePlan(
            introduction: introduction, conversation: minutes - introduction - sharing - nextStep,
            sharing: sharing, nextStep: nextStep)
    }
}
