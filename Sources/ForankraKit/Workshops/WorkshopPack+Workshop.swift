/// The pack of a workshop on record: its slot and sections, the invited managers on the
/// sign-in sheet (as the roster has them today), and blank rows up to its capacity.
extension WorkshopPack {
    init(_ workshop: Workshop, roster: RosterFile, programme: Programme, programmeFile: String) throws {
        let attendees = workshop.participants
            .map { participant -> Attendee in
                let manager = roster.manager(id: participant.managerID)
                return Attendee(name: manager?.name ?? participant.name, department: manager?.department ?? participant.department, unit: manager?.unit ?? "")
            }
            .sorted { ($0.department, $0.name) < ($1.department, $1.name) }
        self.init(
            slot: Slot(date: workshop.date, start: workshop.start, end: workshop.end, place: workshop.place, facilitators: workshop.facilitators),
            sectionIDs: try SectionSelection.ids(workshop.sections, all: false, in: programme, file: programmeFile),
            attendees: attendees, blankRows: max(0, workshop.capacity - attendees.count))
    }
}
