/// The active managers who have not attended a workshop, and how many of them are already
/// invited to one still to come: the report's answer to "what happens to those not reached".
struct WorkshopInvitations: Equatable, Sendable {
    var notReached = 0
    /// Of those not reached, the ones on the list of a planned workshop after the day.
    var invited = 0
    /// The first planned workshop after the day that invites one of them.
    var next: CalendarDate?

    var uninvited: Int { notReached - invited }

    static func compute(_ records: RolloutRecords, on day: CalendarDate, from: CalendarDate? = nil, department: String? = nil) -> WorkshopInvitations {
        let inRange = { (date: CalendarDate) in date <= day && (from.map { date >= $0 } ?? true) }
        var present: Set<String> = []
        var invitedTo: [String: CalendarDate] = [:]
        for workshop in records.workshops where workshop.status != .cancelled {
            if inRange(workshop.date) {
                for participant in workshop.participants where participant.attendance == .present { present.insert(participant.managerID) }
            } else if workshop.date > day, workshop.status == .planned {
                for participant in workshop.participants where participant.attendance == .invited {
                    invitedTo[participant.managerID] = min(invitedTo[participant.managerID] ?? workshop.date, workshop.date)
                }
            }
        }
        var result = WorkshopInvitations()
        for manager in records.managers where manager.isActive(on: day) && (department == nil || manager.department == department) && !present.contains(manager.id) {
            result.notReached += 1
            guard let date = invitedTo[manager.id] else { continue }
            result.invited += 1
            result.next = min(result.next ?? date, date)
        }
        return result
    }
}
