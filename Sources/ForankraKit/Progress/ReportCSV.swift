/// The report's tables as CSV files, as Swedish Excel opens them (see CSVWriter).
enum ReportCSV {
    static func files(_ report: ProgressReport) -> [(name: String, data: [UInt8])] {
        let l = report.language
        let f = report.figures
        func percent(_ share: Double) -> CSVCell { .decimal(share * 100, places: 1) }
        var files: [(String, [UInt8])] = []
        func add(_ name: String, _ header: [String], _ rows: [[CSVCell]]) {
            files.append((name, [UInt8](CSVWriter.excel(header: header, rows: rows))))
        }
        add(l.pick("sammanfattning.csv", "summary.csv"), [l.pick("Mått", "Measure"), l.pick("Värde", "Value")], [
            [.text(l.pick("Aktiva chefer", "Active managers")), .integer(f.activeManagers)],
            [.text(l.pick("Har gått workshoppen", "Have attended the workshop")), .integer(f.reached)],
            [.text(l.pick("Har gått workshoppen, procent", "Have attended the workshop, per cent")), percent(f.reachedShare)],
            [.text(l.pick("Nya chefer som ska nås i efterhand", "New managers to be reached later")), .integer(f.catchUp)],
            [.text(l.pick("Genomförda APT:er", "APTs held")), .integer(f.aptsHeld)],
            [.text(l.pick("Deltagare på APT", "APT participants")), .integer(f.participants)],
            [.text(l.pick("Medarbetare", "Staff")), .integer(f.staff)],
            [.text(l.pick("Medarbetare vars arbetsplats har haft APT", "Staff whose workplace has held an APT")), .integer(f.staffReached)],
            [.text(l.pick("Avsnitt som tagits upp på APT, procent", "Sections taken up at APT, per cent")), percent(f.coverage)],
            [.text(l.pick("Planen, procent", "Plan, per cent")), f.planned.map(percent) ?? .empty],
            [.text(l.pick("Åtaganden öppna", "Commitments open")), .integer(report.commitments.open)],
            [.text(l.pick("Åtaganden klara", "Commitments done")), .integer(report.commitments.done)],
            [.text(l.pick("Åtaganden försenade", "Commitments overdue")), .integer(report.commitments.overdue)],
            [.text(l.pick("Frågor till HR utan svar", "Questions to HR unanswered")), .integer(report.questions.unanswered)],
            [.text(l.pick("Arbetstid, timmar", "Staff hours")), .decimal(report.cost.totalHours, places: 1)],
        ])
        add(l.pick("forvaltningar.csv", "departments.csv"),
            [l.pick("Förvaltning", "Department"), l.pick("Aktiva chefer", "Active managers"), l.pick("Har gått workshoppen", "Have attended the workshop"), l.pick("Medarbetare", "Staff"), l.pick("Medarbetare vars arbetsplats har haft APT", "Staff whose workplace has held an APT"), l.pick("Avsnitt som tagits upp på APT, procent", "Sections taken up at APT, per cent")],
            f.departments.map { [.text($0.name), .integer($0.activeManagers), .integer($0.reached), .integer($0.staff), .integer($0.staffReached), percent($0.coverage)] })
        add(l.pick("avsnitt.csv", "sections.csv"),
            [l.pick("Avsnitt", "Section"), l.pick("Rubrik", "Title"), l.pick("APT:er", "APTs"), l.pick("Arbetsplatser med APT om avsnittet", "Workplaces with an APT on the section"), l.pick("Andel av arbetsplatserna, procent", "Share of the workplaces, per cent"), l.pick("Medarbetare på de arbetsplatserna", "Staff at those workplaces")],
            f.sections.map { [.text($0.id), .text($0.title), .integer($0.apts), .integer($0.managersWithApt), percent($0.coverage), .integer($0.staffReached)] })
        add(l.pick("over-tid.csv", "over-time.csv"), [l.pick("Datum", "Date"), l.pick("Avsnitt som tagits upp på APT, procent", "Sections taken up at APT, per cent"), l.pick("Planen, procent", "Plan, per cent")],
            report.timeline.points.map { [.text($0.date.description), percent($0.coverage), $0.planned.map(percent) ?? .empty] })
        if let promises = report.promises {
            add(l.pick("programmets-atgarder.csv", "programme-actions.csv"),
                [l.pick("Ansvarig", "Owner"), l.pick("Klara", "Done"), l.pick("Försenade", "Late"), l.pick("Inte klara (i tid eller utan datum)", "Not done (on track or undated)")],
                promises.owners.map { [.text($0.name.isEmpty ? l.pick("(anges inte)", "(not named)") : $0.name), .integer($0.done), .integer($0.late), .integer($0.open)] })
        }
        if let revision = report.revision {
            add(l.pick("andrade-avsnitt.csv", "changed-sections.csv"),
                [l.pick("Avsnitt", "Section"), l.pick("Rubrik", "Title"), l.pick("Arbetsplatser med APT före revideringen", "Workplaces with an APT before the revision"),
                 l.pick("Av dem: APT om den nya texten", "Of them: an APT on the new text"), l.pick("Kvar att ta upp igen", "Still to take up again")],
                revision.chapters.map { [.text($0.id), .text($0.title), .integer($0.before), .integer($0.again), .integer($0.remaining)] })
        }
        add(l.pick("workshoppar.csv", "workshops.csv"),
            [l.pick("Datum", "Date"), l.pick("Plats", "Place"), l.pick("Inbjudna", "Invited"), l.pick("Närvarande", "Present"), l.pick("Förhinder", "Excused"), l.pick("Frånvarande", "Absent"), l.pick("Närvaro, procent", "Attendance, per cent"), l.pick("Närvaro eller förhinder, procent", "Present or excused, per cent"), l.pick("Betyg", "Rating"), l.pick("Om betyget", "About the rating")],
            report.workshops.map { w in
                [.text(w.date.description), .text(w.place), .integer(w.invited), .integer(w.present), .integer(w.excused), .integer(w.absent), percent(w.attendance), percent(w.commitment),
                 w.averageRating.map { .decimal($0, places: 1) } ?? .empty, PrivacyText.ratingNote(w.rating, l).map { .text($0) } ?? .empty]
            })
        add(l.pick("betyg-per-forvaltning.csv", "ratings-by-department.csv"),
            [l.pick("Förvaltning", "Department"), l.pick("Svar", "Answers"), l.pick("Betyg", "Ratings"), l.pick("Genomsnitt", "Average")],
            report.feedbackByDepartment.map { group in
                [.text(group.department ?? PrivacyText.otherFeedback(l)), .integer(group.answers), .integer(group.ratings),
                 group.averageRating.map { .decimal($0, places: 1) } ?? .empty]
            })
        add(l.pick("fragor-till-hr.csv", "questions-to-hr.csv"),
            [l.pick("Fråga", "Question"), l.pick("Antal gånger", "Times asked"), l.pick("Utan svar", "Unanswered"), l.pick("Först ställd", "First asked"), l.pick("Senast ställd", "Last asked")],
            report.questionGroups.map { [.text($0.text), .integer($0.count), .integer($0.unanswered), .text($0.first.description), .text($0.last.description)] })
        return files
    }
}
