import Foundation

/// packs/ID/inbjudan.ics, made again from the record whenever the invitations change.
enum InvitationFile {
    static func write(_ workshop: Workshop, workspace: Workspace, roster: RosterFile, stamp: Date) throws -> String {
        let folder = workspace.packsFolder + "/" + workshop.id
        try OutputTarget.checkFile(folder + "/inbjudan.ics", workspaceRoot: workspace.root, force: false)
        try AtomicFile.makeFolder(folder)
        let invitation = workshop.invitation(organisation: workspace.settings.organisation, roster: roster, stamp: stamp, language: workspace.settings.language)
        let path = folder + "/inbjudan.ics"
        try AtomicFile.write(ICalendarWriter.render(invitation), to: path)
        return path
    }
}
