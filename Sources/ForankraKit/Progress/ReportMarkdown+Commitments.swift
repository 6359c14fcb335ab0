/// The commitments the workplaces made at their APTs, by department: what the rollout has
/// set in motion, and where the follow-up lags.
extension ReportMarkdown {
    static func commitmentsPart(_ report: ProgressReport) -> [String] {
        let l = report.language
        let c = report.commitments
        guard c.open + c.done > 0 else { return [] }
        var out = ["", "## " + l.pick("Åtaganden från arbetsplatsträffarna", "Commitments from the APTs"), ""]
        let oldest = report.commitmentsByDepartment.compactMap(\.oldestOverdue).min()
        var sentence = l.pick("Arbetsplatserna har gjort \(l.count(c.open + c.done, ("åtagande", "åtaganden"), ("", ""))) på sina APT:er om programmet. ",
                              "The workplaces have made \(l.count(c.open + c.done, ("", ""), ("commitment", "commitments"))) at their APTs on the programme. ")
        sentence += c.done == 0 ? l.pick("Inget av dem är rapporterat som klart.", "None of them is reported done.")
            : l.pick("\(c.done) är klara och \(c.open) är inte klara.", "\(c.done) are done and \(c.open) are not.")
        if c.overdue > 0, let oldest {
            sentence += l.pick(" \(c.overdue) har passerat sitt datum; det äldsta var den \(oldest.proseText(l)).",
                               " \(c.overdue) are past their date; the oldest was \(oldest.proseText(l)).")
        }
        out.append(sentence)
        let departments = report.commitmentsByDepartment
        guard !departments.isEmpty else { return out }
        out.append("")
        out += header([l.pick("Förvaltning", "Department"), l.pick("Åtaganden", "Commitments"), l.pick("Klara", "Done"), l.pick("Inte klara", "Not done"),
                       l.pick("Varav passerat sitt datum", "Of them past their date"), l.pick("Äldsta passerade datum", "Oldest date passed")])
        let cells = { (name: String, d: DepartmentCommitments) in
            row([name, String(d.total), String(d.done), String(d.open), String(d.overdue), d.oldestOverdue?.description ?? "–"])
        }
        for department in departments { out.append(cells(department.name, department)) }
        if departments.count > 1 {
            let total = FollowUpCounts(open: c.open, done: c.done, overdue: c.overdue, oldestOverdue: oldest)
            out.append(cells(l.pick("Totalt", "Total"), DepartmentCommitments(name: "", counts: total)))
        }
        out += ["", l.pick("Vad åtagandena gäller står i APT-protokollen; rapporten visar bara antalen, så att den inte pekar ut någon arbetsplats.",
                           "What the commitments are about is in the APT records; the report shows only the counts, so that it singles out no workplace.")]
        return out
    }
}
