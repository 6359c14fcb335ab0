/// The active managers who have not attended a workshop, and how many of them are already
/// invited to one still to come: the report's answer to "what happens to those not reached".
struct WorkshopInvitations: Equatable, Sendable {
    var notReached = 0
    /// Of those not reached, the ones on the list of a planned workshop after the day.
    var invited = 0
    /// The first planned workshop after the day that invites one of them.
    var next: CalendarDate?
    /// The planned workshops that invite one of them.
    var workshops = 0

    var uninvited: Int { notReached - invited }

    static func compute(_ records: RolloutRecords, on day: CalendarDate, from: CalendarDate? = nil, department: String? = nil) -> WorkshopInvitations {
        let inRange = AptTally.Scope(day: day, from: from).contains
        var present: Set<String> = []
        var planned: [(date: CalendarDate, invited: Set<String>)] = []
        for workshop in records.workshops where workshop.status != .cancelled {
            if inRange(workshop.date) {
                for participant in workshop.participants where participant.attendance == .present { present.insert(participant.managerID) }
            } else if workshop.date > day, workshop.status == .planned {
                planned.append((workshop.date, Set(workshop.participants.filter { $0.attendance == .invited }.map(\.managerID))))
            }
        }
        var result = WorkshopInvitations()
        var inviting: Set<Int> = []
        for manager in records.managers where manager.isActive(on: day) && (department == nil || manager.department == department) && !present.contains(manager.id) {
            result.notReached += 1
            let invitations = planned.indices.filter { planned[$0].invited.contains(manager.id) }
            guard let first = invitations.map({ planned[$0].date }).min() else { continue }
            result.invited += 1
            result.next = min(result.next ?? first, first)
            inviting.formUnion(invitations)
        }
        result.workshops = inviting.count
        return result
    }
}
