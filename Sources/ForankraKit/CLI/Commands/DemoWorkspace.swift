import Foundation

/// The second half of the demo: a whole rollout in a workspace, built with the same commands
/// HR would run. Dates are set relative to today, so the story is always current: the
/// workshops were held a few months ago and APTs have come in since.
struct DemoWorkspace {
    /// The demo folder as the user typed it, for the commands shown.
    let folder: String
    /// The same folder as an absolute path, for the demo's own reading and writing.
    let root: String
    let runner: DemoRunner
    let language: Language
    let today: CalendarDate

    func build() throws {
        let csv = folder + "/import/chefer.csv"
        var extras = OutputFolder()
        for file in BundledMaterials.files where file.path.hasPrefix("roster/") && file.path.hasSuffix(".csv") {
            extras.add("chefer.csv", file.text)
        }
        try extras.write(to: root + "/import")
        _ = try runner.run(["init", folder + "/arbetsyta", "--programme", folder + "/programme/personalpolitiskt-program.md", "--lang", language.rawValue,
                             "--organizer", "HR-avdelningen <hr@sjohamra.se>"])
        let workspace = folder + "/arbetsyta"
        try adjustRolloutDates(in: root + "/arbetsyta")
        _ = try runner.run(["roster", "import", csv, "-w", workspace])
        let workshopDates = (0..<4).map { workshopDay(index: $0) }
        for date in workshopDates {
            _ = try runner.run(["workshop", "new", "--date", date.description, "--start", "13:00", "--end", "16:00",
                                "--place", "Stadshuset, sal Ljusnan", "--capacity", "18", "--sections", "3,5",
                                "--facilitator", "Karin Holm, HR", "-w", workspace])
        }
        _ = try runner.run(["workshop", "invite", "--auto", "-w", workspace])
        let ids = workshopDates.map { "\($0)-stadshuset-sal-ljusnan" }
        _ = try runner.run(["workshop", "pack", ids[0], "-w", workspace])
        for id in ids.dropFirst() { _ = try DemoRunner(context: runner.context, quiet: true).run(["workshop", "pack", id, "-w", workspace]) }
        var random = DemoRandom(seed: 20_260_203)
        var attended: [(id: String, workshop: CalendarDate)] = []
        let quiet = DemoRunner(context: runner.context, quiet: true)
        for (index, id) in ids.enumerated() {
            let invited = try invitedManagers(workshop: id, in: workspace)
            var present: [String] = [], excused: [String] = [], absent: [String] = []
            for manager in invited {
                let roll = random.next(100)
                if roll < 84 { present.append(manager) } else if roll < 94 { excused.append(manager) } else { absent.append(manager) }
            }
            var arguments = ["workshop", "attend", id, "--present", present.joined(separator: ","), "-w", workspace]
            if !excused.isEmpty { arguments += ["--excused", excused.joined(separator: ",")] }
            if !absent.isEmpty { arguments += ["--absent", absent.joined(separator: ",")] }
            _ = try (index == 0 ? runner : quiet).run(arguments)
            attended += present.map { ($0, workshopDates[index]) }
            for answer in 0..<4 {
                let feedback = DemoTexts.feedback[(index * 4 + answer) % DemoTexts.feedback.count]
                _ = try (index == 0 && answer == 0 ? runner : quiet).run(
                    ["workshop", "feedback", id, "--rating", String(feedback.rating), "--tags", feedback.tags, "--text", feedback.text, "-w", workspace])
            }
        }
        runner.context.output.line(language.pick(
            "  … närvaro och återkoppling för alla fyra workshopparna (\(attended.count) närvarande, 16 återkopplingar)",
            "  … attendance and feedback for all four workshops (\(attended.count) present, 16 pieces of feedback)"))
        try logApts(for: attended, workspace: workspace, random: &random)
        try importReturnedSheets(for: attended, workspace: workspace, random: &random)
        try importFormsExport(for: attended, workspace: workspace, random: &random)
        try planCatchUpWorkshop(in: workspace)
        try followUpPromises(in: workspace)
        _ = try runner.run(["check", "-w", workspace])
        _ = try runner.run(["followup", "-o", workspace + "/uppfoljning-chefer.md", "-w", workspace])
        _ = try runner.run(["report", "--format", "html", "-w", workspace])
        _ = try runner.run(["status", "-w", workspace])
        try reviseProgramme(from: workspace)
    }

    /// The council then adopts a revised programme. A copy of the workspace takes it in, so the
    /// rollout above stays as it was and the copy shows what changes: who must take up a changed
    /// chapter again, and two workplaces that already have.
    private func reviseProgramme(from workspace: String) throws {
        let revised = folder + "/arbetsyta-ny-version"
        try FileManager.default.copyItem(atPath: root + "/arbetsyta", toPath: root + "/arbetsyta-ny-version")
        runner.context.output.line("")
        runner.context.output.line(runner.context.output.bold(language.pick(
            "Ny version av programmet: kommunfullmäktige har antagit ett reviderat program. Demon fortsätter i en kopia av arbetsytan.",
            "A new version of the programme: the council has adopted a revised programme. The demo goes on in a copy of the workspace.")))
        let diff = try runner.run(["diff", folder + "/programme/personalpolitiskt-program.md", folder + "/programme/personalpolitiskt-program-2027.md",
                                   "--lang", language.rawValue], saveAs: folder + "/programme-diff.txt")
        let summary = diff.components(separatedBy: "\n").first { $0.hasPrefix(language.pick("Nya versionen har", "The new version has")) } ?? ""
        runner.context.output.line(language.pick("  sparad i ", "  saved in ") + folder + "/programme-diff.txt: " + summary)
        _ = try runner.run(["programme", "update", folder + "/programme/personalpolitiskt-program-2027.md", "-w", revised])
        let roster = try RosterFile.read(try String(contentsOfFile: root + "/arbetsyta-ny-version/roster/chefer.md", encoding: .utf8), path: "roster/chefer.md")
        let aptFiles = (FileManager.default.enumerator(atPath: root + "/arbetsyta-ny-version/apt")?.allObjects as? [String] ?? []).sorted()
        // Two managers who took up leadership (3) before the change take up its new text today.
        var logged = 0
        for manager in roster.managers where logged < 2 && manager.isActive(on: today) {
            guard aptFiles.contains(where: { $0.hasSuffix("-\(manager.id)-3.md") || $0.contains("-\(manager.id)-3-") }) else { continue }
            _ = try runner.run(["apt", "log", "--manager", manager.id, "--section", "3", "--date", today.description,
                                "--participants", String(max(2, (manager.staff ?? 10) - 2)), "-w", revised])
            logged += 1
        }
        _ = try runner.run(["sheets", "--changed", "-o", folder + "/apt-underlag-nytt", "-w", revised])
        _ = try runner.run(["followup", "-o", revised + "/uppfoljning-chefer.md", "-w", revised])
        _ = try runner.run(["status", "-w", revised])
    }

    /// HR starts the follow-up of the programme's own promises and marks what is done: the
    /// workshops for all managers (point 2 of the follow-up chapter) are under way, and the
    /// first competence plans are in.
    private func followUpPromises(in workspace: String) throws {
        _ = try runner.run(["actions", "init", "-w", workspace])
        let table = try String(contentsOfFile: root + "/arbetsyta/uppfoljning.md", encoding: .utf8)
        func id(containing words: String) -> String? {
            table.components(separatedBy: "\n").first { $0.contains(words) }?
                .split(separator: "|").first.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        if let workshops = id(containing: "Alla chefer har deltagit i en workshop") {
            _ = try runner.run(["actions", "set", workshops, "--status", "pågår", "--comment", "Fyra workshoppar hållna, en till planerad", "-w", workspace])
        }
        if let plans = id(containing: "Varje förvaltning har en kompetensförsörjningsplan") {
            _ = try runner.run(["actions", "set", plans, "--status", "klar", "--comment", "Alla sju förvaltningarnas planer är inlämnade", "-w", workspace])
        }
    }

    /// The managers who sent apologies or stayed away, and those who started since, are still to
    /// reach: HR plans a catch-up workshop and lets --auto invite exactly them.
    private func planCatchUpWorkshop(in workspace: String) throws {
        let date = today.adding(days: 14 + (9 - today.adding(days: 14).weekday) % 7)
        _ = try runner.run(["workshop", "new", "--date", date.description, "--start", "09:00", "--end", "12:00",
                            "--place", "Stadshuset, sal Ljusnan", "--capacity", "18", "--sections", "3,5",
                            "--facilitator", "Karin Holm, HR", "-w", workspace])
        _ = try runner.run(["workshop", "invite", "--auto", "-w", workspace])
    }

    /// Some managers answer a web form instead; its export is imported in one go.
    private func importFormsExport(for attended: [(id: String, workshop: CalendarDate)], workspace: String, random: inout DemoRandom) throws {
        let roster = try RosterFile.read(try String(contentsOfFile: root + "/arbetsyta/roster/chefer.md", encoding: .utf8), path: "roster/chefer.md")
        var rows: [[CSVCell]] = []
        for (position, entry) in attended.enumerated() where position % 4 == 1 {
            guard let manager = roster.manager(id: entry.id) else { continue }
            let date = min(entry.workshop.adding(days: 50 + random.next(40)), today.adding(days: -1))
            let staff = manager.staff ?? 10
            rows.append([
                .text(date.description), .text(manager.email), .text(manager.unit), .text("10 Samverkan och delaktighet"),
                .integer(max(2, staff - random.next(max(staff / 3, 1)))),
                .text("Vi vill ha APT oftare och med dagordningen ute i förväg."),
                .text(random.next(3) == 0 ? random.pick(DemoTexts.questions) : ""),
            ])
        }
        let csv = CSVWriter.excel(
            header: ["Datum för arbetsplatsträffen", "E-post", "Arbetsplats/enhet", "Avsnitt", "Antal deltagare", "Det viktigaste vi kom fram till", "Frågor till HR"],
            rows: rows)
        var files = OutputFolder()
        files.add("formular-export.csv", String(decoding: csv, as: UTF8.self))
        try files.write(to: root + "/inkorg")
        _ = try runner.run(["apt", "import", folder + "/inkorg/formular-export.csv", "-w", workspace])
    }

    /// The workshops were held on Tuesdays between four and three months ago.
    private func workshopDay(index: Int) -> CalendarDate {
        var day = today.adding(days: -120 + index * 7)
        while day.weekday != 2 { day = day.adding(days: 1) }
        return day
    }

    private func adjustRolloutDates(in workspace: String) throws {
        let path = workspace + "/" + Workspace.settingsFile
        var document = try RecordDocument(text: try String(contentsOfFile: path, encoding: .utf8), path: Workspace.settingsFile)
        try document.setField("rollout_start", today.adding(days: -150).description)
        try document.setField("rollout_target", today.adding(days: 215).description)
        // The introduction (1) and the chapter on follow-up (11) are not taken up at APT.
        try document.setField("rollout_sections", "2, 3, 4, 5, 6, 7, 8, 9, 10")
        try AtomicFile.write(document.text, to: path)
    }

    private func invitedManagers(workshop id: String, in workspace: String) throws -> [String] {
        let text = try String(contentsOfFile: root + "/arbetsyta/workshops/\(id).md", encoding: .utf8)
        return try WorkshopFile.read(text, path: id, id: id).participants.map(\.managerID)
    }

    /// Most managers report their APTs to HR, who records them with `apt log`.
    private func logApts(for attended: [(id: String, workshop: CalendarDate)], workspace: String, random: inout DemoRandom) throws {
        let roster = try RosterFile.read(try String(contentsOfFile: root + "/arbetsyta/roster/chefer.md", encoding: .utf8), path: "roster/chefer.md")
        let quiet = DemoRunner(context: runner.context, quiet: true)
        var count = 0
        for (position, entry) in attended.enumerated() where position % 6 != 5 {
            let staff = roster.manager(id: entry.id)?.staff ?? 10
            for (round, section) in ["3", "5", "2"].enumerated() where round == 0 || random.next(3) > 0 {
                let offset = 10 + round * 35 + random.next(25)
                let date = min(entry.workshop.adding(days: offset), today.adding(days: -1))
                var arguments = ["apt", "log", "--manager", entry.id, "--section", section, "--date", date.description,
                                 "--participants", String(max(2, staff - random.next(max(staff / 3, 1)))),
                                 "--note", random.pick(DemoTexts.conclusions[section, default: []]), "-w", workspace]
                if random.next(3) > 0 {
                    let due = date.adding(days: 30 + random.next(60))
                    arguments += ["--commitment", "\(random.pick(DemoTexts.commitments[section, default: []])); \(random.pick(DemoTexts.owners)); \(due)"]
                }
                if random.next(4) == 0 { arguments += ["--question", random.pick(DemoTexts.questions)] }
                _ = try (count == 0 ? runner : quiet).run(arguments)
                count += 1
            }
        }
        runner.context.output.line(language.pick("  … \(count) APT:er registrerade med apt log", "  … \(count) APTs recorded with apt log"))
    }

    /// The others return their filled-in sheet, which HR imports as it is.
    private func importReturnedSheets(for attended: [(id: String, workshop: CalendarDate)], workspace: String, random: inout DemoRandom) throws {
        let roster = try RosterFile.read(try String(contentsOfFile: root + "/arbetsyta/roster/chefer.md", encoding: .utf8), path: "roster/chefer.md")
        _ = try runner.run(["sheets", folder + "/programme/personalpolitiskt-program.md", "5", "-o", folder + "/inkorg/tomt", "--lang", language.rawValue])
        let blank = try String(contentsOfFile: root + "/inkorg/tomt/apt-05-arbetsmiljo-och-halsa.md", encoding: .utf8)
        var returned = OutputFolder()
        for (position, entry) in attended.enumerated() where position % 6 == 5 {
            guard let manager = roster.manager(id: entry.id) else { continue }
            let date = min(entry.workshop.adding(days: 20 + random.next(30)), today.adding(days: -1))
            returned.add("\(manager.id).md", DemoTexts.filledIn(blank, manager: manager, date: date, random: &random, language: language))
        }
        let paths = try returned.write(to: root + "/inkorg/ifyllda").map { folder + "/inkorg/ifyllda/" + $0 }
        _ = try runner.run(["apt", "import"] + paths + ["-w", workspace])
    }
}
