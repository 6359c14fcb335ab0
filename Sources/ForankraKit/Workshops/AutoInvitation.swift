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
        var placements: [Placement] = []
        var unplaced: [Manager] = []
        var cursor = 0
        let byDepartment = Dictionary(grouping: managers, by: \.department)
        // Departments in turn, so each workshop's group is a mix from the start.
        var queues = byDepartment.keys.sorted().map { byDepartment[$0, default: []].sorted { ($0.name, $0.id) < ($1.name, $1.id) } }
        var round = 0
        while queues.contains(where: { round < $0.count }) {
            for queue in queues where round < queue.count {
                let manager = queue[round]
                guard let slot = nextFree(after: cursor, in: free) else {
                    unplaced.append(manager)
                    continue
                }
                free[slot] -= 1
                placements.append(Placement(workshopID: workshops[slot].id, manager: manager))
                cursor = slot + 1
            }
            round += 1
        }
        queues.removeAll()
        return (placements, unplaced)
    }

    private static func nextFree(after cursor: Int, in free: [Int]) -> Int? {
        guard !free.isEmpty else { return nil }
        for step in 0..<free.count {
            let index = (cursor + step) % free.count
            if free[index] > 0 { return index }
        }
        return nil
    }
}
