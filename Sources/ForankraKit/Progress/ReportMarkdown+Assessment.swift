/// The report's opening: what the figures mean together, and what leadership must decide.
/// Every sentence is drawn from a figure further down, so the assessment can be checked
/// against the tables; nothing here is opinion the records cannot carry.
extension ReportMarkdown {
    static func assessmentPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        var paragraphs: [String] = []
        var decisions: [String] = []
        let f = report.figures
        let target = report.plan?.target

        if let pace = paceText(report) {
            paragraphs.append(pace.text)
            if pace.late, let target {
                decisions.append(l.pick("hur införandet ska komma i kapp med planen: mer tid för programmet på arbetsplatsträffarna, eller ett senare slutdatum än den \(target.proseText(l))",
                                        "how the rollout is to catch up with the plan: more time for the programme at the APTs, or a later end than \(target.proseText(l))"))
            }
        }
        if let goal = report.rolloutGoal, let due = goal.due, let target, due != target {
            paragraphs.append(l.pick(
                "Programmet sätter själv ett \(due < target ? "tidigare" : "senare") datum för införandet än planen, den \(due.proseText(l)), i punkt \(goal.id): ”\(goal.text)”",
                "The programme itself sets an \(due < target ? "earlier" : "later") date for the rollout than the plan, \(due.proseText(l)), in point \(goal.id): “\(goal.text)”"))
            decisions.append(l.pick("vilket slutdatum som gäller: programmets \(due.proseText(l)) eller planens \(target.proseText(l))",
                                    "which end date holds: the programme's \(due.proseText(l)) or the plan's \(target.proseText(l))"))
        }
        let invitations = report.invitations
        if invitations.notReached > 0 {
            var sentence = l.pick(invitations.notReached == 1 ? "1 chef har inte gått workshoppen" : "\(invitations.notReached) chefer har inte gått workshoppen",
                                  invitations.notReached == 1 ? "1 manager has not attended the workshop" : "\(invitations.notReached) managers have not attended the workshop")
            if let next = invitations.next {
                let who = invitations.invited == invitations.notReached
                    ? l.pick(invitations.notReached == 1 ? "hen är inbjuden" : "alla är inbjudna", invitations.notReached == 1 ? "they are invited" : "all are invited")
                    : l.pick("\(invitations.invited) av dem är inbjudna", "\(invitations.invited) of them are invited")
                sentence += l.pick("; \(who) till en workshop, den första den \(next.proseText(l))", "; \(who) to a workshop, the first on \(next.proseText(l))")
            } else {
                sentence += l.pick(", och ingen workshop är planerad", ", and no workshop is planned")
            }
            paragraphs.append(sentence + ".")
            if invitations.uninvited > 0 {
                decisions.append(l.pick(invitations.uninvited == 1 ? "hur den chef som inte har gått workshoppen och inte är inbjuden ska nås" : "hur de \(invitations.uninvited) chefer som inte har gått workshoppen och inte är inbjudna ska nås",
                                        invitations.uninvited == 1 ? "how the manager who has not attended and is not invited is to be reached" : "how the \(invitations.uninvited) managers who have not attended and are not invited are to be reached"))
            }
        } else if f.activeManagers > 0 {
            paragraphs.append(l.pick("Alla chefer har gått workshoppen.", "Every manager has attended the workshop."))
        }
        if let promises = report.promises {
            let legal = promises.lateRows.compactMap { row in LegalDuty.named(in: row.text).map { (row, $0) } }
            for (row, duty) in legal {
                guard let due = row.due else { continue }
                let standing = row.status == .inProgress ? l.pick("men pågår fortfarande", "but is still in progress") : l.pick("och är inte påbörjad", "and has not started")
                paragraphs.append(l.pick("\(duty.name.sv) skulle ha varit klar den \(due.proseText(l)) \(standing) (punkt \(row.id)). Den \(duty.law.sv).",
                                         "\(duty.name.en) was due on \(due.proseText(l)) \(standing) (point \(row.id)). It \(duty.law.en)."))
            }
            let unnamed = promises.owners.first { $0.name.isEmpty }?.points ?? 0
            if unnamed > 0 {
                decisions.append(l.pick(unnamed == 1 ? "vem som ansvarar för den punkt i programmet som saknar ansvarig" : "vem som ansvarar för de \(unnamed) punkter i programmet som saknar ansvarig",
                                        unnamed == 1 ? "who is responsible for the point in the programme that has no owner" : "who is responsible for the \(unnamed) points in the programme that have no owner"))
            }
            if promises.late > 0 {
                let first = legal.first.map { l.pick(", först \($0.1.name.sv.lowercased())", ", first \($0.1.name.en.lowercased())") } ?? ""
                decisions.append(l.pick(promises.late == 1 ? "hur den försenade punkten ska komma i kapp\(first)" : "hur de \(promises.late) försenade punkterna ska komma i kapp\(first)",
                                        promises.late == 1 ? "how the late point is to catch up\(first)" : "how the \(promises.late) late points are to catch up\(first)"))
            }
        }
        let c = report.commitments
        if c.overdue > 0 {
            paragraphs.append(l.pick("\(c.overdue) av de \(c.open) åtaganden från arbetsplatsträffarna som inte är klara har passerat sitt datum.",
                                     "\(c.overdue) of the \(c.open) commitments from the APTs not yet done are past their date."))
            decisions.append(l.pick("hur förvaltningarna ska följa upp de åtaganden som har passerat sitt datum", "how the departments are to follow up the commitments past their date"))
        }
        if let revision = report.revision, revision.unitsToRetake > 0 {
            paragraphs.append(l.pick(
                revision.unitsToRetake == 1 ? "Efter revideringen av programmet behöver 1 arbetsplats ta upp ändrade avsnitt igen." : "Efter revideringen av programmet behöver \(revision.unitsToRetake) arbetsplatser ta upp ändrade avsnitt igen.",
                revision.unitsToRetake == 1 ? "After the programme's revision 1 workplace needs to take up changed sections again." : "After the programme's revision \(revision.unitsToRetake) workplaces need to take up changed sections again."))
        }
        guard !paragraphs.isEmpty else { return [] }
        var out = ["", "## " + l.pick("Bedömning", "Assessment")]
        for paragraph in paragraphs { out += ["", MarkdownText.escape(paragraph)] }
        if !decisions.isEmpty {
            out += ["", "**" + l.pick("Ledningsgruppen behöver ta ställning till:", "Leadership needs to decide:") + "**", ""]
            out += decisions.map { "- " + MarkdownText.escape($0) }
        }
        return out
    }

    /// The pace against the plan and the day the rollout is done at it; `late` when that day
    /// falls after the plan's end (or never comes).
    private static func paceText(_ report: ProgressReport) -> (text: String, late: Bool)? {
        let l = report.language
        let f = report.figures
        guard f.activeManagers > 0 else { return nil }
        if let forecast = report.forecast, forecast.isDone {
            return (l.pick("Alla arbetsplatser har tagit upp alla avsnitt som ska tas upp.", "Every workplace has taken up every section to take up."), false)
        }
        var text: String
        let share = FigureText.percent(f.coverage)
        if let planned = f.planned {
            let gap = FigureText.gapText(f.coverage, planned, short: false, language: l).points
            let standing = gap < -2 ? l.pick("ligger efter planen", "is behind the plan") : gap > 2 ? l.pick("ligger före planen", "is ahead of the plan") : l.pick("följer planen", "follows the plan")
            text = l.pick("Införandet \(standing). Arbetsplatserna har tagit upp \(share) av de avsnitt som ska tas upp; enligt planen borde det vara \(FigureText.percent(planned)) i dag.",
                          "The rollout \(standing). The workplaces have taken up \(share) of the sections to take up; by the plan it should be \(FigureText.percent(planned)) today.")
        } else {
            text = l.pick("Arbetsplatserna har tagit upp \(share) av de avsnitt som ska tas upp.", "The workplaces have taken up \(share) of the sections to take up.")
        }
        guard let forecast = report.forecast else { return (text, false) }
        let weeks = l.pick("de senaste \(l.numberWord(forecast.weeks)) veckorna", "the last \(l.numberWord(forecast.weeks)) weeks")
        guard let finish = forecast.finish else {
            text += l.pick(" Under \(weeks) har andelen inte ökat, så i den takten blir införandet inte klart.", " Over \(weeks) the share has not grown, so at that pace the rollout will not be done.")
            return (text, true)
        }
        text += l.pick(" I den takt som har hållits \(weeks) blir införandet klart omkring \(finish.monthText(l))", " At the pace of \(weeks) the rollout will be done around \(finish.monthText(l))")
        guard let target = report.plan?.target else { return (text + ".", false) }
        if finish > target {
            let months = RolloutForecast.months(from: target, to: finish)
            let after = months >= 1 ? l.pick("\(l.numberWord(months)) \(months == 1 ? "månad" : "månader") efter", "\(l.numberWord(months)) \(months == 1 ? "month" : "months") after") : l.pick("strax efter", "just after")
            return (text + l.pick(", \(after) planens slut den \(target.proseText(l)).", ", \(after) the plan's end on \(target.proseText(l))."), true)
        }
        return (text + l.pick(", i tid till planens slut den \(target.proseText(l)).", ", in time for the plan's end on \(target.proseText(l))."), false)
    }
}
