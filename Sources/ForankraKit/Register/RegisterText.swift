/// The privacy register and the forget command as HR reads them.
enum RegisterText {
    static func register(_ register: PersonalDataRegister, organisation: String, _ language: Language) -> [String] {
        var lines = [language.pick("Personuppgifter i arbetsytan för \(organisation), \(register.today)",
                                   "Personal data in the workspace of \(organisation), \(register.today)"), ""]
        for holding in register.holdings {
            lines.append(heading(holding, language))
            lines.append("  " + language.pick("Uppgifter: ", "Data: ") + data(holding, language))
            lines.append("  " + language.pick("Ändamål: ", "Purpose: ") + purpose(holding.category, language))
            switch holding.category {
            case .printouts:
                let folders = Dictionary(grouping: holding.files) { $0.split(separator: "/").prefix(2).joined(separator: "/") + "/" }
                lines += limited(folders.keys.sorted().map { "  \($0) (\(files(folders[$0]?.count ?? 0, language)))" }, language)
            case .lists:
                lines += limited(holding.files.map { "  \($0)" }, language)
            default:
                break
            }
            lines.append("")
        }
        if register.holdings.isEmpty { lines += [language.pick("Inga personuppgifter hittades.", "No personal data found."), ""] }
        lines += retention(register, language)
        lines += ["", language.pick(
            "Tänk också på att tidigare versioner i git-historiken och i säkerhetskopior innehåller samma uppgifter.",
            "Keep in mind that earlier versions in the git history and in backups hold the same data.")]
        return lines
    }

    private static func heading(_ holding: PersonalDataRegister.Holding, _ language: Language) -> String {
        let count = holding.files.count
        switch holding.category {
        case .roster: return language.pick("Chefslistan: roster/chefer.md", "The roster: roster/chefer.md")
        case .workshops: return language.pick("Workshoppar: \(files(count, language)) i workshops/", "Workshops: \(files(count, language)) in workshops/")
        case .apts: return language.pick("Arbetsplatsträffar: \(files(count, language)) i apt/", "Workplace meetings: \(files(count, language)) in apt/")
        case .printouts: return language.pick("Utskrifter: \(files(count, language)) i packs/", "Printouts: \(files(count, language)) in packs/")
        case .lists: return language.pick("Listor och andra filer som nämner chefer: \(files(count, language))", "Lists and other files naming managers: \(files(count, language))")
        case .log: return language.pick("Loggen: \(RegisterLog.path)", "The log: \(RegisterLog.path)")
        }
    }

    private static func data(_ holding: PersonalDataRegister.Holding, _ language: Language) -> String {
        let people = language.pick(holding.people == 1 ? "1 person" : "\(holding.people) personer", holding.people == 1 ? "1 person" : "\(holding.people) people")
        switch holding.category {
        case .roster:
            return language.pick("namn, e-post, förvaltning, enhet, antal medarbetare och när var och en var chef här (\(people)).",
                                 "name, e-mail, department, unit, number of staff and when each was a manager here (\(people)).")
        case .workshops:
            return language.pick("vilka chefer som bjöds in och om de kom, anmälde förhinder eller uteblev; återkoppling med namn när chefen själv angett det; anonym återkoppling i fritext, som kan nämna andra (\(people)).",
                                 "which managers were invited and whether they came, sent apologies or stayed away; feedback with a name when the manager gave it; anonymous free-text feedback, which may name others (\(people)).")
        case .apts:
            return language.pick("chef, enhet, datum och antal deltagare vid varje arbetsplatsträff; åtaganden med ansvarig och frågor till HR i fritext, som kan nämna medarbetare (\(people)).",
                                 "manager, unit, date and number of participants of each meeting; commitments with who is responsible and questions to HR in free text, which may name staff (\(people)).")
        case .printouts:
            return language.pick("deltagarlistor och kalenderinbjudningar med namn och e-post (\(people)).",
                                 "attendance lists and calendar invitations with names and e-mail addresses (\(people)).")
        case .lists:
            return language.pick("namn på chefer i uppföljningslistor och andra utskrifter (\(people)).",
                                 "names of managers in follow-up lists and other printouts (\(people)).")
        case .log:
            return language.pick("när pseudonymer infördes och i hur många filer, utan namn.", "when pseudonyms were brought in and in how many files, without names.")
        }
    }

    private static func purpose(_ category: PersonalDataRegister.Category, _ language: Language) -> String {
        switch category {
        case .roster:
            return language.pick("att bjuda in chefer till workshoppar och följa upp att programmet tas upp på varje arbetsplats.",
                                 "to invite managers to workshops and follow up that the programme is taken up at every workplace.")
        case .workshops:
            return language.pick("närvaro vid och utvärdering av chefsworkshopparna.", "attendance at and evaluation of the manager workshops.")
        case .apts:
            return language.pick("att följa upp att programmet tagits upp på arbetsplatsträffarna och att det som lovats blir gjort.",
                                 "to follow up that the programme was taken up at the meetings and that what was promised gets done.")
        case .printouts:
            return language.pick("underlag till workshopparna. De kan tas bort när workshoppen är hållen; forankra skriver dem på nytt vid behov.",
                                 "material for the workshops. They can be deleted once the workshop is held; forankra writes them again when needed.")
        case .lists:
            return language.pick("HR:s uppföljning av enskilda chefer.", "HR's follow-up of individual managers.")
        case .log:
            return language.pick("att kunna visa vad som gjorts med personuppgifterna.", "to be able to show what was done with the personal data.")
        }
    }

    private static func retention(_ register: PersonalDataRegister, _ language: Language) -> [String] {
        var lines = [language.pick("Gallring", "Retention")]
        guard let months = register.retentionMonths else {
            lines.append("  " + language.pick(
                "Ingen gallringsfrist är angiven. Skriv in den i forankra.md enligt er dokumenthanteringsplan, till exempel `retention_months: 36`.",
                "No retention period is set. Add it to forankra.md from your records management plan, for example `retention_months: 36`."))
            return lines
        }
        let limit = register.today.adding(months: -months)
        lines.append("  " + language.pick("Posterna sparas i \(months) månader (retention_months i forankra.md): det som är från före \(limit) ska gallras.",
                                          "Records are kept for \(months) months (retention_months in forankra.md): what is from before \(limit) is due for disposal."))
        if register.expired.isEmpty && register.departed.isEmpty {
            lines.append("  " + language.pick("Inget är äldre än så.", "Nothing is older than that."))
            return lines
        }
        if !register.expired.isEmpty {
            lines.append("  " + language.pick("Äldre än så: \(files(register.expired.count, language))", "Older than that: \(files(register.expired.count, language))"))
            lines += limited(register.expired.map { "    \($0.date)  \($0.path)" }, language)
        }
        if !register.departed.isEmpty {
            lines.append("  " + language.pick("Chefer som slutade före \(limit): \(register.departed.count)", "Managers who left before \(limit): \(register.departed.count)"))
            lines += limited(register.departed.map {
                "    " + language.pick("\($0.id) (slutade \($0.left)): forankra roster forget \($0.id)", "\($0.id) (left \($0.left)): forankra roster forget \($0.id)")
            }, language)
        }
        lines.append("  " + language.pick(
            "forankra tar aldrig bort något på egen hand. Gallra enligt dokumenthanteringsplanen: allmänna handlingar får bara gallras med stöd av ett gallringsbeslut.",
            "forankra never deletes anything on its own. Dispose of records by your records management plan: public records may only be disposed of under a disposal decision."))
        return lines
    }

    static func forgotten(_ forgetting: Forgetting, dryRun: Bool, _ language: Language) -> [String] {
        let count = files(forgetting.changes.count, language)
        var lines = [dryRun
            ? language.pick("Provkörning, inget skrevs. \(forgetting.manager.id) skulle ersättas med \(forgetting.pseudonym.id) i \(count).",
                            "Dry run, nothing written. \(forgetting.manager.id) would be replaced by \(forgetting.pseudonym.id) in \(count).")
            : language.pick("\(forgetting.manager.id) är ersatt med \(forgetting.pseudonym.id) i \(count): id, namn och e-post.",
                            "\(forgetting.manager.id) is replaced by \(forgetting.pseudonym.id) in \(count): id, name and e-mail.")]
        for change in forgetting.changes where change.newPath != change.path {
            lines.append("  " + language.pick("Nytt namn: ", "Renamed: ") + "\(change.path) → \(change.newPath)")
        }
        if !forgetting.toReview.isEmpty {
            lines.append(language.pick(
                "Se över för hand (namnet delas med en annan chef, står i programmet eller i en rad som inte kunde ändras):",
                "Look through by hand (the name is shared with another manager, stands in the programme or in a line that could not be changed):"))
            lines += forgetting.toReview.map { "  \($0)" }
        }
        if !dryRun {
            lines.append(language.pick("Loggat utan namn i \(RegisterLog.path). Siffrorna i status och rapporter är desamma som förut.",
                                       "Logged without a name in \(RegisterLog.path). The figures in status and reports are the same as before."))
            lines.append(language.pick(
                "Tidigare versioner i git-historiken och i säkerhetskopior innehåller fortfarande uppgifterna.",
                "Earlier versions in the git history and in backups still hold the data."))
        }
        return lines
    }

    private static func files(_ count: Int, _ language: Language) -> String {
        language.pick(count == 1 ? "1 fil" : "\(count) filer", count == 1 ? "1 file" : "\(count) files")
    }

    private static func limited(_ lines: [String], _ language: Language, to limit: Int = 12) -> [String] {
        guard lines.count > limit else { return lines }
        return Array(lines.prefix(limit)) + ["    " + language.pick("… och \(lines.count - limit) till", "… and \(lines.count - limit) more")]
    }
}
