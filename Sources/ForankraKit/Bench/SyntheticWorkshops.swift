/// The manager workshops of a synthetic rollout: a main series in the first months and a few
/// catch-up workshops for managers who started later. Every manager on the roster is invited
/// to one workshop held while they are a manager; 80–90 % of those invited come, and a few
/// leave feedback.
enum SyntheticWorkshops {
    static func make(_ size: SyntheticMunicipality.Size, managers: [Manager], sections: [String],
                     timeline: SyntheticTimeline, rng: inout SeededGenerator) -> [Workshop] {
        var workshops = plan(size, sections: sections, timeline: timeline, rng: &rng)
        invite(managers, to: &workshops, rng: &rng)
        for index in workshops.indices {
            markAttendance(&workshops[index], rng: &rng)
            workshops[index].feedback = feedback(for: workshops[index], rng: &rng)
        }
        return workshops
    }

    private static func plan(_ size: SyntheticMunicipality.Size, sections: [String], timeline: SyntheticTimeline,
                             rng: inout SeededGenerator) -> [Workshop] {
        let catchUp = max(1, size.workshops / 10)
        let main = size.workshops - catchUp
        let dates = spread(main, over: timeline.weekdays(in: timeline.mainWorkshops, forWorkshops: true))
            + spread(catchUp, over: timeline.weekdays(in: timeline.catchUpWorkshops, forWorkshops: true))
        let venueOffset = rng.int(in: 0...(SyntheticNames.venues.count - 1))
        return dates.enumerated().map { index, date in
            let place = SyntheticNames.venues[(index + venueOffset) % SyntheticNames.venues.count]
            let slot = rng.pick(SyntheticNames.slots)
            var chosen = [rng.pick(sections)]
            while chosen.count < min(2, sections.count) {
                let next = rng.pick(sections)
                if !chosen.contains(next) { chosen.append(next) }
            }
            let facilitators = rng.chance(0.3) ? [SyntheticNames.facilitators[index % 4], SyntheticNames.facilitators[(index + 1) % 4]]
                : [rng.pick(SyntheticNames.facilitators)]
            return Workshop(
                id: "\(date)-\(Slug.make(place, maxLength: 32))", date: date,
                start: ClockTime(slot.start) ?? ClockTime.midnight, end: ClockTime(slot.end) ?? ClockTime.midnight,
                place: place, capacity: rng.int(in: 25...30), sections: chosen.sorted { Slug.sortableID($0) < Slug.sortableID($1) },
                facilitators: facilitators, status: .held, participants: [], feedback: [])
        }
    }

    /// `count` days taken evenly from `days`, the last one last (so a late starter still finds a
    /// catch-up workshop); never the same day twice while there are enough days.
    private static func spread(_ count: Int, over days: [CalendarDate]) -> [CalendarDate] {
        guard count > 0, !days.isEmpty else { return [] }
        return (0..<count).map { days[max(0, ($0 + 1) * days.count / count - 1)] }
    }

    /// Departments taken in turn so every group mixes them; the managers with the fewest
    /// possible workshops (late starters) are placed first, each into the first workshop held
    /// while they are a manager that has not had its share yet.
    private static func invite(_ managers: [Manager], to workshops: inout [Workshop], rng: inout SeededGenerator) {
        var byDepartment: [String: [Manager]] = [:]
        for manager in managers { byDepartment[manager.department, default: []].append(manager) }
        // Each department spread evenly along the list: its k-th of n managers stands at (k + ½) / n.
        var placed: [(key: Double, department: Int, manager: Manager)] = []
        for (number, department) in byDepartment.keys.sorted().enumerated() {
            var list = byDepartment[department] ?? []
            rng.shuffle(&list)
            for (rank, manager) in list.enumerated() {
                placed.append(((Double(rank) + 0.5) / Double(list.count), number, manager))
            }
        }
        let interleaved = placed.sorted { ($0.key, $0.department) < ($1.key, $1.department) }.map(\.manager)
        let eligible = interleaved.map { manager in workshops.indices.filter { manager.isActive(on: workshops[$0].date) } }
        let order = interleaved.indices.sorted { (eligible[$0].count, $0) < (eligible[$1].count, $1) }
        // Each workshop takes its share of the roster as a run of the interleaved list, so a
        // group gets every department, not one department per workshop.
        let quotas = SeededGenerator.apportion(interleaved.count, weights: workshops.map { Double($0.capacity) })
        for index in order {
            let open = eligible[index].filter { workshops[$0].participants.count < min(quotas[$0], workshops[$0].capacity) }
                + eligible[index].filter { workshops[$0].participants.count < workshops[$0].capacity }
            guard let target = open.first else { continue }
            let manager = interleaved[index]
            workshops[target].participants.append(.init(managerID: manager.id, name: manager.name, department: manager.department,
                                                        attendance: .invited, line: 0))
        }
    }

    private static func markAttendance(_ workshop: inout Workshop, rng: inout SeededGenerator) {
        let count = workshop.participants.count
        let present = Int((Double(count) * (0.80 + rng.unit() * 0.10)).rounded())
        var indices = Array(0..<count)
        rng.shuffle(&indices)
        for (rank, index) in indices.enumerated() {
            workshop.participants[index].attendance = rank < present ? .present : (rng.chance(0.6) ? .excused : .absent)
        }
    }

    private static func feedback(for workshop: Workshop, rng: inout SeededGenerator) -> [Workshop.Feedback] {
        let present = workshop.participants.filter { $0.attendance == .present }
        guard !present.isEmpty else { return [] }
        return (0..<min(present.count, rng.int(in: 2...6))).map { _ in
            var tags: [String] = []
            for _ in 0..<rng.int(in: 0...2) {
                let tag = rng.pick(SyntheticNames.feedbackTags)
                if !tags.contains(tag) { tags.append(tag) }
            }
            return Workshop.Feedback(
                date: workshop.date, by: rng.chance(0.15) ? rng.pick(present).managerID : nil,
                rating: rng.pick([1, 2, 3, 3, 4, 4, 4, 4, 5, 5, 5]), tags: tags,
                text: rng.pick(SyntheticNames.feedbackTexts), line: 0)
        }
    }
}
