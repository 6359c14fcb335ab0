import Foundation

/// How much of the rollout should be done on a given day: a straight line from 0 % on
/// `rollout_start` to 100 % on `rollout_target`, or from point to point through the milestones
/// HR set in `forankra.md` (`rollout_milestones: 2026-03-31 25 %, 2026-06-30 60 %`).
public struct RolloutPlan: Sendable, Equatable {
    public struct Milestone: Sendable, Equatable {
        public var date: CalendarDate
        /// From 0 to 1.
        public var share: Double
    }

    /// In date order, starting with 0 on rollout_start.
    public private(set) var points: [Milestone]
    /// The milestones HR set that fall after the start (the report names them).
    public private(set) var milestones: [Milestone]
    public let start: CalendarDate
    /// When the rollout is to be done, if the settings say.
    public let target: CalendarDate?

    /// Nil without a start, or with nothing after it to aim for.
    init?(start: CalendarDate?, target: CalendarDate?, milestones: [Milestone]) {
        guard let start else { return nil }
        let used = milestones.sorted { $0.date < $1.date }.filter { $0.date > start }
        var points = [Milestone(date: start, share: 0)] + used
        if let target, let last = points.last, target > last.date { points.append(Milestone(date: target, share: 1)) }
        guard points.count > 1 else { return nil }
        self.points = points
        self.milestones = used
        self.start = start
        self.target = target
    }

    /// The planned share on `day`: 0 before the start, the last point's share after the end.
    public func share(on day: CalendarDate) -> Double {
        guard let first = points.first, day > first.date else { return points.first?.share ?? 0 }
        for (from, to) in zip(points, points.dropFirst()) where day <= to.date {
            let elapsed = Double(day.dayNumber - from.date.dayNumber) / Double(to.date.dayNumber - from.date.dayNumber)
            return from.share + (to.share - from.share) * elapsed
        }
        return points.last?.share ?? 0
    }
}

extension RolloutPlan {
    /// Reads `2026-03-31 25 %, 2026-06-30 60 %`: each milestone is a date followed by the share
    /// of the rollout due by then, in per cent ("12,5 %" and "12.5" both read). Returns the
    /// milestones that could be read and a message for each that could not.
    static func milestones(from text: String) -> (milestones: [Milestone], problems: [String]) {
        // Cut at each date, so "40 %,2026-09-30" reads as well as "40 %, 2026-09-30".
        let characters = Array(text)
        var items: [(date: CalendarDate, share: String)] = []
        var problems: [String] = []
        var before = ""
        var index = 0
        while index < characters.count {
            let startsDate = index == 0 || " \t,;".contains(characters[index - 1])
            if startsDate, index + 10 <= characters.count, let date = CalendarDate(iso: String(characters[index..<index + 10])) {
                items.append((date, ""))
                index += 10
                continue
            }
            if items.isEmpty { before.append(characters[index]) } else { items[items.count - 1].share.append(characters[index]) }
            index += 1
        }
        let separators = CharacterSet(charactersIn: ",; \t")
        let stray = before.trimmingCharacters(in: separators)
        if !stray.isEmpty {
            problems.append("'\(stray)' comes before the first date; write each milestone as a date and a share, e.g. 2026-06-30 50 %")
        }
        var milestones: [Milestone] = []
        for item in items {
            let written = item.share.trimmingCharacters(in: separators)
            let number = written.replacingOccurrences(of: "%", with: "").trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            guard let percent = Double(number), (0...100).contains(percent) else {
                problems.append(written.isEmpty
                    ? "the milestone \(item.date) has no share; write e.g. \(item.date) 50 %"
                    : "'\(written)' after \(item.date) is not a share from 0 to 100 %")
                continue
            }
            milestones.append(Milestone(date: item.date, share: percent / 100))
        }
        for (earlier, later) in zip(milestones, milestones.dropFirst()) {
            if later.date <= earlier.date { problems.append("the milestones must be in date order: \(later.date) comes after \(earlier.date)") }
            if later.share < earlier.share { problems.append("the plan cannot go back: \(later.date) has a smaller share than \(earlier.date)") }
        }
        return (milestones, problems)
    }
}
