import Foundation

/// The workshops of a workspace, read from workshops/*.md in date order.
struct WorkshopStore {
    var workshops: [Workshop]

    static func read(_ workspace: Workspace) throws -> WorkshopStore {
        var workshops: [Workshop] = []
        for relative in workspace.markdownFiles(in: "workshops") {
            let id = URL(fileURLWithPath: relative).deletingPathExtension().lastPathComponent
            workshops.append(try WorkshopFile.read(try workspace.read(relative), path: relative, id: id))
        }
        return WorkshopStore(workshops: workshops.sorted { ($0.date, $0.start, $0.id) < ($1.date, $1.start, $1.id) })
    }

    /// Writes a new workshop file after judging it by the same rules as `check`; refuses a
    /// place and date that already have one. Returns the workspace-relative path.
    static func add(_ workshop: Workshop, in workspace: Workspace, rules: RecordRules) throws -> String {
        let text = WorkshopFile.render(workshop, language: workspace.settings.language)
        let reading = WorkshopFile.reading(text, path: workshop.relativePath, id: workshop.id)
        if let refusal = RecordProblem.refusal(reading.problems + rules.workshopProblems(reading)) { throw refusal }
        let path = try workspace.recordPath(workshop.relativePath)
        if FileManager.default.fileExists(atPath: path) {
            throw ForankraError(.dataError, "a workshop is already planned here", path: workshop.relativePath,
                                hint: "Edit that file, or give another place or date.")
        }
        try AtomicFile.makeFolder(workspace.workshopsFolder)
        try AtomicFile.write(text, to: path)
        return workshop.relativePath
    }

    /// By exact id, or by a prefix that names one workshop only ("2026-02-03").
    func workshop(_ id: String) throws -> Workshop {
        if let exact = workshops.first(where: { $0.id == id }) { return exact }
        let matches = workshops.filter { $0.id.hasPrefix(id) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw ForankraError(.usage, "no workshop '\(id)'", hint: workshops.isEmpty
                ? "Plan one with 'forankra workshop new'."
                : "Workshops are: " + workshops.map(\.id).joined(separator: ", ") + ".")
        }
        throw ForankraError(.usage, "'\(id)' fits several workshops: " + matches.map(\.id).joined(separator: ", "), hint: "Give more of the id.")
    }
}

extension Workshop {
    /// A stable calendar UID per workshop, and the invitation with every invited manager who
    /// has an e-mail address. `sectionTitles` gives each section's title by its number.
    func invitation(settings: WorkspaceSettings, roster: RosterFile, stamp: Date, sectionTitles: [String: String]) -> CalendarInvitation {
        let language = settings.language
        let attendees = participants.compactMap { participant -> CalendarInvitation.Person? in
            guard participant.attendance != .excused, let manager = roster.manager(id: participant.managerID), !manager.email.isEmpty else { return nil }
            return CalendarInvitation.Person(name: manager.name, email: manager.email)
        }
        let sectionLines = sections.map { id in language.pick("Avsnitt", "Section") + " \(id)" + (sectionTitles[id].map { " " + $0 } ?? "") }
        let description = language.pick(
            "Chefsworkshop om det personalpolitiska programmet.\n\nVi arbetar med:\n" + sectionLines.map { "- \($0)" }.joined(separator: "\n")
                + "\n\nTa med din kalender så att du kan planera in avsnitten på dina arbetsplatsträffar. Ta gärna också med en fråga eller ett exempel från din arbetsplats.",
            "Manager workshop on the personnel-policy programme.\n\nWe work on:\n" + sectionLines.map { "- \($0)" }.joined(separator: "\n")
                + "\n\nBring your calendar so that you can plan the sections into your workplace meetings. Bring a question or an example from your workplace too, if you like.")
        var invitation = CalendarInvitation(
            uid: "\(id)@forankra.\(Slug.make(settings.organisation))",
            stamp: stamp, date: date, start: start, end: end,
            summary: language.pick("Chefsworkshop: personalpolitiska programmet", "Manager workshop: personnel-policy programme") + " (\(settings.organisation))",
            location: place, description: description, organizer: settings.organizer, attendees: attendees,
            sequence: sequence)
        invitation.isCancelled = status == .cancelled
        return invitation
    }
}
