/// `forankra status`: how far the rollout has come, at a glance in the terminal.
struct StatusCommand: Command {
    static let spec = CommandSpec(
        name: "status",
        summary: "Progress at a glance: managers reached, APTs, staff reached, departments, plan",
        usage: "forankra status [-w DIR]",
        options: [.workspace],
        positionals: .none,
        details: "The figures are defined in the README; `forankra report` gives them in full. A workspace with problems still shows its figures, with the problems counted first and the records they affect left out.",
        example: "forankra status")

    var workspaceOption: String?

    init(_ arguments: ParsedArguments, context: RunContext) throws { workspaceOption = arguments.value("workspace") }

    func run(_ context: RunContext) throws -> ExitCode {
        let root = try context.workspaceRoot(workspaceOption)
        let today = context.todayInSweden
        let (records, problems, leftOut) = try context.lenientRecords(root: root, keeping: [.followUp])
        let figures = ProgressFigures.compute(records, on: today)
        context.output.writeOut(StatusText.render(figures, records: records, today: today, problems: problems, leftOut: leftOut, output: context.output))
        return .success
    }
}

/// The status screen: fits 100 columns; bars are plain characters, colour only on a terminal.
enum StatusText {
    /// "Obs: underlagen har 2 fel: 1 BAD-DATE, 1 UNKNOWN-MANAGER." and what that leaves out,
    /// wrapped to the screen's 100 columns.
    static func problemLines(_ problems: [RecordProblem], leftOut: Int, language: Language) -> [String] {
        let counts = RecordProblem.countTexts(problems)
        var lines = [language.pick("Obs: underlagen har \(problems.count) fel:", "Note: the records have \(problems.count) problems:")]
        for (index, count) in counts.enumerated() {
            let item = count + (index == counts.count - 1 ? "." : ",")
            if let last = lines.last, last.count + 1 + item.count <= 100 {
                lines[lines.count - 1] = last + " " + item
            } else {
                lines.append("  " + item)
            }
        }
        lines.append(language.pick(
            "\(RolloutRecords.leftOut(leftOut, language)) med fel är inte med i siffrorna nedan. Kör 'forankra check' för att se var felen finns.",
            "\(RolloutRecords.leftOut(leftOut, language)) left out of the figures below for problems. Run 'forankra check' to see where."))
        return lines
    }

    static func render(_ figures: ProgressFigures, records: RolloutRecords, today: CalendarDate,
                       problems: [RecordProblem] = [], leftOut: Int = 0, output: Output) -> String {
        let language = records.settings.language
        var lines: [String] = []
        lines.append(output.bold(records.settings.materialSettings.documentHeading(for: records.programme)) + "  " + output.dim("(\(today))"))
        lines.append("")
        if !problems.isEmpty {
            lines += problemLines(problems, leftOut: leftOut, language: language).map(output.bold)
            lines.append("")
        }
        guard figures.activeManagers > 0 else {
            lines.append(language.pick(
                "Inget har hänt ännu: det finns inga aktiva chefer. Läs in dem med 'forankra roster import'.",
                "Nothing has happened yet: there are no active managers. Import them with 'forankra roster import'."))
            return lines.joined(separator: "\n") + "\n"
        }
        let label = { (text: String) in OutlineText.pad(text, 28) }
        lines.append(label(language.pick("Chefer nådda av workshop", "Managers reached")) + figure(figures.reached, of: figures.activeManagers, language) + "  " + bar(figures.reachedShare))
        let remaining = [
            figures.notReached > 0 ? language.pick("\(FigureText.grouped(figures.notReached)) ej " + (figures.notReached == 1 ? "nådd" : "nådda"), "\(FigureText.grouped(figures.notReached)) not reached") : nil,
            figures.catchUp > 0 ? language.pick(
                figures.catchUp == 1 ? "1 ny chef som ska nås i efterhand" : "\(figures.catchUp) nya chefer som ska nås i efterhand",
                figures.catchUp == 1 ? "1 new manager to be reached later" : "\(figures.catchUp) new managers to be reached later") : nil,
        ].compactMap { $0 }
        if !remaining.isEmpty { lines.append(label("") + remaining.joined(separator: ", ")) }
        lines.append(label(language.pick("Genomförda APT:er", "APTs held")) + language.pick(
            "\(FigureText.grouped(figures.aptsHeld)) (\(FigureText.grouped(figures.participants)) deltagare)", "\(FigureText.grouped(figures.aptsHeld)) (\(FigureText.grouped(figures.participants)) participants)"))
        let covered = figures.sections.filter { $0.managersWithApt > 0 }.count
        lines.append(label(language.pick("Avsnitt med minst en APT", "Sections with an APT")) + language.pick("\(covered) av \(figures.sections.count)", "\(covered) of \(figures.sections.count)"))
        lines.append(label(language.pick("Personal nådd", "Staff reached")) + figure(figures.staffReached, of: figures.staff, language) + "  " + bar(figures.staffShare))
        lines.append(label(language.pick("Införandet", "Rollout")) + FigureText.percent(figures.coverage) + " " + RolloutRecords.scope(restricted: !records.settings.rolloutSections.isEmpty, language))
        lines.append(label("") + planLine(figures, language: language, output: output))
        lines.append("")
        let againstPlan = figures.planned == nil ? "" : "   " + language.pick("Mot planen", "Against plan")
        lines.append(output.dim(OutlineText.pad(language.pick("Förvaltning", "Department"), 40) + OutlineText.pad(language.pick("Nådda", "Reached"), 10)
                                + OutlineText.pad(language.pick("Införandet", "Rollout"), 25) + againstPlan))
        for department in figures.departments {
            var line = OutlineText.pad(OutlineText.truncate(department.name, 38), 40)
                + OutlineText.pad("\(department.reached)/\(department.activeManagers)", 10)
                + bar(department.coverage) + " " + OutlineText.leftPad(FigureText.percent(department.coverage), 4)
            if let planned = figures.planned {
                let gap = FigureText.gapText(department.coverage, planned, short: true, language: language)
                line += "   " + (gap.points < 0 ? output.warning(gap.text) : gap.text)
            }
            lines.append(line)
        }
        if let planned = figures.planned, !figures.departments.isEmpty {
            lines.append(output.dim(language.pick(
                "Mot planen: skillnad i procentenheter mot planen i dag (\(FigureText.percent(planned))).",
                "Against plan: the difference in percentage points from today's plan (\(FigureText.percent(planned))).")))
        }
        lines.append("")
        lines += upcoming(records, today: today, language: language)
        let counts = records.tally.followUp()
        lines.append(language.pick(
            "Åtaganden från APT:erna: \(counts.open) öppna, varav \(counts.overdue) försenade; \(counts.done) klara",
            "Commitments from the APTs: \(counts.open) open, \(counts.overdue) of them overdue; \(counts.done) done"))
        lines.append(language.pick(
            "Frågor till HR: \(counts.unanswered) av \(counts.questions) utan svar",
            "Questions to HR: \(counts.unanswered) of \(counts.questions) unanswered"))
        if let revision = RevisionFigures.compute(records, on: today) {
            let sections = ProgrammeDiffText.listed(revision.chapters.filter { $0.remaining > 0 }.map(\.id), language)
            let added = revision.added.map(\.id)
            lines.append(language.pick(
                "Ny version av programmet (gäller från \(revision.appliesFrom)): \(revision.unitsToRetake) \(revision.unitsToRetake == 1 ? "arbetsplats behöver" : "arbetsplatser behöver") ta upp ändrade avsnitt igen"
                    + (sections.isEmpty ? "" : " (avsnitt \(sections))") + (added.isEmpty ? "" : "; nytt avsnitt: \(ProgrammeDiffText.listed(added, language))"),
                "New version of the programme (applies from \(revision.appliesFrom)): \(revision.unitsToRetake) \(revision.unitsToRetake == 1 ? "workplace needs" : "workplaces need") to take up changed sections again"
                    + (sections.isEmpty ? "" : " (section \(sections))") + (added.isEmpty ? "" : "; new section: \(ProgrammeDiffText.listed(added, language))")))
        }
        if let promises = PromiseProgress.compute(records.actions, on: today) {
            let line = language.pick("Programmets åtgärder och mål: ", "The programme's actions and targets: ") + promises.summary(language)
            lines.append(promises.late > 0 ? output.warning(line) : line)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func planLine(_ figures: ProgressFigures, language: Language, output: Output) -> String {
        guard let planned = figures.planned else { return language.pick("ingen plan angiven i forankra.md", "no plan set in forankra.md") }
        let text = language.pick("planen i dag: \(FigureText.percent(planned))", "plan for today: \(FigureText.percent(planned))")
        let gap = FigureText.gapText(figures.coverage, planned, short: false, language: language)
        return text + (gap.points == 0 ? ", " : " → ") + (gap.points < 0 ? output.warning(gap.text) : gap.text)
    }

    private static func upcoming(_ records: RolloutRecords, today: CalendarDate, language: Language) -> [String] {
        let next = records.workshops.filter { $0.status == .planned && $0.date >= today }.prefix(3)
        guard !next.isEmpty else { return [] }
        return [language.pick("Nästa workshoppar:", "Next workshops:")] + next.map { workshop in
            "  \(workshop.date) \(workshop.start.text(language))  \(workshop.place)  " + language.pick(
                language.count(workshop.participants.count, ("inbjuden", "inbjudna"), ("invited", "invited")) + ", " + language.count(workshop.capacity, ("plats", "platser"), ("seat", "seats")),
                language.count(workshop.participants.count, ("inbjuden", "inbjudna"), ("invited", "invited")) + ", " + language.count(workshop.capacity, ("plats", "platser"), ("seat", "seats")))
        } + [""]
    }

    static func figure(_ part: Int, of whole: Int, _ language: Language) -> String {
        let count = OutlineText.pad(language.pick("\(FigureText.grouped(part)) av \(FigureText.grouped(whole))", "\(FigureText.grouped(part)) of \(FigureText.grouped(whole))"), 16)
        let percent = OutlineText.leftPad(FigureText.percent(ProgressFigures.share(part, whole)), 5)
        // A count wider than its column (a region's 153 560 staff) must not run into the percentage.
        return count + (count.hasSuffix(" ") || percent.hasPrefix(" ") ? "" : " ") + percent
    }

    /// Twenty cells of eighths, so small differences still show.
    static func bar(_ share: Double, width: Int = 20) -> String {
        let eighths = Int((min(max(share, 0), 1) * Double(width * 8)).rounded())
        let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var text = String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
        text += String(repeating: "░", count: max(0, width - text.count))
        return text
    }
}
