import Foundation

/// `forankra init [DIR]`: a new workspace, with its settings explained to the HR person who
/// opens the file.
struct InitCommand: Command {
    static let spec = CommandSpec(
        name: "init",
        summary: "Create a workspace: settings, folders, the programme copied in",
        usage: "forankra init [DIR] [--org NAME] [--programme FILE] [--organizer 'NAME <E-MAIL>'] [--lang sv|en]",
        options: [
            .init(name: "org", valueName: "NAME", help: "The organisation, e.g. 'Sjöhamra kommun' (default: from the programme's title)"),
            .init(name: "programme", valueName: "FILE", help: "The adopted programme (.docx, .odt, .pdf, .md or .txt), copied into programme/"),
            .init(name: "organizer", valueName: "'NAME <E-MAIL>'",
                  help: "The HR mailbox that sends workshop invitations, so they arrive as meeting requests"),
            .language,
        ],
        positionals: .optional("DIR"),
        details: "Refuses to touch a folder that already holds a workspace (forankra.md).",
        example: "forankra init personalpolicy --programme ~/Hämtade/personalpolitiskt-program.txt")

    var folder: String
    var organisation: String?
    var programmeFile: String?
    var language: Language
    var organizer: CalendarInvitation.Person?

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        folder = context.resolve(arguments.positionals.first ?? ".")
        organisation = arguments.value("org")
        programmeFile = arguments.path("programme", in: context.folder)
        language = try arguments.language()
        if let text = arguments.value("organizer") {
            guard let person = WorkspaceSettings.organizer(from: text) else {
                throw UsageError.badValue("--organizer", text, expected: "a name and an e-mail address, e.g. 'HR-avdelningen <hr@sjohamra.se>'", command: Self.spec)
            }
            organizer = person
        }
    }

    func run(_ context: RunContext) throws -> ExitCode {
        if FileManager.default.fileExists(atPath: folder + "/" + Workspace.settingsFile) {
            throw ForankraError(.cannotWrite, "a workspace already exists here", path: context.display(folder + "/" + Workspace.settingsFile),
                                hint: "forankra init never overwrites a workspace. Choose another folder.")
        }
        var files = OutputFolder()
        var programmePath = "programme/program.md"
        var org = organisation
        if let programmeFile {
            let copy = try Self.programmeCopy(of: programmeFile, context: context)
            programmePath = copy.path
            files.add(copy.path, data: copy.data)
            org = org ?? Self.organisation(fromTitle: copy.programme.title)
        }
        guard let org, !org.isEmpty else {
            throw UsageError.other("give the organisation with --org (it could not be read from a programme title)", command: Self.spec)
        }
        let today = context.todayInSweden
        files.add(Workspace.settingsFile, Self.settingsText(organisation: org, programme: programmePath, language: language, today: today, organizer: organizer))
        files.add(".gitignore", """
            # Generated output: made again from the records at any time.
            packs/
            reports/
            # The writer lock, and temporary files of a write that was stopped halfway.
            .forankra.lock*
            .*.forankra-tmp-*

            """)
        for folderName in ["roster", "workshops", "apt", "packs", "reports"] {
            files.add(folderName + "/.gitkeep", "")
        }
        try files.write(to: folder)
        let shown = context.display(folder)
        context.output.line(language.pick("Skapade arbetsytan \(shown)/ för \(org).", "Created the workspace \(shown)/ for \(org)."))
        if programmeFile == nil {
            context.output.line(language.pick("Lägg programtexten i \(shown)/\(programmePath).", "Put the programme text in \(shown)/\(programmePath)."))
        }
        if organizer == nil {
            context.output.line(language.pick(
                "Skriv in HR:s funktionsbrevlåda som organizer i forankra.md, så blir inbjudningarna mötesförfrågningar som cheferna kan svara på.",
                "Put HR's shared mailbox as organizer in forankra.md, so the invitations become meeting requests managers can answer."))
        }
        context.output.line(language.pick(
            "Nästa steg: gå till \(shown)/ och läs in cheferna med forankra roster import chefer.csv",
            "Next: go to \(shown)/ and import the managers with forankra roster import managers.csv"))
        return .success
    }

    /// "Personalpolitiskt program för Sjöhamra kommun" → "Sjöhamra kommun".
    static func organisation(fromTitle title: String) -> String? {
        for marker in [" för ", " i "] {
            guard let range = title.range(of: marker, options: .backwards) else { continue }
            let tail = String(title[range.upperBound...])
            let words = ["kommun", "region", "stad", "landsting", "kommunkoncern"]
            if words.contains(where: tail.lowercased().hasSuffix) { return tail }
        }
        return nil
    }

    /// The programme as the workspace keeps it: a Word, ODT or PDF file as it is (forankra
    /// reads it again each time), a text file as UTF-8 whatever it came in, so every later read
    /// is plain; under `programme/` with a name made safe from the file's own.
    static func programmeCopy(of file: String, context: RunContext) throws -> (path: String, data: Data, programme: Programme) {
        let programme = try ProgrammeReader.read(path: file)
        let data = FileManager.default.contents(atPath: file) ?? Data()
        let name = Slug.make(URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        switch programme.source.shape {
        case .word, .openDocument, .pdf:
            return ("programme/\(name).\(programme.source.shape.rawValue)", data, programme)
        case .markdown, .plainText, .html:
            let ext = URL(fileURLWithPath: file).pathExtension.lowercased() == "md" ? "md" : "txt"
            let text = try TextDecoding.decode(data, path: context.display(file)).text
            return ("programme/\(name).\(ext)", Data(text.utf8), programme)
        }
    }

    static func settingsText(organisation: String, programme: String, language: Language, today: CalendarDate,
                             organizer: CalendarInvitation.Person? = nil) -> String {
        let organizerLine = organizer.map { "organizer: \(RecordValue.frontMatter("\($0.name) <\($0.email)>"))\n" } ?? ""
        return """
        ---
        organisation: \(organisation)
        programme: \(programme)
        language: \(language.rawValue)
        apt_minutes: 30
        minimum_group_size: 5
        rollout_start: \(today)
        rollout_target: \(today.adding(days: 364))
        \(organizerLine)---

        # Införandet av programmet i \(organisation)

        Den här mappen är arbetsytan för införandet. Inställningarna står överst, mellan strecken:

        - **organisation**: namnet som står på utskrifterna.
        - **programme**: programtexten, som en fil i mappen programme/.
        - **language**: sv eller en, språket i underlag och rapporter.
        - **apt_minutes**: hur långa arbetsplatsträffarna är (10–120 minuter).
        - **minimum_group_size**: återkoppling och betyg redovisas aldrig för färre personer än så.
        - **rollout_start** och **rollout_target**: när införandet börjar och ska vara klart (ÅÅÅÅ-MM-DD).
          Planen går i rak linje från 0 % till 100 % mellan dem.
        - **rollout_milestones** (frivilligt): delmål som planen ska gå igenom i stället för en rak
          linje, till exempel `rollout_milestones: 2026-03-31 25 %, 2026-06-30 60 %`.
        - **rollout_sections** (frivilligt): de huvudavsnitt som ska tas upp på APT och räknas i
          införandet, till exempel `rollout_sections: 2, 3, 4, 5`. Utan den räknas alla.
        - **hourly_cost** (frivilligt): vad en arbetstimme kostar i kronor, så att rapporten kan
          räkna om arbetstiden för införandet till kronor.
        - **organizer**: HR:s funktionsbrevlåda som skickar inbjudningarna, till exempel
          `organizer: HR-avdelningen <hr@sjohamra.se>`. Med den blir inbjudningarna
          mötesförfrågningar som cheferna kan tacka ja eller nej till; utan den kan kalendern
          bara lägga in dem som egna bokningar.
        - **retention_months** (frivilligt): hur många månader posterna ska sparas enligt er
          dokumenthanteringsplan, till exempel `retention_months: 36`. `forankra privacy` visar
          då vilka poster som är äldre; forankra tar aldrig bort något själv.

        Mapparna: roster/ (cheferna), workshops/ (en fil per workshop), apt/ (en fil per
        arbetsplatsträff), packs/ och reports/ (utskrifter som kan göras om när som helst).

        """
    }
}
