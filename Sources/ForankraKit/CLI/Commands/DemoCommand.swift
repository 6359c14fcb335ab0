import Foundation

/// `forankra demo [DIR]`: the whole flow on the bundled example, run through the same commands
/// a user would type, each printed as it runs so the demo doubles as a lesson.
struct DemoCommand: Command {
    static let spec = CommandSpec(
        name: "demo",
        summary: "Run the whole flow on the bundled example programme (fictional Sjöhamra kommun)",
        usage: "forankra demo [DIR] [--lang sv|en]",
        options: [
            .language,
        ],
        positionals: .optional("DIR"),
        details: "Writes everything under DIR (default forankra-demo): the example programme in both shapes, the outline, APT sheets and a workshop pack.",
        example: "forankra demo /tmp/forankra-demo")

    var folder: String
    var language: Language

    init(_ arguments: ParsedArguments, context: RunContext) throws {
        folder = context.resolve(arguments.positionals.first ?? "forankra-demo")
        language = try arguments.language()
    }

    func run(_ context: RunContext) throws -> ExitCode {
        let out = context.output
        var examples = OutputFolder()
        for file in BundledMaterials.files where file.path.hasPrefix("programme/") {
            examples.add(file.path, file.text)
        }
        for file in BundledDocuments.files where file.path.hasPrefix("programme/") {
            examples.add(file.path, data: Data(base64Encoded: file.base64) ?? Data())
        }
        try examples.write(to: folder)
        let shown = context.display(folder)
        let pdfShaped = shown + "/programme/personalpolitiskt-program-pdf.txt"
        let markdown = shown + "/programme/personalpolitiskt-program.md"
        let word = shown + "/programme/personalpolitiskt-program.docx"
        let workshopDate = Self.nextTuesday(atLeastTwoWeeksAfter: context.today)
        out.line(out.bold(language.pick(
            "forankra demo: hela flödet på exempelprogrammet för den påhittade Sjöhamra kommun",
            "forankra demo: the whole flow on the example programme of the fictional Sjöhamra kommun")))
        out.line(language.pick("Programmet i tre former: ", "The programme in three shapes: ") + "\(markdown), \(word), \(pdfShaped)")
        let steps: [(arguments: [String], saveAs: String?)] = [
            (["outline", pdfShaped, "--lang", language.rawValue], shown + "/outline-pdf.txt"),
            (["outline", markdown, "--lang", language.rawValue], shown + "/outline-md.txt"),
            (["outline", word, "--lang", language.rawValue], shown + "/outline-docx.txt"),
            (["outline", pdfShaped, "--json"], shown + "/outline.json"),
            (["sheets", pdfShaped, "--lang", language.rawValue, "-o", shown + "/apt-underlag"], nil),
            (["pack", pdfShaped, "--date", workshopDate.description, "--start", "13:00", "--end", "16:00",
              "--place", "Stadshuset, sal Ljusnan", "--sections", "3,5", "--facilitator", "Karin Holm, HR",
              "--lang", language.rawValue, "-o", shown + "/packs/\(workshopDate)-stadshuset"], nil),
        ]
        for step in steps {
            out.line("")
            out.line(out.dim("$ forankra " + step.arguments.map(Self.shellQuoted).joined(separator: " ") + (step.saveAs.map { " > \($0)" } ?? "")))
            let captured = CapturedOutput()
            let cli = CommandLineInterface(
                arguments: step.arguments, workingDirectory: context.workingDirectory,
                environment: context.environment, today: context.today, output: captured.output)
            let code = cli.run()
            out.writeErr(captured.standardError)
            guard code == .success else { return code }
            if let saveAs = step.saveAs {
                try AtomicFile.write(captured.standardOutput, to: context.resolve(saveAs))
                out.line(language.pick("  sparad i ", "  saved in ") + saveAs + summaryLine(captured.standardOutput))
            } else {
                out.writeOut(captured.standardOutput)
            }
        }
        out.line("")
        out.line(out.bold(language.pick("Arbetsytan: ett helt införande, med samma kommandon som HR kör", "The workspace: a whole rollout, with the same commands HR runs")))
        do {
            try DemoWorkspace(folder: shown, root: folder, runner: DemoRunner(context: context), language: language, today: context.todayInSweden).build()
        } catch let failed as DemoStepFailed {
            return failed.code
        }
        out.line("")
        out.line(language.pick(
            "Klart. Öppna \(shown)/apt-underlag/index.html, \(shown)/packs/\(workshopDate)-stadshuset/index.html och rapporten i \(shown)/arbetsyta/reports/ i en webbläsare. HR:s uppföljningslista med namn ligger i \(shown)/arbetsyta/uppfoljning-chefer.md. Arbetsytan \(shown)/arbetsyta/ är en helt vanlig mapp: öppna filerna, eller kör forankra där. I \(shown)/arbetsyta-ny-version/ finns en kopia av arbetsytan som har uppdaterats med det reviderade programmet; vad som ändrades står i \(shown)/programme-diff.txt.",
            "Done. Open \(shown)/apt-underlag/index.html, \(shown)/packs/\(workshopDate)-stadshuset/index.html and the report in \(shown)/arbetsyta/reports/ in a web browser. HR's named follow-up list is in \(shown)/arbetsyta/uppfoljning-chefer.md. The workspace \(shown)/arbetsyta/ is an ordinary folder: open its files, or run forankra in it. In \(shown)/arbetsyta-ny-version/ the same workspace has taken in the revised programme; what changed is in \(shown)/programme-diff.txt."))
        return .success
    }

    /// The outline's own summary line, so the demo shows what was understood at a glance.
    private func summaryLine(_ outline: String) -> String {
        guard let line = outline.split(separator: "\n").first(where: { $0.contains(language.pick("kärnpåståenden", "key statements")) }) else { return "" }
        return ": " + line
    }

    /// A workshop date that is in the future whenever the demo runs: the first Tuesday at least
    /// two weeks ahead (Tuesday afternoons are a common slot for manager meetings).
    static func nextTuesday(atLeastTwoWeeksAfter today: Date) -> CalendarDate {
        let days = Int((today.timeIntervalSince1970 / 86_400).rounded(.down)) + 14
        var date = CalendarDate.fromDayNumber(days)
        while date.weekday != 2 { date = CalendarDate.fromDayNumber(date.dayNumber + 1) }
        return date
    }

    static func shellQuoted(_ argument: String) -> String {
        let safe = argument.allSatisfy { $0.isLetter || $0.isNumber || "-_./:,=".contains($0) }
        return safe ? argument : "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
