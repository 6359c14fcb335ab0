import Foundation

/// packs/ID/inbjudan.ics, made again from the record whenever the workshop or its invitations
/// change. When the new invitation says something the last one did not (a new time, place,
/// attendee, or the workshop is cancelled), its SEQUENCE is raised and kept in the workshop
/// file, so every calendar replaces the event it has.
enum InvitationFile {
    struct Written {
        var path: String
        /// Whether an earlier invitation was replaced by a changed one.
        var isUpdate: Bool
    }

    static func write(_ workshop: Workshop, workspace: Workspace, roster: RosterFile, stamp: Date, programme: Programme?) throws -> Written {
        let folder = workspace.packsFolder + "/" + workshop.id
        let path = folder + "/inbjudan.ics"
        try OutputTarget.checkFile(path, workspaceRoot: workspace.root, force: false)
        try AtomicFile.makeFolder(folder)
        var labels: [String: String] = [:]
        for id in workshop.sections { labels[id] = programme?.section(id: id)?.title }
        var invitation = workshop.invitation(settings: workspace.settings, roster: roster, stamp: stamp, sectionTitles: labels)
        var isUpdate = false
        if let data = FileManager.default.contents(atPath: path), let earlier = String(data: data, encoding: .utf8),
           content(of: earlier) != content(of: ICalendarWriter.render(invitation)) {
            invitation.sequence = max(invitation.sequence, sequence(of: earlier) ?? 0) + 1
            isUpdate = true
            var (document, style) = try workspace.openRecord(workshop.relativePath)
            try document.setField("sequence", String(invitation.sequence))
            try workspace.save(document, style: style)
        }
        try AtomicFile.write(ICalendarWriter.render(invitation), to: path)
        return Written(path: path, isUpdate: isUpdate)
    }

    /// After a move or a cancellation: the invitation written again when anyone was invited
    /// or one was written before; nil when there is nobody to tell.
    static func rewrite(_ workshop: Workshop, workspace: Workspace, roster: RosterFile, stamp: Date) throws -> Written? {
        let path = workspace.packsFolder + "/" + workshop.id + "/inbjudan.ics"
        guard !workshop.participants.isEmpty || FileManager.default.fileExists(atPath: path) else { return nil }
        return try write(workshop, workspace: workspace, roster: roster, stamp: stamp, programme: try? ProgrammeReader.read(path: workspace.programmePath))
    }

    /// The unfolded lines of an invitation without DTSTAMP and SEQUENCE: what it tells the
    /// calendar, apart from when it was made.
    private static func content(of text: String) -> [String] {
        ICalendarFolding.unfold(text).components(separatedBy: "\n").map { $0.trimmingCharacters(in: ["\r"]) }
            .filter { !$0.hasPrefix("DTSTAMP:") && !$0.hasPrefix("SEQUENCE:") }
    }

    private static func sequence(of text: String) -> Int? {
        content(of: text).isEmpty ? nil : ICalendarFolding.unfold(text).components(separatedBy: "\n")
            .first { $0.hasPrefix("SEQUENCE:") }
            .flatMap { Int($0.dropFirst("SEQUENCE:".count).trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
