/// Fits a manager workshop into its time slot: welcome, the programme in brief, a block per
/// section, a break (and lunch on a full day), how to carry it to APT, and evaluation. Every
/// item starts and ends on a five-minute mark and the last ends exactly when the slot does.
public enum AgendaPlanner {
    public enum Kind: String, Sendable, CaseIterable {
        case welcome, overview, section, pause, lunch, carryToAPT, closing
    }

    public struct Item: Equatable, Sendable {
        public var kind: Kind
        public var start: ClockTime
        public var end: ClockTime
        /// For a section block: the section's number and title.
        public var sectionLabel: String?
        public var minutes: Int { end.minutes - start.minutes }
    }

    /// Each section needs at least this long to read the quotes and talk in groups.
    public static let minimumSectionMinutes = 15

    public static func plan(start: ClockTime, end: ClockTime, sections: [String]) throws -> [Item] {
        let total = end.minutes - start.minutes
        guard total > 0 else {
            throw ForankraError(.usage, "the workshop ends (\(end)) before it starts (\(start))")
        }
        // Without this, an empty list reached the division below and crashed the process.
        guard !sections.isEmpty else {
            throw ForankraError(.usage, "a workshop needs at least one section", hint: "Name the sections to work on with --sections.")
        }
        let frame = Frame(total: total)
        let (lunch, pause, welcome, overview, carry, closing) = (frame.lunch, frame.pause, frame.welcome, frame.overview, frame.carry, frame.closing)
        let forSections = frame.forSections
        let needed = minimumSectionMinutes * sections.count
        guard forSections >= needed else {
            // The fixed parts grow with the slot (a break from 105 minutes, an overview from 120,
            // lunch from 300), so `total - forSections + needed` could itself be too short: look
            // for the first longer slot that really fits.
            let longest = 24 * 60 - 1 - start.minutes
            let shortest = total < longest ? ((total + 1)...longest).first { Frame(total: $0).forSections >= needed } : nil
            throw ForankraError(
                .usage, "\(total) minutes is too short for \(sections.count) section(s)",
                hint: shortest.map {
                    "Give at least \($0) minutes (\(minimumSectionMinutes) per section plus welcome, carrying it to APT and evaluation), or fewer sections."
                } ?? "No slot that starts at \(start) fits \(sections.count) sections; choose fewer sections.")
        }
        var sectionMinutes = Array(repeating: (forSections / sections.count) / 5 * 5, count: sections.count)
        var leftover = forSections - sectionMinutes.reduce(0, +)
        for index in sectionMinutes.indices where leftover >= 5 {
            sectionMinutes[index] += 5
            leftover -= 5
        }
        var blocks: [(Kind, Int, String?)] = [(.welcome, welcome, nil)]
        if overview > 0 { blocks.append((.overview, overview, nil)) }
        let breakAfter = (sections.count + 1) / 2
        for (index, label) in sections.enumerated() {
            blocks.append((.section, sectionMinutes[index], label))
            if index + 1 == breakAfter {
                if lunch > 0 { blocks.append((.lunch, lunch, nil)) } else if pause > 0 { blocks.append((.pause, pause, nil)) }
            }
        }
        if lunch > 0 && pause > 0 { blocks.append((.pause, pause, nil)) }
        blocks.append((.carryToAPT, carry, nil))
        // What rounding left over goes to the closing, so the day ends on time.
        blocks.append((.closing, closing + leftover, nil))
        var items: [Item] = []
        var clock = start.minutes
        for (kind, minutes, label) in blocks {
            guard let from = ClockTime(minutes: clock), let to = ClockTime(minutes: clock + minutes) else { break }
            items.append(Item(kind: kind, start: from, end: to, sectionLabel: label))
            clock += minutes
        }
        return items
    }

    /// Everything in a slot of `total` minutes except the section blocks.
    private struct Frame {
        let lunch, pause, welcome, overview, carry, closing: Int
        let forSections: Int

        init(total: Int) {
            lunch = total >= 300 ? 60 : 0
            pause = total >= 105 ? (total >= 150 ? 20 : 15) : 0
            welcome = clamp(roundToFive(Double(total) * 0.08), 10, 20)
            overview = total >= 120 ? clamp(roundToFive(Double(total) * 0.08), 10, 20) : 0
            carry = clamp(roundToFive(Double(total) * 0.12), 15, 30)
            closing = clamp(roundToFive(Double(total) * 0.06), 10, 15)
            forSections = total - lunch - pause - welcome - overview - carry - closing
        }
    }

    private static func roundToFive(_ value: Double) -> Int { Int((value / 5).rounded()) * 5 }
    private static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), high) }
}
