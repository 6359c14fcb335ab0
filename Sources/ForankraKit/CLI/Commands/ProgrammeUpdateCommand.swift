import Foundation

/// `forankra programme update NEW`: the council has adopted a revised programme. The new file
/// joins the old one in `programme/`; APTs held before the update keep counting (through the
/// diff), and from then on the progress views say who must take up a changed chapter again.
struct ProgrammeUpdateCommand: Command {
    static let spec = CommandSpec(
        name: "programme update",
        summary: "Take a revised programme into the workspace, keeping the previous version",
        usage: "forankra programme update NEW [--since DATE] [-w DIR]",
        options: [
            .init(name: "since", valueName: "DATE", help: "The day the new version applies from (default: today)"),
            .workspace,
        ],
        positionals: .one("NEW"),
        details: "The new file is copied into programme/ beside the old one, and forankra.md names both (previous_programme, programme_since). APTs held before DATE name the old version's sections and count towards the new version's; a workplace that took up a chapter that has since changed is listed in 'forankra followup'.",
        example: "forankra programme update ~/Hämtade/personalpolitiskt-program-2027.docx")

    var file: String
    var since: CalendarDate?
    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        file = context.resolve(try arguments.onePositional("NEW"))
        since = try arguments.date("since")
        workspaceOption = arguments.value("workspace")
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(workspaceOption)
        let language = workspace.settings.language
        if let previous = workspace.settings.previousProgramme {
            throw ForankraError(.dataError, "the workspace already keeps a previous version (\(previous)); a third version is not supported yet",
                                path: Workspace.settingsFile,
                                hint: "Start a new workspace for the new programme period with 'forankra init'.")
        }
        let day = since ?? context.todayInSweden
        let old = try ProgrammeReader.read(path: workspace.programmePath)
        var copy = try InitCommand.programmeCopy(of: file, context: context)
        guard !copy.programme.sections.isEmpty else {
            throw ForankraError.data("the new programme has no sections", path: context.display(file), line: 1)
        }
        if copy.path == workspace.settings.programme {
            // The same file name as the version it replaces: the year tells them apart.
            let url = URL(fileURLWithPath: copy.path)
            copy.path = "programme/\(url.deletingPathExtension().lastPathComponent)-\(day.year).\(url.pathExtension)"
        }
        let destination = workspace.root + "/" + copy.path
        if FileManager.default.fileExists(atPath: destination) {
            throw ForankraError(.cannotWrite, "\(copy.path) is already in the workspace", path: copy.path,
                                hint: "Give the new version a file name of its own.")
        }
        let revision = ProgrammeRevision(previous: old, current: copy.programme, since: day)
        var values: [(key: String, value: String)] = [
            ("programme", copy.path), ("previous_programme", workspace.settings.programme), ("programme_since", day.description),
        ]
        let oldSections = workspace.settings.rolloutSections
        var newSections: [String] = []
        if !oldSections.isEmpty {
            // The chapters to take up, in the new numbers; a new chapter is one more to take up.
            let kept = oldSections.compactMap(revision.currentID(forPrevious:))
            let wanted = Set(kept + revision.addedTopics)
            newSections = copy.programme.topLevelSections.map(\.id).filter(wanted.contains)
            values.append(("rollout_sections", newSections.joined(separator: ", ")))
        }
        let renumbered = try context.writing(workspace, command: "programme update") { () -> Int in
            let settingsPath = workspace.root + "/" + Workspace.settingsFile
            let settingsText = try workspace.read(Workspace.settingsFile)
            let edited = try SettingsEdit.setting(values, in: settingsText, path: Workspace.settingsFile)
            // HR's follow-up table is a living list, not a record of the past: its rows move to
            // the new numbers. Read (and refused if broken) before anything is written.
            let store = FollowUpStore(workspace: workspace)
            var table: (document: RecordDocument, rows: [ActionRow])?
            if store.exists { table = try store.read(sections: Set(old.sections.map(\.id))) }
            try AtomicFile.write(copy.data, to: destination)
            var renumbered = 0
            if var (document, rows) = table {
                for index in rows.indices where !rows[index].section.isEmpty {
                    let newID = revision.currentID(forPrevious: rows[index].section) ?? ""
                    guard newID != rows[index].section else { continue }
                    rows[index].section = newID
                    document.replaceLine(at: rows[index].line - 1, with: FollowUpTable.row(rows[index]))
                    renumbered += 1
                }
                if renumbered > 0 { try store.write(document) }
            }
            try AtomicFile.write(edited, to: settingsPath)
            return renumbered
        }

        context.output.line(language.pick(
            "Arbetsytan följer nu den nya versionen av programmet, som \(revision.adoptionText(language)): \(copy.path). Förra versionen finns kvar som \(workspace.settings.programme); APT:er före \(day) räknas efter den.",
            "The workspace now follows the new version of the programme, which \(revision.adoptionText(language)): \(copy.path). The previous version stays as \(workspace.settings.programme); APTs before \(day) count by it."))
        context.output.line(ProgrammeDiffText.summary(revision.diff, language))
        context.output.line(revision.changedChaptersText(language))
        if renumbered > 0 {
            context.output.line(language.pick(
                "\(FollowUpTable.fileName): \(renumbered == 1 ? "1 punkt har" : "\(renumbered) punkter har") fått den nya versionens avsnittsnummer; texterna och datumen är som förut.",
                "\(FollowUpTable.fileName): \(renumbered == 1 ? "1 point has" : "\(renumbered) points have") the new version's section numbers; their texts and dates are as they were."))
        }
        if !oldSections.isEmpty {
            context.output.line(language.pick("Avsnitt som räknas i införandet (rollout_sections): ", "Sections the rollout counts (rollout_sections): ")
                                + "\(oldSections.joined(separator: ", ")) → \(newSections.joined(separator: ", "))")
        }
        // Only who took up which section when is counted: no words of an APT are kept.
        let records = try RolloutRecords.lenient(root: workspace.root, today: context.todayInSweden,
                                                  scope: AptTally.Scope(day: context.todayInSweden), keeping: []).records
        let units = records.retakes(on: context.todayInSweden).count
        context.output.line(language.pick(
            units == 1 ? "1 arbetsplats har haft APT om ett avsnitt som sedan har ändrats och behöver ta upp det igen. Listan får du med forankra followup."
                : "\(units) arbetsplatser har haft APT om ett avsnitt som sedan har ändrats och behöver ta upp det igen. Listan får du med forankra followup.",
            units == 1 ? "1 workplace has held an APT on a section that has since changed and needs to take it up again. forankra followup lists it."
                : "\(units) workplaces have held an APT on a section that has since changed and need to take it up again. forankra followup lists them."))
        context.output.line(language.pick("Hela jämförelsen: forankra diff \(workspace.settings.programme) \(copy.path)",
                                          "The whole comparison: forankra diff \(workspace.settings.programme) \(copy.path)"))
        return .success
    }
}
