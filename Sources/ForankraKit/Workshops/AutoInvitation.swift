/// Places every active manager not yet invited into the planned workshops, respecting each
/// workshop's capacity and mixing departments: managers meeting across departmental lines is
/// part of the point, so colleagues from one department are spread over the workshops.
enum AutoInvitation {
    struct Placement: Equatable {
        var workshopID: String
        var manager: Manager
    }

    static func place(_ managers: [Manager], into workshops: [Workshop]) -> (placements: [Placement], unplaced: [Manager]) {
        var free = workshops.map { max(0, $0.capacity - $0.participants.count) }
        var seated = workshops.map(\.participants.count)
        var departmentsSeated = workshops.map { Dictionary(grouping: $0.participants, by: \.department).mapValues(\.count) }
        var placements: [Placement] = []
        var unplaced: [Manager] = []
        var cursor = 0
        let byDepartment = Dictionary(grouping: managers, by: \.department)
        // Departments in turn, so each workshop's group is a mix from the start.
        let queues = byDepartment.keys.sorted().map { byDepartment[$0, default: []].sorted { ($0.name, $0.id) < ($1.name, $1.id) } }
        var round = 0
        while queues.contains(where: { round < $0.count }) {
            for queue in queues where round < queue.count {
                let manager = queue[round]
                guard let slot = bestSlot(for: manager.department, free: free, seated: seated, departments: departmentsSeated, after: cursor) else {
                    unplaced.append(manager)
                    continue
                }
                free[slot] -= 1
                seated[slot] += 1
                departmentsSeated[slot][manager.department, default: 0] += 1
                placements.append(Placement(workshopID: workshops[slot].id, manager: manager))
                cursor = slot + 1
            }
            round += 1
        }
        return (placements, unplaced)
    }

    /// The workshop with a free seat and the fewest colleagues from the same department, then the
    /// fewest people, then the next in turn. Taking only the next in turn put a department in
    /// the same workshop every round whenever the number of departments was a multiple of the
    /// number of workshops (six departments, three workshops: two departments per workshop).
    private static func bestSlot(for department: String, free: [Int], seated: [Int], departments: [[String: Int]], after cursor: Int) -> Int? {
        let count = free.count
        guard count > 0 else { return nil }
        return (0..<count).map { (cursor + $0) % count }.filter { free[$0] > 0 }
            .min { (departments[$0][department, default: 0], seated[$0]) < (departments[$1][department, default: 0], seated[$1]) }
    }
}
