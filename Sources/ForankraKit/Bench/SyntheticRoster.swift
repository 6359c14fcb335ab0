/// The managers of a synthetic municipality: departments split into units, several managers
/// per unit, staff counts that add up to the size's total, unique ids and e-mails, and a few
/// who left during the rollout or started late.
struct SyntheticRoster {
    var managers: [Manager]

    static func make(_ size: SyntheticMunicipality.Size, timeline: SyntheticTimeline, rng: inout SeededGenerator) -> SyntheticRoster {
        let units = makeUnits(size, rng: &rng)
        let perUnit = atLeastOne(size.managers, over: units.count, rng: &rng, weights: { $0.unit() * 1.7 + 0.3 })
        var managers: [Manager] = []
        var usedIDs: Set<String> = []
        for (unit, count) in zip(units, perUnit) {
            for _ in 0..<count {
                let name = rng.pick(SyntheticNames.firstNames) + " " + rng.pick(SyntheticNames.lastNames)
                let id = uniqueID(Manager.baseID(email: "", name: name), used: &usedIDs)
                managers.append(Manager(id: id, name: name, email: id + "@" + SyntheticNames.mailDomain, department: unit.department, unit: unit.name))
            }
        }
        setTenures(&managers, timeline: timeline, rng: &rng)
        // Most units are small, a few (home care, schools) are large.
        let staff = atLeastOne(size.staff, over: managers.count, rng: &rng, weights: { let x = $0.unit(); return x * x * 30 + 1 }, floor: 2)
        for index in managers.indices { managers[index].staff = staff[index] }
        return SyntheticRoster(managers: managers)
    }

    /// `total` over `count` parts, each at least `floor`, the rest by random weights.
    private static func atLeastOne(_ total: Int, over count: Int, rng: inout SeededGenerator,
                                   weights: (inout SeededGenerator) -> Double, floor: Int = 1) -> [Int] {
        let drawn = (0..<count).map { _ in weights(&rng) }
        return SeededGenerator.apportion(total - floor * count, weights: drawn).map { $0 + floor }
    }

    private static func makeUnits(_ size: SyntheticMunicipality.Size, rng: inout SeededGenerator) -> [(department: String, name: String)] {
        let departments = Array(SyntheticNames.departments.prefix(size.departments))
        let perDepartment = atLeastOne(size.units, over: departments.count, rng: &rng, weights: { $0.unit() + 0.5 })
        var units: [(String, String)] = []
        var usedNames: Set<String> = []
        for (department, count) in zip(departments, perDepartment) {
            var places = SyntheticNames.places
            rng.shuffle(&places)
            for index in 0..<count {
                let pattern = department.units[index % department.units.count]
                let place = places[(index / department.units.count) % places.count]
                var name = pattern.replacingOccurrences(of: "{p}", with: place)
                var suffix = 2
                while usedNames.contains(name) {
                    name = pattern.replacingOccurrences(of: "{p}", with: place) + " \(suffix)"
                    suffix += 1
                }
                usedNames.insert(name)
                units.append((department.name, name))
            }
        }
        return units
    }

    /// anna.lindqvist, then anna.lindqvist2, as `roster import` does.
    private static func uniqueID(_ base: String, used: inout Set<String>) -> String {
        var id = base
        var counter = 2
        while used.contains(id) {
            id = base + "\(counter)"
            counter += 1
        }
        used.insert(id)
        return id
    }

    /// 5 % (at least one) started during the rollout and 4 % (at least one) left during it; the
    /// rest have been managers for a while.
    private static func setTenures(_ managers: inout [Manager], timeline: SyntheticTimeline, rng: inout SeededGenerator) {
        var order = Array(managers.indices)
        rng.shuffle(&order)
        let late = max(1, managers.count * 5 / 100), leaving = max(1, managers.count * 4 / 100)
        for (rank, index) in order.enumerated() {
            if rank < late {
                managers[index].from = timeline.day(rng.int(in: timeline.lateStarts))
            } else {
                managers[index].from = timeline.day(-rng.int(in: 30...6_000))
                if rank < late + leaving { managers[index].to = timeline.day(rng.int(in: timeline.leavingDays)) }
            }
        }
    }
}
