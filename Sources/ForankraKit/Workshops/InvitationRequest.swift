/// Whom `workshop invite` invites: named managers or a department to one workshop, or every
/// active manager not yet reached, placed across all planned workshops.
enum InvitationRequest {
    case managers([String], workshopID: String)
    case department(String, workshopID: String)
    case automatic

    func placements(roster: RosterFile, store: WorkshopStore, today: CalendarDate) throws -> (placed: [AutoInvitation.Placement], unplaced: [Manager]) {
        switch self {
        case .automatic:
            let open = store.workshops.filter { $0.status == .planned }
            guard !open.isEmpty else {
                throw ForankraError(.dataError, "there is no planned workshop to invite to", hint: "Plan one with 'forankra workshop new'.")
            }
            // Who sent apologies or stayed away is still to reach and is invited again; who came,
            // whose invitation is still open (attendance not yet recorded), or who is already on a
            // planned workshop's list, is not.
            let settled = Set(store.workshops.filter { $0.status != .cancelled }.flatMap { workshop in
                workshop.participants.filter { workshop.status == .planned || $0.attendance == .present || $0.attendance == .invited }.map(\.managerID)
            })
            let waiting = roster.managers.filter { $0.isActive(on: today) && !settled.contains($0.id) }
            let result = AutoInvitation.place(waiting, into: open)
            return (result.placements, result.unplaced)
        case .managers(let ids, let workshopID):
            let workshop = try store.workshop(workshopID)
            try roster.requireManagers(ids)
            let managers = ids.compactMap(roster.manager(id:)).filter { workshop.participant($0.id) == nil }
            return try fit(managers, into: workshop)
        case .department(let name, let workshopID):
            let workshop = try store.workshop(workshopID)
            let managers = roster.managers.filter {
                $0.isActive(on: today) && $0.department.localizedCaseInsensitiveContains(name) && workshop.participant($0.id) == nil
            }
            guard !managers.isEmpty else { throw ForankraError(.dataError, "no active manager not yet invited in a department matching '\(name)'") }
            return try fit(managers, into: workshop)
        }
    }

    private func fit(_ managers: [Manager], into workshop: Workshop) throws -> (placed: [AutoInvitation.Placement], unplaced: [Manager]) {
        let free = workshop.capacity - workshop.participants.count
        guard managers.count <= free else {
            throw ForankraError(.dataError, "\(managers.count) managers do not fit: \(workshop.id) has \(max(free, 0)) free seats of \(workshop.capacity)",
                                path: workshop.relativePath, hint: "Raise capacity in the file, or invite fewer.")
        }
        return (managers.map { AutoInvitation.Placement(workshopID: workshop.id, manager: $0) }, [])
    }
}
