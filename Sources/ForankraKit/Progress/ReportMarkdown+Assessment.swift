/// The report's opening: what the figures mean together, and what leadership must decide.
/// Every sentence is drawn from a figure further down, so the assessment can be checked
/// against the tables; nothing here is opinion the records cannot carry.
extension ReportMarkdown {
    static func assessmentPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        var paragraphs: [String] = []
        var decisions: [String] = []
        let target = report.plan?.target
        let pace = paceText(report)
        var reworkNamed = false
        if var text = pace?.text {
            // Retaking a changed section does not raise the share, so the forecast leaves it out.
            if report.forecast?.finish != nil, let revision = report.revision {
                let remaining = revision.chapters.reduce(0) { $0 + $1.remaining }
                if remaining > 0 {
                    text += l.pick(" Prognosen räknar inte med de \(remaining) avsnitt som \(revision.unitsToRetake) arbetsplatser behöver ta upp igen efter revideringen.",
                                   " The forecast leaves out the \(remaining) sections \(revision.unitsToRetake) workplaces need to take up again after the revision.")
                    reworkNamed = true
                }
            }
            paragraphs.append(text)
        }

        // The programme's own date for the rollout: from the version in force it is a date to
        // settle against the plan; from the earlier version only a date to bring up to date.
        var goalDate: CalendarDate?
        if let goal = report.rolloutGoal, let due = goal.due, let target, due != target {
            let earlier = due < target
            if let moved = report.promiseRevision?.point(goal.id) {
                var text = l.pick("I förra versionen av programmet skulle införandet vara klart den \(due.proseText(l)) (punkt \(goal.id)).",
                                  "In the earlier version of the programme the rollout was to be done by \(due.proseText(l)) (point \(goal.id)).")
                if let newDue = moved.newDue, newDue != due {
                    goalDate = newDue == target ? nil : newDue
                    text += l.pick(" Den nya versionen flyttar datumet till den \(newDue.proseText(l)), \(relation(newDue, to: target, l)).",
                                   " The new version moves the date to \(newDue.proseText(l)), \(relation(newDue, to: target, l)).")
                    if let finish = report.forecast?.finish, finish > newDue {
                        text += l.pick(" I nuvarande takt nås inte heller det datumet.", " At the present pace that date is not met either.")
                    }
                } else if !moved.changed {
                    text += l.pick(" Den nya versionen har inte kvar punkten.", " The new version no longer has the point.")
                }
                paragraphs.append(text + l.pick(" HR har ännu inte fört in den nya versionens datum i uppföljningen.", " HR has not yet brought the new version's dates into the follow-up."))
            } else {
                goalDate = due
                paragraphs.append(l.pick(
                    "Programmet sätter själv ett \(earlier ? "tidigare" : "senare") datum för införandet än planen, den \(due.proseText(l)), i punkt \(goal.id): ”\(goal.text)”",
                    "The programme itself sets an \(earlier ? "earlier" : "later") date for the rollout than the plan, \(due.proseText(l)), in point \(goal.id): “\(goal.text)”"))
            }
        }
        if let target {
            switch (pace?.late ?? false, goalDate) {
            case (true, let due?) where due > target:
                decisions.append(l.pick("om planens slutdatum ska flyttas till programmets datum, den \(due.proseText(l)), och hur arbetsplatsträffarna ska få tid att hinna dit",
                                        "whether the plan's end is to move to the programme's date, \(due.proseText(l)), and how the APTs are to get the time to make it"))
            case (true, let due?):
                decisions.append(l.pick("vilket slutdatum som gäller för införandet, planens \(target.proseText(l)) eller programmets \(due.proseText(l)), och hur arbetsplatsträffarna ska få tid att hinna dit",
                                        "which end date holds for the rollout, the plan's \(target.proseText(l)) or the programme's \(due.proseText(l)), and how the APTs are to get the time to make it"))
            case (true, nil):
                decisions.append(l.pick("om införandet ska få mer tid på arbetsplatsträffarna eller ett senare slutdatum än den \(target.proseText(l))",
                                        "whether the rollout is to get more time at the APTs or a later end than \(target.proseText(l))"))
            case (false, let due?):
                decisions.append(l.pick("vilket slutdatum som gäller för införandet: planens \(target.proseText(l)) eller programmets \(due.proseText(l))",
                                        "which end date holds for the rollout: the plan's \(target.proseText(l)) or the programme's \(due.proseText(l))"))
            case (false, nil):
                break
            }
        }
        paragraphs += invitationsText(report).map { [$0] } ?? []
        paragraphs += twinDatesText(report)
        if let uninvited = uninvitedDecision(report) { decisions.append(uninvited) }
        if let promises = report.promises {
            let legal = promises.lateRows.compactMap { row in LegalDuty.named(in: row.text).map { (row, $0) } }
            for (row, duty) in legal {
                guard let due = row.due else { continue }
                let standing = row.status == .inProgress ? l.pick("men pågår fortfarande", "but is still in progress") : l.pick("och är inte påbörjad", "and has not started")
                let owner = row.owner.isEmpty ? l.pick(" Den saknar ansvarig.", " It has no owner.") : l.pick(" Ansvarig är \(row.owner).", " The owner is \(row.owner).")
                paragraphs.append(l.pick("\(duty.name.sv) skulle ha varit klar den \(due.proseText(l)) \(standing) (punkt \(row.id)). Den \(duty.law.sv).\(owner)",
                                         "\(duty.name.en) was due on \(due.proseText(l)) \(standing) (point \(row.id)). It \(duty.law.en).\(owner)"))
            }
            if let soon = dueSoonText(promises, report, l) { paragraphs.append(soon) }
            let unowned = unownedPoints(report)
            let twins = twinList(report)
            let merge = twins.isEmpty ? "" : l.pick(", och att punkter som står två gånger (\(twins.joined(separator: ", "))) slås ihop i uppföljningen, med ett datum och en ansvarig var",
                                                    ", and that points stated twice (\(twins.joined(separator: ", "))) are merged in the follow-up, each with one date and one owner")
            if unowned > 0 {
                decisions.append(l.pick(unowned == 1 ? "vem som ansvarar för den åtgärd i programmet som saknar ansvarig" : "vem som ansvarar för de \(l.numberWord(unowned)) åtgärder och mål i programmet som saknar ansvarig",
                                        unowned == 1 ? "who is responsible for the action in the programme that has no owner" : "who is responsible for the \(unowned) actions and targets in the programme that have no owner") + merge)
            } else if !twins.isEmpty {
                decisions.append(l.pick("att punkter som står två gånger (\(twins.joined(separator: ", "))) slås ihop i uppföljningen", "that points stated twice (\(twins.joined(separator: ", "))) are merged in the follow-up"))
            }
            for (_, duty) in legal {
                decisions.append(l.pick("hur \(duty.name.sv.lowercased()) ska bli klar, och när", "how \(duty.name.en.lowercased()) is to be done, and when"))
            }
            let legalIDs = Set(legal.map(\.0.id))
            var others: [String] = []
            for row in promises.lateRows where !legalIDs.contains(row.id) && !others.contains(row.id) { others.append(row.id) }
            if others.count == 1, let row = promises.lateRows.first(where: { $0.id == others[0] }) {
                let due = row.due?.proseText(l) ?? ""
                decisions.append(row.owner.isEmpty
                    ? l.pick("vem som ska ansvara för den försenade punkten \(row.id) (”\(opening(row.text))”), som skulle ha varit klar den \(due)",
                             "who is to be responsible for the late point \(row.id) (“\(opening(row.text))”), due on \(due)")
                    : l.pick("hur den försenade punkten \(row.id) (”\(opening(row.text))”), som skulle ha varit klar den \(due), ska komma i kapp",
                             "how the late point \(row.id) (“\(opening(row.text))”), due on \(due), is to catch up"))
            } else if others.count > 1 {
                let named = others.count <= 5 ? " " + ProgrammeDiffText.listed(others, l) : ""
                decisions.append(l.pick("hur de försenade punkterna\(named) ska komma i kapp", "how the late points\(named) are to catch up"))
            }
        }
        let c = report.commitments
        if c.overdue > 0 {
            let total = c.open + c.done
            paragraphs.append(c.done == 0
                ? l.pick("Inget av arbetsplatsernas \(total) åtaganden från arbetsplatsträffarna är rapporterat som klart, och \(c.overdue) har passerat sitt datum.",
                         "None of the workplaces' \(total) commitments from the APTs is reported done, and \(c.overdue) are past their date.")
                : l.pick("\(c.overdue) av arbetsplatsernas \(total) åtaganden från arbetsplatsträffarna har passerat sitt datum utan att vara klara; \(c.done) är klara.",
                         "\(c.overdue) of the workplaces' \(total) commitments from the APTs are past their date and not done; \(c.done) are done."))
            decisions.append(l.pick("hur förvaltningarna ska följa upp arbetsplatsträffarnas åtaganden", "how the departments are to follow up the APTs' commitments"))
        }
        let q = report.questions
        if q.unanswered > 0 {
            let oldest = report.questionGroups.filter { $0.unanswered > 0 }.map(\.first).min()
            let since = oldest.map { l.pick("; den äldsta har väntat sedan den \($0.proseText(l))", "; the oldest has waited since \($0.proseText(l))") } ?? ""
            let groups = report.questionGroups.count
            let asked = groups < q.total
                ? l.pick("Arbetsplatserna har ställt \(l.numberWord(groups)) \(groups == 1 ? "fråga" : "frågor") till HR, sammanlagt \(q.total) gånger.",
                         "The workplaces have asked HR \(l.numberWord(groups)) \(groups == 1 ? "question" : "questions"), \(q.total) times in all.")
                : l.pick("Arbetsplatserna har ställt \(q.total) \(q.total == 1 ? "fråga" : "frågor") till HR.", "The workplaces have asked HR \(q.total) \(q.total == 1 ? "question" : "questions").")
            paragraphs.append(asked + (q.unanswered == q.total
                ? l.pick(" Ingen är besvarad\(since).", " None is answered\(since).")
                : l.pick(" \(q.unanswered) väntar på svar\(since).", " \(q.unanswered) await an answer\(since).")))
        }
        if !reworkNamed, let revision = report.revision, revision.unitsToRetake > 0 {
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

    /// "13 chefer har inte gått workshoppen. Alla 13 är inbjudna till workshoppen den 22
    /// december 2026, den enda som är planerad."
    private static func invitationsText(_ report: ProgressReport) -> String? {
        let l = report.language
        let invitations = report.invitations
        guard invitations.notReached > 0 else {
            return report.figures.activeManagers > 0 ? l.pick("Alla chefer har gått workshoppen.", "Every manager has attended the workshop.") : nil
        }
        let n = invitations.notReached
        var text = l.pick(n == 1 ? "En chef har inte gått workshoppen." : "Av cheferna har \(n) inte gått workshoppen.",
                          n == 1 ? "1 manager has not attended the workshop." : "\(n) managers have not attended the workshop.")
        guard let next = invitations.next else {
            return text + l.pick(" Ingen workshop är planerad.", " No workshop is planned.")
        }
        let who = invitations.invited == n
            ? l.pick(n == 1 ? "Hen är inbjuden" : "Alla \(n) är inbjudna", n == 1 ? "They are invited" : "All \(n) are invited")
            : l.pick("\(invitations.invited) av dem är inbjudna", "\(invitations.invited) of them are invited")
        text += " " + (invitations.workshops == 1
            ? l.pick("\(who) till workshoppen den \(next.proseText(l)).", "\(who) to the workshop on \(next.proseText(l)).")
            : l.pick("\(who) till någon av \(invitations.workshops) planerade workshoppar, den första den \(next.proseText(l)).",
                     "\(who) to one of \(invitations.workshops) planned workshops, the first on \(next.proseText(l))."))
        return text
    }

    /// "Ytterligare 7 punkter ska vara klara senast den 31 december 2026. Två av dem följs redan
    /// under en annan punkt: A5 (samma som A19, som är klar) och A9 (samma som A18). Av de
    /// övriga fem är ingen påbörjad."
    private static func dueSoonText(_ promises: PromiseProgress, _ report: ProgressReport, _ l: Language) -> String? {
        let rows = promises.dueSoonRows
        guard let last = rows.compactMap(\.due).max() else { return nil }
        var text = l.pick(rows.count == 1 ? "En punkt till ska vara klar senast den \(last.proseText(l))." : "Ytterligare \(l.numberWord(rows.count)) punkter ska vara klara senast den \(last.proseText(l)).",
                          rows.count == 1 ? "1 more point is due by \(last.proseText(l))." : "\(rows.count) more points are due by \(last.proseText(l)).")
        var twinned: [String] = []
        var own: [ActionRow] = []
        for row in rows {
            guard let twin = twin(of: row.id, report) else {
                own.append(row)
                continue
            }
            let done = report.donePoints.contains(twin) ? l.pick(", som är klar", ", which is done") : ""
            twinned.append(l.pick("\(row.id) (samma som \(twin)\(done))", "\(row.id) (the same as \(twin)\(done))"))
        }
        if !twinned.isEmpty {
            text += l.pick(" \(twinned.count == 1 ? "En av dem följs" : "\(l.numberWord(twinned.count).capitalized) av dem följs") redan under en annan punkt: \(ProgrammeDiffText.listed(twinned, l)).",
                           " \(twinned.count == 1 ? "One of them is" : "\(l.numberWord(twinned.count).capitalized) of them are") already followed under another point: \(ProgrammeDiffText.listed(twinned, l)).")
        }
        let notStarted = own.filter { $0.status == .notStarted }.count
        let others = twinned.isEmpty ? "" : l.pick(" övriga", " other")
        if !own.isEmpty {
            text += notStarted == 0 ? "" : notStarted == own.count
                ? l.pick(own.count == 1 ? " Den\(twinned.isEmpty ? "" : " andra") är inte påbörjad." : " Av de\(others) \(l.numberWord(own.count)) är ingen påbörjad.",
                         own.count == 1 ? " It has not started." : " None of the\(others) \(l.numberWord(own.count)) has started.")
                : l.pick(" Av de\(others) \(l.numberWord(own.count)) är \(l.numberWord(notStarted)) inte påbörjade.", " Of the\(others) \(l.numberWord(own.count)), \(l.numberWord(notStarted)) have not started.")
        }
        let legal = own.compactMap { row in LegalDuty.named(in: row.text).map { (row, $0) } }
        if !legal.isEmpty {
            let named = legal.map { row, duty in "\(l.pick(duty.name.sv, duty.name.en).lowercased()) (\(row.id))" }
            let unowned = legal.allSatisfy { $0.0.owner.isEmpty }
            text += l.pick(" Bland dem finns \(ProgrammeDiffText.listed(named, l)), som lagen kräver\(unowned ? " och som saknar ansvarig" : "").",
                           " Among them \(legal.count == 1 ? "is" : "are") \(ProgrammeDiffText.listed(named, l)), which the law requires\(unowned ? " and which \(legal.count == 1 ? "has" : "have") no owner" : "").")
        }
        if !promises.dueSoonMoved.isEmpty {
            let moved = ProgrammeDiffText.listed(promises.dueSoonMoved, l)
            let one = promises.dueSoonMoved.count == 1
            text += l.pick(" \(moved) är inte medräknad\(one ? "" : "e"), eftersom den nya versionen av programmet har ändrat \(one ? "den" : "dem"); i tabellerna längre ned ingår \(one ? "den" : "de") fortfarande.",
                           " \(moved) \(one ? "is" : "are") not counted, since the new version of the programme changed \(one ? "it" : "them"); the tables below still include \(one ? "it" : "them").")
        }
        return text
    }

    /// A promise stated twice with different years (after a revision, with the new version's
    /// date): merging it means choosing a year, which leadership must do.
    private static func twinDatesText(_ report: ProgressReport) -> [String] {
        let l = report.language
        let due = { (id: String) in report.promiseRevision?.point(id)?.newDue ?? report.firstDueOfPoint[id] }
        return report.promiseTwins.compactMap { pair in
            guard let first = due(pair.first), let second = due(pair.second), first.year != second.year else { return nil }
            return l.pick("Programmet anger olika år för samma mål i punkterna \(pair.first) och \(pair.second) (\(first.year) och \(second.year)); vilket som gäller behöver avgöras innan de slås ihop.",
                          "The programme gives different years for the same target in points \(pair.first) and \(pair.second) (\(first.year) and \(second.year)); which holds must be settled before they are merged.")
        }
    }

    /// "A4 och A21", one entry a pair, for the sentences that name the twins.
    static func twinList(_ report: ProgressReport) -> [String] {
        report.promiseTwins.map { report.language.pick("\($0.first) och \($0.second)", "\($0.first) and \($0.second)") }
    }

    /// The other point of a promise stated twice.
    static func twin(of id: String, _ report: ProgressReport) -> String? {
        report.promiseTwins.first { $0.first == id || $0.second == id }.map { $0.first == id ? $0.second : $0.first }
    }

    /// Points without an owner, less those whose twin has one: what leadership must assign.
    static func unownedPoints(_ report: ProgressReport) -> Int {
        var unowned = Set(report.ownerOfPoint.filter { $0.value.isEmpty }.keys)
        for id in unowned {
            if let twin = twin(of: id, report), let owner = report.ownerOfPoint[twin], !owner.isEmpty { unowned.remove(id) }
        }
        return unowned.count
    }

    /// "ett halvår efter planens slutdatum", "två månader före planens slutdatum".
    private static func relation(_ date: CalendarDate, to target: CalendarDate, _ l: Language) -> String {
        let months = RolloutForecast.roundedMonths(between: date, and: target)
        let span = months == 0 ? l.pick("samma månad som", "the same month as")
            : months == 6 ? l.pick("ett halvår \(date > target ? "efter" : "före")", "half a year \(date > target ? "after" : "before")")
            : l.pick("\(l.numberWord(months)) \(months == 1 ? "månad" : "månader") \(date > target ? "efter" : "före")", "\(l.numberWord(months)) \(months == 1 ? "month" : "months") \(date > target ? "after" : "before")")
        return span + l.pick(" planens slutdatum", " the plan's end")
    }

    /// The first words of a point, enough to recognise it in a decision.
    private static func opening(_ text: String) -> String {
        let words = text.split(separator: " ")
        guard words.count > 10 else { return text }
        return words.prefix(10).joined(separator: " ") + " …"
    }

    private static func uninvitedDecision(_ report: ProgressReport) -> String? {
        let l = report.language
        let uninvited = report.invitations.uninvited
        guard uninvited > 0 else { return nil }
        return l.pick(uninvited == 1 ? "hur den chef som inte har gått workshoppen och inte är inbjuden ska nås" : "hur de \(uninvited) chefer som inte har gått workshoppen och inte är inbjudna ska nås",
                      uninvited == 1 ? "how the manager who has not attended and is not invited is to be reached" : "how the \(uninvited) managers who have not attended and are not invited are to be reached")
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
            let months = RolloutForecast.roundedMonths(between: target, and: finish)
            let after = months >= 1 ? l.pick("\(l.numberWord(months)) \(months == 1 ? "månad" : "månader") efter", "\(l.numberWord(months)) \(months == 1 ? "month" : "months") after") : l.pick("strax efter", "just after")
            return (text + l.pick(", \(after) planens slutdatum den \(target.proseText(l)).", ", \(after) the plan's end on \(target.proseText(l))."), true)
        }
        return (text + l.pick(", i tid till planens slutdatum den \(target.proseText(l)).", ", in time for the plan's end on \(target.proseText(l))."), false)
    }
}
