/// Attendance and feedback belong to a workshop that has taken place.
enum WorkshopTiming {
    static func requireHeld(_ workshop: Workshop, today: CalendarDate, what: String) throws {
        if workshop.status == .cancelled {
            throw ForankraError(.dataError, "\(workshop.id) is cancelled; there is no \(what) to record", path: workshop.relativePath)
        }
        if workshop.date > today {
            throw ForankraError(.dataError, "\(workshop.id) is on \(workshop.date), after today; \(what) can be recorded from that day",
                                path: workshop.relativePath, hint: "Check the workshop id, or the date in the file.")
        }
    }
}
