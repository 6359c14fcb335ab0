/// The report as markdown: read as it is, and the source of the HTML. Where a chart belongs
/// the document has a chart part; markdown shows the chart's figures in the table beside it,
/// and the HTML draws the chart from the same figures.
enum ReportMarkdown {
    static func render(_ report: ProgressReport) -> String {
        document(report).markdown
    }

    static func document(_ report: ProgressReport) -> ReportDocument {
        let l = report.language
        let f = report.figures
        var out = ReportDocument.Builder()
        out.append("<!-- forankra report -->")
        out.append("# " + l.pick("Uppföljning av införandet", "Rollout progress"))
        out.append("")
        out.append("**\(MarkdownText.escape(report.heading))**")
        out.append("")
        var scope = l.pick("Läget den \(f.asOf.proseText(l))", "As of \(f.asOf.proseText(l))")
        if let from = f.from { scope += l.pick(", räknat från den \(from.proseText(l))", ", counted from \(from.proseText(l))") }
        out.append(scope)
        if !report.problems.isEmpty { out += problemsPart(report) }
        guard !report.isEmpty else {
            out += ["", l.pick("Inget har hänt ännu: det finns inga chefer, workshoppar eller APT:er att redovisa.", "Nothing has happened yet: there are no managers, workshops or APTs to report.")]
            return out.finish()
        }
        out += assessmentPart(report)
        out += ["", "## " + l.pick("Sammanfattning", "Summary"), ""]
        out.append("- " + l.pick("Chefer som har gått workshoppen: ", "Managers who have attended the workshop: ") + count(f.reached, of: f.activeManagers, l))
        if f.catchUp > 0 { out.append("- " + l.pick("Nya chefer som ska nås i efterhand: \(f.catchUp)", "New managers to be reached later: \(f.catchUp)")) }
        out.append("- " + l.pick("APT:er som har hållits: ", "APTs held: ") + FigureText.grouped(f.aptsHeld)
                   + l.pick(", med sammanlagt \(FigureText.grouped(f.participants)) deltagare (samma person räknas en gång per APT)",
                            ", with \(FigureText.grouped(f.participants)) participants in all (a person counts once per APT)"))
        out.append("- " + l.pick("Medarbetare vars arbetsplats har haft APT om programmet: ", "Staff whose workplace has held an APT on the programme: ") + count(f.staffReached, of: f.staff, l))
        out.append("- " + l.pick("Avsnitt som arbetsplatserna har tagit upp på APT: ", "Sections the workplaces have taken up at an APT: ") + FigureText.percent(f.coverage) + " " + RolloutRecords.scope(restricted: !report.rolloutSections.isEmpty, l)
                   + (f.planned.map { planned in
                       let gap = FigureText.gapText(f.coverage, planned, short: false, language: l).text
                       return l.pick("; enligt planen \(FigureText.percent(planned)) i dag, alltså \(gap)", "; by the plan \(FigureText.percent(planned)) today, that is \(gap)")
                   } ?? ""))
        if let target = report.plan?.target { out.append("- " + l.pick("Införandet ska enligt planen vara klart den \(target.proseText(l))", "By the plan the rollout is to be done on \(target.proseText(l))")) }
        let c = report.commitments
        out.append("- " + l.pick("Åtaganden från arbetsplatsträffarna: \(c.open) inte klara, varav \(c.overdue) har passerat sitt datum; \(c.done) klara",
                                 "Commitments made at the APTs: \(c.open) not done, \(c.overdue) of them past their date; \(c.done) done"))
        if let promises = report.promises {
            out.append("- " + l.pick("Programmets egna åtgärder och mål: ", "The programme's own actions and targets: ") + promises.summary(l))
        }
        let q = report.questions
        out.append("- " + l.pick("Frågor till HR: \(q.total), ", "Questions to HR: \(q.total), ")
                   + (q.unanswered == q.total && q.total > 0 ? l.pick("ingen besvarad ännu", "none answered yet") : l.pick("varav \(q.unanswered) utan svar", "\(q.unanswered) unanswered")))
        departmentsPart(report, into: &out)
        sectionsPart(report, into: &out)
        timelinePart(report, into: &out)
        out += workshopsPart(report)
        out += feedbackPart(report) + commitmentsPart(report) + questionsPart(report) + themesPart(report)
        promisesPart(report, into: &out)
        out += revisionPart(report) + costPart(report)
        out += ["", "## " + l.pick("Så räknas siffrorna", "How the figures are computed"), ""]
        out += ReportDefinitions.text(l, minimumGroup: report.minimumGroup, plan: report.plan, aptMinutes: report.aptMinutes, rolloutSections: report.rolloutSections,
                                      catchUp: f.catchUp > 0, forecast: report.forecast != nil).map { "- " + $0 }
        return out.finish()
    }

    static func count(_ part: Int, of whole: Int, _ l: Language) -> String {
        l.pick("\(FigureText.grouped(part)) av \(FigureText.grouped(whole))", "\(FigureText.grouped(part)) of \(FigureText.grouped(whole))") + " (\(FigureText.percent(ProgressFigures.share(part, whole))))"
    }

    static func row(_ cells: [String]) -> String { RecordTable.format(cells) }

    static func header(_ cells: [String]) -> [String] {
        [row(cells), "|" + String(repeating: " --- |", count: cells.count)]
    }

    private static func problemsPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        var out = ["", "## " + l.pick("Att rätta först", "To correct first"), ""]
        out.append(l.pick(
            "Underlagen har \(report.problems.count) fel. \(RolloutRecords.leftOut(report.leftOut, l)) med fel är inte med i siffrorna nedan. Kör `forankra check` för att se var felen finns.",
            "The records have \(report.problems.count) problems. \(RolloutRecords.leftOut(report.leftOut, l)) left out of the figures below for problems. Run `forankra check` to see where they are."))
        out.append("")
        out += RecordProblem.countsByCode(report.problems).map { "- \($0.code.rawValue): \($0.count)" }
        return out
    }

    private static func departmentsPart(_ report: ProgressReport, into out: inout ReportDocument.Builder) {
        let l = report.language
        out += ["", "## " + l.pick("Per förvaltning", "By department"), ""]
        out.chart(.departments)
        out += header([l.pick("Förvaltning", "Department"), l.pick("Aktiva chefer", "Active managers"), l.pick("Har gått workshoppen", "Have attended the workshop"),
                       l.pick("Medarbetare", "Staff"), l.pick("Medarbetare vars arbetsplats har haft APT om programmet", "Staff whose workplace has held an APT on the programme"),
                       l.pick("Avsnitt som tagits upp på APT", "Sections taken up at APT")])
        let f = report.figures
        let departmentRow = { (name: String, managers: Int, reached: Int, staff: Int, staffReached: Int, coverage: Double) in
            row([name, FigureText.grouped(managers), "\(FigureText.grouped(reached)) (\(FigureText.percent(ProgressFigures.share(reached, managers))))",
                 FigureText.grouped(staff), FigureText.grouped(staffReached), FigureText.percent(coverage)])
        }
        for d in f.departments {
            out.append(departmentRow(d.name, d.activeManagers, d.reached, d.staff, d.staffReached, d.coverage))
        }
        // A total row only adds up when it is more than the one department shown.
        if f.departments.count > 1 {
            out.append(departmentRow(l.pick("Totalt", "Total"), f.activeManagers, f.reached, f.staff, f.staffReached, f.coverage))
        }
    }

    private static func sectionsPart(_ report: ProgressReport, into out: inout ReportDocument.Builder) {
        let l = report.language
        out += ["", "## " + l.pick("Per avsnitt", "By section"), ""]
        out.chart(.sections)
        out += header([l.pick("Avsnitt", "Section"), l.pick("Arbetsplatser med APT om avsnittet", "Workplaces with an APT on the section"), l.pick("Andel av arbetsplatserna", "Share of the workplaces"),
                       l.pick("Medarbetare på de arbetsplatserna", "Staff at those workplaces")])
        for s in report.figures.sections {
            out.append(row(["\(s.id) \(s.title)", String(s.managersWithApt), FigureText.percent(s.coverage), FigureText.grouped(s.staffReached)]))
        }
    }

    private static func timelinePart(_ report: ProgressReport, into out: inout ReportDocument.Builder) {
        let l = report.language
        guard !report.timeline.points.isEmpty else { return }
        out += ["", "## " + l.pick("Avsnitt som tagits upp på APT över tid, jämfört med planen", "Sections taken up at APT over time, against the plan"), ""]
        // One point makes no line to draw; its table says all there is.
        if report.timeline.points.count >= 2 { out.chart(.timeline) }
        out += header([l.pick("Datum", "Date"), l.pick("Avsnitt som tagits upp på APT", "Sections taken up"), l.pick("Planen", "Plan")])
        let points = report.timeline.points
        let step = max(1, (points.count + 11) / 12)
        for (index, point) in points.enumerated() where index % step == 0 || index == points.count - 1 {
            out.append(row([point.date.description, FigureText.percent(point.coverage), point.planned.map(FigureText.percent) ?? "–"]))
        }
    }

    private static func workshopsPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        guard !report.workshops.isEmpty else { return [] }
        var out = ["", "## " + l.pick("Workshoppar", "Workshops"), ""]
        out += header([l.pick("Datum", "Date"), l.pick("Plats", "Place"), l.pick("Inbjudna", "Invited"), l.pick("Närvarande", "Present"), l.pick("Förhinder", "Excused"), l.pick("Frånvarande", "Absent"), l.pick("Närvaro", "Attendance"), l.pick("Närvaro eller förhinder", "Present or excused"), l.pick("Betyg", "Rating")])
        for w in report.workshops {
            let rating = ratingCell(w, l)
            out.append(row([w.date.description, w.place, String(w.invited), String(w.present), String(w.excused), String(w.absent), FigureText.percent(w.attendance), FigureText.percent(w.commitment), rating]))
        }
        if report.workshops.contains(where: { !ReportJSON.sharedDates($0.rating).isEmpty }) {
            out += ["", l.pick(
                "Ett betyg ”gemensamt med” en annan workshop är genomsnittet för dem tillsammans: var för sig fick de färre än \(report.minimumGroup) betyg, och så få redovisas inte.",
                "A rating “together with” another workshop is the average of both: each had fewer than \(report.minimumGroup) ratings, and so few are not shown.")]
        }
        return out
    }

    /// "4,2", "3,8 (gemensamt med workshoppen 2026-03-10)", "väntar på fler svar" or "–".
    static func ratingCell(_ workshop: WorkshopSummary, _ l: Language) -> String {
        let note = PrivacyText.ratingNote(workshop.rating, l)
        guard let average = workshop.averageRating else { return note ?? "–" }
        return decimal(average, l) + (note.map { " (\($0))" } ?? "")
    }

    /// Only when someone gave feedback with their name: otherwise the one group is the total.
    private static func departmentFeedbackPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        guard report.feedbackByDepartment.contains(where: { $0.department != nil }) else { return [] }
        var out = ["", l.pick(
            "Betyg per förvaltning (återkoppling med namn räknas till personens förvaltning när förvaltningen har minst \(report.minimumGroup) svar i samma grupp; anonym återkoppling och mindre delar räknas under Övrig återkoppling):",
            "Ratings by department (named feedback counts to the giver's department when the department has at least \(report.minimumGroup) answers in the same group; anonymous feedback and smaller parts count as Other feedback):"), ""]
        out += header([l.pick("Förvaltning", "Department"), l.pick("Svar", "Answers"), l.pick("Betyg", "Ratings"), l.pick("Genomsnitt", "Average")])
        for group in report.feedbackByDepartment {
            let average = group.averageRating.map { decimal($0, l) + l.pick(" av 5", " of 5") } ?? "–"
            out.append(row([group.department ?? PrivacyText.otherFeedback(l), "\(group.answers)", "\(group.ratings)", average]))
        }
        return out
    }

    private static func feedbackPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        let feedback = report.feedback
        guard feedback.ratings > 0 || !feedback.tags.isEmpty || !feedback.comments.isEmpty || report.feedbackWaiting else { return [] }
        var out = ["", "## " + l.pick("Återkoppling från workshopparna", "Feedback from the workshops"), ""]
        if let average = feedback.averageRating {
            let present = report.workshops.reduce(0) { $0 + $1.present }
            out.append(feedback.ratings <= present
                ? l.pick("\(feedback.ratings) av de \(present) närvarande deltagarna har lämnat betyg; genomsnittet är \(decimal(average, l)) av 5.",
                         "\(feedback.ratings) of the \(present) participants present have given a rating; the average is \(decimal(average, l)) of 5.")
                : l.pick("Genomsnittligt betyg: \(decimal(average, l)) av 5 (\(feedback.ratings) betyg).", "Average rating: \(decimal(average, l)) of 5 (\(feedback.ratings) ratings)."))
        }
        if report.feedbackWaiting {
            if feedback.averageRating != nil { out.append("") }
            out.append(PrivacyText.waiting(minimum: report.minimumGroup, l))
        }
        out += departmentFeedbackPart(report)
        if !feedback.tags.isEmpty {
            // Tags are typed as one word ("oklart-syfte"); they are read as words.
            let tags = feedback.tags.prefix(8).map { tag in
                MarkdownText.escape(tag.tag.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")) + " (\(tag.count))"
            }
            out += ["", l.pick("Det som togs upp oftast (antal svar; ett svar kan ta upp flera saker): ", "Raised most often (answers; one answer can raise several things): ") + tags.joined(separator: ", ")]
        }
        if !feedback.comments.isEmpty {
            // The same words from several people are quoted once, with how many wrote them.
            var distinct: [String] = []
            var times: [String: Int] = [:]
            for comment in feedback.comments.map({ $0.replacingOccurrences(of: "\n", with: " ") }) {
                if times[comment] == nil { distinct.append(comment) }
                times[comment, default: 0] += 1
            }
            var notes: [String] = []
            if distinct.count < feedback.comments.count {
                notes.append(l.pick("en kommentar som flera har skrivit med samma ord står en gång", "a comment several people wrote in the same words is shown once"))
            }
            if distinct.count > 12 {
                notes.append(l.pick("12 av \(distinct.count) kommentarer visas; HR har alla", "12 of \(distinct.count) comments are shown; HR has them all"))
            }
            out += ["", l.pick("Anonyma kommentarer", "Anonymous comments") + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")") + ":", ""]
            // Most shared first, then in the order of the words: never in the order given.
            distinct.sort { (times[$1, default: 1], $0) < (times[$0, default: 1], $1) }
            out += distinct.prefix(12).map { comment in
                let count = times[comment, default: 1]
                return "> " + MarkdownText.escape(comment) + (count > 1 ? l.pick(" (samma kommentar från \(count) personer)", " (the same comment from \(count) people)") : "") + "\n"
            }
        }
        return out
    }

    private static func questionsPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        guard report.questions.total > 0 else { return [] }
        var out = ["", "## " + l.pick("Frågor till HR från arbetsplatserna", "Questions to HR from the workplaces"), ""]
        let q = report.questions
        let groups = report.questionGroups.count
        var sentence = groups == q.total
            ? l.pick("Arbetsplatserna har ställt \(l.count(q.total, ("fråga", "frågor"), ("", ""))) till HR.", "The workplaces have asked HR \(l.count(q.total, ("", ""), ("question", "questions"))).")
            : l.pick("Arbetsplatserna har ställt \(l.count(groups, ("fråga", "olika frågor"), ("", ""))) till HR, sammanlagt \(q.total) gånger.",
                     "The workplaces have asked HR \(l.count(groups, ("", ""), ("question", "different questions"))), \(q.total) times in all.")
        if q.unanswered == q.total {
            let oldest = report.questionGroups.map(\.first).min()
            sentence += l.pick(" Ingen är besvarad ännu", " None has been answered yet")
                + (oldest.map { l.pick("; den äldsta har väntat sedan den \($0.proseText(l)).", "; the oldest has waited since \($0.proseText(l)).") } ?? ".")
        } else {
            sentence += l.pick(" \(q.unanswered) väntar på svar.", " \(q.unanswered) await an answer.")
        }
        if groups > 10 { sentence += l.pick(" De tio som har ställts oftast:", " The ten asked most often:") }
        out.append(sentence)
        out.append("")
        out += report.questionGroups.prefix(10).map { group in
            let when = group.first == group.last ? l.pick("den \(group.first.proseText(l))", "on \(group.first.proseText(l))") : dateSpan(group.first, group.last, l)
            let times = group.count == 1 ? l.pick("ställd en gång", "asked once") : l.pick("ställd \(group.count) gånger", "asked \(group.count) times")
            return "- " + MarkdownText.escape(group.text) + " (\(times), \(when))"
        }
        return out
    }

    /// What the workplaces' conclusions and questions are about, by the words they use: a
    /// different grouping from the programme's sections, so it stands under its own heading.
    private static func themesPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        guard !report.raisedThemes.isEmpty else { return [] }
        return ["", "## " + l.pick("Vad arbetsplatserna tar upp", "What the workplaces raise"), "",
                (report.raisedThemes.count > 6 ? l.pick("De sex vanligaste ämnena", "The six most frequent subjects") : l.pick("Ämnen", "Subjects"))
                    + l.pick(" i arbetsplatsträffarnas slutsatser och frågor, räknat på nyckelord i APT-protokollen (ett ämne kan gå över flera av programmets avsnitt): ",
                             " in the APTs' conclusions and questions, counted by keywords in the APT records (a subject can span several of the programme's sections): ")
                    + report.raisedThemes.prefix(6).map { l.pick("\(MarkdownText.escape($0.name)) (\($0.count) gånger)", "\(MarkdownText.escape($0.name)) (\($0.count) times)") }.joined(separator: ", ") + "."]
    }

    /// "23 augusti–2 december 2026", "3 december 2025–14 januari 2026".
    static func dateSpan(_ first: CalendarDate, _ last: CalendarDate, _ l: Language) -> String {
        guard first.year == last.year else { return "\(first.proseText(l))–\(last.proseText(l))" }
        let month = first.month == last.month ? "\(first.day)" : first.proseText(l).replacingOccurrences(of: " \(first.year)", with: "")
        return "\(month)–\(last.proseText(l))"
    }

    private static func costPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        let cost = report.cost
        var out = ["", "## " + l.pick("Nedlagd arbetstid", "Staff time spent"), ""]
        let hours = { (value: Double) in FigureText.grouped(Int(value.rounded())) }
        let participants = FigureText.grouped(report.figures.participants)
        out.append(l.pick(
            "Workshoppar: \(hours(cost.workshopHours)) timmar (närvarande deltagare × workshopparnas längd). APT:er: cirka \(hours(cost.aptHours)) timmar (\(participants) deltagare × \(report.aptMinutes) minuter, räknat som om varje APT bara handlade om programmet). Totalt cirka \(hours(cost.totalHours)) timmar, utöver HR:s förberedelser.",
            "Workshops: \(hours(cost.workshopHours)) hours (participants present × the workshops' length). APTs: about \(hours(cost.aptHours)) hours (\(participants) participants × \(report.aptMinutes) minutes, as if each APT were only about the programme). In all about \(hours(cost.totalHours)) hours, besides HR's preparation."))
        if let kronor = cost.kronor {
            out.append(l.pick("Med \(FigureText.grouped(Int(cost.hourlyCost ?? 0))) kr per timme blir det \(FigureText.grouped(Int(kronor.rounded()))) kr.", "At \(FigureText.grouped(Int(cost.hourlyCost ?? 0))) SEK an hour that is \(FigureText.grouped(Int(kronor.rounded()))) SEK."))
        }
        return out
    }

    /// 4,2 in Swedish, 4.2 in English.
    static func decimal(_ value: Double, _ l: Language) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10)" + l.pick(",", ".") + "\(abs(tenths % 10))"
    }
}
