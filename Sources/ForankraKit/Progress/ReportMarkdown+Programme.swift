/// The report's parts on the programme itself rather than on the rollout: its own promises
/// (from HR's follow-up table) and, after a revision, the sections workplaces must take up again.
extension ReportMarkdown {
    /// The programme's own promises: how many are kept, the late ones word for word, and by owner.
    static func promisesPart(_ report: ProgressReport, into document: inout ReportDocument.Builder) {
        guard let promises = report.promises else { return }
        let l = report.language
        document += ["", "## " + l.pick("Programmets åtgärder och mål", "The programme's actions and targets"), ""]
        document.append(l.pick("Enligt HR:s uppföljning har programmet ", "By HR's follow-up, the programme has ") + promises.sentence(l)
                        + l.pick(" En återkommande punkt räknas en gång per period, med periodens datum.", " A recurring point counts once per period, with the period's date."))
        if let revised = report.promiseRevision, !revised.points.isEmpty {
            let changed = revised.points.filter(\.changed).map(\.id), removed = revised.points.filter { !$0.changed }.map(\.id)
            var parts: [String] = []
            if !changed.isEmpty {
                parts.append(l.pick(changed.count == 1 ? "punkt \(changed[0]) har ändrats i den nya versionen av programmet" : "\(changed.count) punkter har ändrats i den nya versionen av programmet (\(ProgrammeDiffText.listed(changed, l)))",
                                    changed.count == 1 ? "point \(changed[0]) changed in the new version of the programme" : "\(changed.count) points changed in the new version of the programme (\(ProgrammeDiffText.listed(changed, l)))"))
            }
            if !removed.isEmpty {
                parts.append(l.pick(removed.count == 1 ? "punkt \(removed[0]) finns inte kvar i den" : "\(ProgrammeDiffText.listed(removed, l)) finns inte kvar i den",
                                    removed.count == 1 ? "point \(removed[0]) is no longer in it" : "\(ProgrammeDiffText.listed(removed, l)) are no longer in it"))
            }
            let sentence = parts.joined(separator: l.pick(", och ", ", and "))
            document += ["", sentence.prefix(1).uppercased() + sentence.dropFirst() + l.pick(
                ". I uppföljningen står fortfarande förra versionens lydelse och datum för dem, så tabellerna nedan bygger på de gamla datumen. HR för in de nya före nästa rapport.",
                ". The follow-up still holds the earlier version's wording and dates for them, so the tables below rest on the old dates. HR brings in the new ones before the next report.")]
        }
        let unnamed = promises.owners.first { $0.name.isEmpty }?.points ?? 0
        if unnamed > 0 {
            let points = unownedPoints(report)
            let perPeriod = unnamed > points && points == promises.unownedPoints
            let twins = twinList(report)
            document += ["", "**" + l.pick(points == 1 ? "1 av programmets åtgärder och mål saknar ansvarig" : "\(points) av programmets åtgärder och mål saknar ansvarig",
                                            points == 1 ? "1 of the programme's actions and targets has no owner" : "\(points) of the programme's actions and targets have no owner")
                         + (perPeriod ? l.pick(" (\(unnamed) punkter när de återkommande räknas per period).", " (\(unnamed) points with the recurring ones counted per period).") : ".") + "**"
                         + l.pick(" Ledningsgruppen behöver utse vem som ansvarar för dem.", " Leadership needs to name who is responsible for them.")
                         + (twins.isEmpty ? "" : l.pick(" Punkter som står två gånger i programmet (\(twins.joined(separator: ", "))) räknas en gång i siffran \(points), med den ansvarige som den ena av dem har; tabellerna nedan räknar dem var för sig.",
                                                        " Points stated twice in the programme (\(twins.joined(separator: ", "))) count once in the figure \(points), with the owner one of them has; the tables below count them apart."))]
        }
        if !promises.years.isEmpty {
            let thisYear = report.figures.asOf.year
            document += ["", "**" + l.pick("Fördelat på det år punkterna ska vara klara", "By the year the points are due") + "**", ""]
            document.chart(.promises)
            document += header([l.pick("Klart senast (år)", "Due (year)"), l.pick("Antal punkter", "Points"), l.pick("Klara", "Done"), l.pick("Försenade", "Late"),
                                l.pick("Inte klara, i tid", "Not done, on time"), l.pick("Andel klara", "Share done")])
            for year in promises.years {
                // A year still to come has nothing due yet: no share to judge.
                let share = year.year > thisYear ? "–" : FigureText.percent(year.share)
                document.append(row([String(year.year), String(year.due), String(year.done), String(year.late), String(year.due - year.done - year.late), share]))
            }
            if promises.undated > 0 {
                document += ["", l.pick(promises.undated == 1 ? "1 punkt utan datum ingår inte i tabellen." : "\(promises.undated) punkter utan datum ingår inte i tabellen.",
                                        promises.undated == 1 ? "1 undated point is not in the table." : "\(promises.undated) undated points are not in the table.")]
            }
        }
        var out: [String] = []
        if !promises.lateRows.isEmpty {
            out += ["", "**" + l.pick("Försenade", "Late") + "**", ""]
            out += header([l.pick("Punkt", "Point"), l.pick("Avsnitt", "Section"), l.pick("Åtgärd eller mål", "Action or target"),
                           l.pick("Klart senast", "Due"), l.pick("Ansvarig", "Owner"), "Status"])
            for late in promises.lateRows {
                let section = report.sectionTitles[late.section].map { "\(late.section) \($0)" } ?? late.section
                let status = late.status.text(l)
                let cells: [String] = [late.id, section, "”" + late.text + "”", late.due?.description ?? "",
                                       late.owner.isEmpty ? l.pick("Ingen ansvarig angiven", "No owner named") : late.owner.prefix(1).uppercased() + late.owner.dropFirst(),
                                       status.prefix(1).uppercased() + status.dropFirst()]
                out.append(row(cells))
            }
        }
        out += ["", "**" + l.pick("Per ansvarig", "By owner") + "**", ""]
        out += header([l.pick("Ansvarig", "Owner"), l.pick("Klara", "Done"), l.pick("Försenade", "Late"), l.pick("Inte klara (i tid eller utan datum)", "Not done (on track or undated)")])
        for owner in promises.owners {
            let name = owner.name.isEmpty ? l.pick("Ingen ansvarig angiven", "No owner named") : owner.shownName
            out.append(row([name, String(owner.done), String(owner.late), String(owner.open)]))
        }
        document += out
    }

    /// After a programme update: the chapters that changed, and how many workplaces that had
    /// taken one up have taken up its new text.
    static func revisionPart(_ report: ProgressReport) -> [String] {
        guard let revision = report.revision else { return [] }
        let l = report.language
        let adoption = l.pick(revision.adoption.sv, revision.adoption.en)
        var out = ["", "## " + l.pick("Programmets nya version", "The programme's new version"), ""]
        let remaining = revision.chapters.reduce(0) { $0 + $1.remaining }
        out.append(l.pick(
            "Programmet har reviderats: den nya versionen \(adoption). Arbetsplatser som redan har haft APT om ett avsnitt som sedan har ändrats behöver ta upp ändringarna på en ny APT. "
                + (revision.unitsToRetake == 1 ? "1 arbetsplats har inte gjort det ännu" : "\(revision.unitsToRetake) arbetsplatser har inte gjort det ännu")
                + (remaining > revision.unitsToRetake ? "; tillsammans har de \(remaining) avsnitt kvar att ta upp (en arbetsplats kan ha flera)." : "."),
            "The programme has been revised: the new version \(adoption). Workplaces that have already held an APT on a section that has since changed need to take up the changes at a new APT. "
                + (revision.unitsToRetake == 1 ? "1 workplace has not done so yet" : "\(revision.unitsToRetake) workplaces have not done so yet")
                + (remaining > revision.unitsToRetake ? "; a workplace can have several sections left, \(remaining) in all." : ".")))
        if !revision.added.isEmpty {
            let names = revision.added.map { MarkdownText.escape("\($0.id) \($0.title)") }
            out += ["", l.pick(names.count == 1 ? "Nytt avsnitt: " : "Nya avsnitt: ", names.count == 1 ? "New section: " : "New sections: ") + names.joined(separator: ", ")
                + l.pick(". Det ingår i alla andelar i rapporten, även bakåt i tiden, så att de går att jämföra; jämfört med rapporter från före revideringen är andelarna därför något lägre.",
                         ". It is part of every share in the report, back in time too, so that they compare; against reports from before the revision the shares are therefore somewhat lower.")]
        }
        let taken = revision.chapters.filter { $0.before > 0 }
        if !taken.isEmpty {
            out.append("")
            out += header([l.pick("Ändrat avsnitt", "Changed section"), l.pick("Arbetsplatser med APT före revideringen", "Workplaces with an APT before the revision"),
                           l.pick("Av dem: APT om den nya texten", "Of them: an APT on the new text"), l.pick("Kvar att ta upp igen", "Still to take up again")])
            for chapter in taken {
                out.append(row(["\(chapter.id) \(chapter.title)", String(chapter.before), String(chapter.again), String(chapter.remaining)]))
            }
        }
        let untouched = revision.chapters.filter { $0.before == 0 }.map(\.id)
        if !untouched.isEmpty {
            out += ["", l.pick(
                "Avsnitt \(ProgrammeDiffText.listed(untouched, l)) har också ändrats, men ingen arbetsplats hade tagit upp \(untouched.count == 1 ? "det" : "dem") före revideringen; \(untouched.count == 1 ? "det följs" : "de följs") upp som vanligt.",
                "Section \(ProgrammeDiffText.listed(untouched, l)) also changed, but no workplace had taken \(untouched.count == 1 ? "it" : "them") up before the revision; \(untouched.count == 1 ? "it is" : "they are") followed up as usual.")]
        }
        return out
    }
}
