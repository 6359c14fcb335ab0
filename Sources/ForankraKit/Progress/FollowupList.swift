/// HR's named follow-up list, in the order HR works through it: managers to bring to a
/// workshop, units still to hold an APT, questions to answer, commitments overdue. Each part is
/// grouped by department, because a department's HR partner takes its share; a question asked
/// at many workplaces is listed once, since HR answers it once and sends the answer to each.
enum FollowupList {
    static func render(_ records: RolloutRecords, on day: CalendarDate, problems: [RecordProblem] = [], leftOut: Int = 0) -> String {
        let list = Builder(records: records, day: day)
        let l = records.settings.language
        var out = ["<!-- forankra followup -->", "# " + l.pick("Uppföljning per chef", "Follow-up by manager"), ""]
        out.append(l.pick(
            "**Innehåller personuppgifter.** Listan är ett arbetsmaterial för HR:s uppföljning. Hantera den enligt kommunens rutiner för personuppgifter: dela den inte utanför HR, ta inte med namnuppgifter ur den i rapporter till ledningen och gallra den enligt kommunens dokumenthanteringsplan när uppföljningen är klar.",
            "**Holds personal data.** The list is HR's working material for follow-up. Handle it under the organisation's rules for personal data: do not share it outside HR, keep the names in it out of reports to leadership, and dispose of it under the organisation's records schedule when the follow-up is done."))
        out += ["", l.pick("Uppgifterna gäller \(day).", "As of \(day).")]
        if !problems.isEmpty {
            let counts = RecordProblem.countTexts(problems).joined(separator: ", ")
            out += ["", l.pick(
                "**Obs:** underlagen har \(problems.count) fel (\(counts)). \(RolloutRecords.leftOut(leftOut, l)) med fel är inte med i listan, så en chef eller enhet kan stå här fast den har gjort det som saknas. Kör `forankra check` för att se var felen finns.",
                "**Note:** the records have \(problems.count) problems (\(counts)). \(RolloutRecords.leftOut(leftOut, l)) left out of the list for problems, so a manager or unit may be listed for something they have done. Run `forankra check` to see where.")]
        }
        // Each part is written into the text as soon as it is made, so at most one part's lines
        // are held beside the text: at ten years' scale the list runs to some 10 MB.
        var text = ""
        func write(_ lines: [String]) {
            for line in lines {
                text += line
                text += "\n"
            }
        }
        write(out)
        write(list.notReached())
        write(list.missingApts())
        write(list.changedSince())
        write(list.unansweredQuestions())
        write(list.overdueCommitments())
        write(list.latePromises())
        return text
    }

    private struct Builder {
        let records: RolloutRecords
        let day: CalendarDate
        let language: Language
        let active: [Manager]
        let managerByID: [String: Manager]
        /// Workshops held by `day`, oldest first, and who was present at any of them.
        let held: [Workshop]
        let present: Set<String>

        init(records: RolloutRecords, day: CalendarDate) {
            self.records = records
            self.day = day
            language = records.settings.language
            active = records.managers.filter { $0.isActive(on: day) }.sorted { ($0.department, $0.name, $0.id) < ($1.department, $1.name, $1.id) }
            managerByID = Dictionary(records.managers.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            held = records.workshops.filter { $0.status != .cancelled && $0.date <= day }.sorted { $0.date < $1.date }
            present = Set(held.flatMap { $0.participants.filter { $0.attendance == .present }.map(\.managerID) })
        }

        private var l: Language { language }

        /// "### Department (n)" and its lines, departments in alphabetical order.
        private func byDepartment<Item>(_ items: [Item], department: (Item) -> String, line: (Item) -> [String]) -> [String] {
            let groups = Dictionary(grouping: items, by: department)
            return groups.keys.sorted().flatMap { name in
                ["", "### \(name.isEmpty ? l.pick("Utan förvaltning", "No department") : md(name)) (\(groups[name]?.count ?? 0))", ""]
                    + (groups[name] ?? []).flatMap(line)
            }
        }

        /// Names, units and texts come from HR's files and managers' forms: escaped, so a stray
        /// `*` or `<` reads as written wherever the markdown is shown.
        private func md(_ text: String) -> String { MarkdownText.escape(text) }

        /// "Anna Ek (anna.ek)": the id beside the name, as two managers may share a name.
        private func person(_ id: String) -> String {
            managerByID[id].map { "\(md($0.name)) (\(md(id)))" } ?? md(id)
        }

        private func daysSince(_ date: CalendarDate) -> String {
            let days = day.dayNumber - date.dayNumber
            return l.pick(days == 1 ? "1 dag" : "\(days) dagar", days == 1 ? "1 day" : "\(days) days")
        }

        func notReached() -> [String] {
            var lastMissed: [String: (Workshop, Workshop.Attendance)] = [:]
            for workshop in held {
                for participant in workshop.participants where participant.attendance == .excused || participant.attendance == .absent {
                    lastMissed[participant.managerID] = (workshop, participant.attendance)
                }
            }
            var comingInvitation: [String: Workshop] = [:]
            for workshop in records.workshops.filter({ $0.status == .planned && $0.date >= day }).sorted(by: { $0.date > $1.date }) {
                for participant in workshop.participants { comingInvitation[participant.managerID] = workshop }
            }
            let notReached = active.filter { !present.contains($0.id) }
            var out = ["", "## " + l.pick("Chefer som ännu inte har gått någon workshop (\(notReached.count))", "Managers who have not yet attended a workshop (\(notReached.count))")]
            if notReached.isEmpty { return out + ["", l.pick("Alla aktiva chefer är nådda.", "All active managers are reached.")] }
            out += byDepartment(notReached, department: \.department) { manager in
                var notes: [String] = []
                if let (workshop, attendance) = lastMissed[manager.id] {
                    notes.append(attendance == .excused
                        ? l.pick("anmälde förhinder till workshoppen \(workshop.date)", "sent apologies for the workshop on \(workshop.date)")
                        : l.pick("uteblev från workshoppen \(workshop.date)", "did not come to the workshop on \(workshop.date)"))
                }
                if let workshop = comingInvitation[manager.id] {
                    notes.append(l.pick("inbjuden till workshop \(workshop.date) (\(md(workshop.place)))", "invited to a workshop on \(workshop.date) (\(md(workshop.place)))"))
                } else {
                    notes.append(lastMissed[manager.id] == nil
                        ? l.pick("ännu inte inbjuden till någon workshop", "not yet invited to any workshop")
                        : l.pick("ännu inte inbjuden till någon ny workshop", "not yet invited to another workshop"))
                }
                return ["- \(person(manager.id)), \(md(manager.unit)): " + notes.joined(separator: "; ")]
            }
            return out
        }

        func missingApts() -> [String] {
            let topics = records.topicIDs
            let lacking = active.compactMap { manager -> (Manager, [String])? in
                let held = records.tally.chapters(heldBy: manager.id, by: day)
                let missing = topics.filter { !held.contains($0) }
                return missing.isEmpty ? nil : (manager, missing)
            }
            var out = ["", "## " + l.pick("Enheter som saknar APT om ett eller flera avsnitt (\(lacking.count))", "Units without an APT on one or more sections (\(lacking.count))")]
            if lacking.isEmpty { return out + ["", l.pick("Alla enheter har haft APT om alla avsnitt.", "Every unit has held an APT on every section.")] }
            out += byDepartment(lacking, department: \.0.department) { manager, missing in
                var what = missing.count == topics.count
                    ? l.pick("har inte haft någon APT om programmet ännu", "has held no APT on the programme yet")
                    : l.pick("ingen APT ännu om avsnitt \(Self.listed(missing, l)) (av \(topics.count))", "no APT yet on sections \(Self.listed(missing, l)) (of \(topics.count))")
                // A manager who has not been to a workshop is the first thing to follow up.
                if !present.contains(manager.id) { what += l.pick("; chefen har inte gått workshop", "; the manager has not attended a workshop") }
                return ["- \(md(manager.unit)) (\(md(manager.name)), \(md(manager.id))): " + what]
            }
            return out
        }

        /// After a programme update: the units that must take up a changed chapter again.
        func changedSince() -> [String] {
            guard let revision = records.revision else { return [] }
            let retakes = records.retakes(on: day).sorted { ($0.manager.department, $0.manager.name, $0.manager.id) < ($1.manager.department, $1.manager.name, $1.manager.id) }
            let added = revision.addedTopics.compactMap { records.programme.section(id: $0)?.numberedTitle }
            var out = ["", "## " + l.pick("Enheter som behöver ta upp ändrade avsnitt igen (\(retakes.count))",
                                           "Units to take up changed sections again (\(retakes.count))"), ""]
            let diffCommand = "`forankra diff \(Self.codeSpan(records.settings.previousProgramme ?? "")) \(Self.codeSpan(records.settings.programme))`"
            out.append(l.pick(
                "Programmet har reviderats: den nya versionen \(revision.adoptionText(l)), och uppföljningen följer den sedan \(revision.since). \(revision.changedChaptersText(l))"
                    + (added.isEmpty ? "" : " \(added.count == 1 ? "Det nya avsnittet står" : "De nya avsnitten står") i listan ovan, som avsnitt som saknas.")
                    + " Här står de enheter som hade APT om ett ändrat avsnitt före revideringen men inte efter. Jämförelsen mellan versionerna får du med \(diffCommand).",
                "The programme has been revised: the new version \(revision.adoptionText(l)), and the follow-up has used it since \(revision.since). \(revision.changedChaptersText(l))"
                    + (added.isEmpty ? "" : " The new \(added.count == 1 ? "section is" : "sections are") listed above, among the missing sections.")
                    + " Listed here are the units that held an APT on a changed section before the revision and not after. \(diffCommand) compares the versions."))
            if retakes.isEmpty { return out + ["", l.pick("Inga.", "None.")] }
            out += byDepartment(retakes, department: \.manager.department) { retake in
                ["- \(md(retake.manager.unit)) (\(md(retake.manager.name)), \(md(retake.manager.id))): "
                    + l.pick("behöver ta upp ändringarna i avsnitt \(Self.listed(retake.topics, l))", "needs to take up the changes in section \(Self.listed(retake.topics, l))")]
            }
            return out
        }

        func unansweredQuestions() -> [String] {
            let asked = Array(records.tally.shown.flatMap { apt in apt.questions.filter { !$0.answered }.map { (apt: apt, question: $0) } })
            let groups = Dictionary(grouping: asked) { $0.question.groupingKey }.values
                .map { $0.sorted { ($0.apt.date, $0.apt.path) < ($1.apt.date, $1.apt.path) } }
                .sorted { (-$0.count, $0[0].apt.date, $0[0].question.text) < (-$1.count, $1[0].apt.date, $1[0].question.text) }
            var out = ["", "## " + l.pick("Obesvarade frågor till HR (\(asked.count))", "Unanswered questions to HR (\(asked.count))"), ""]
            if groups.count == 1 && asked.count > 1 {
                out += [asked.count == 2
                    ? l.pick("Båda frågorna är samma fråga.", "Both questions are the same question.")
                    : l.pick("Alla \(asked.count) frågorna är samma fråga.", "All \(asked.count) questions are the same question."), ""]
            } else if groups.count < asked.count {
                out += [l.pick("\(asked.count) frågor har ställts, men det är \(groups.count) olika frågor. Varje fråga står här en gång med alla APT:er där den ställdes, så att HR kan besvara den en gång för alla.",
                               "\(asked.count) questions have been asked, but they are \(groups.count) different ones. Each is listed once with every APT where it was asked, so HR can answer it once for all."), ""]
            }
            if groups.isEmpty { return out + [l.pick("Inga.", "None.")] }
            for group in groups {
                let first = group[0]
                let times = group.count == 1 ? "" : l.pick("ställd \(group.count) gånger; ", "asked \(group.count) times; ")
                out.append("- **\(md(first.question.text))** (" + times
                    + l.pick("obesvarad sedan \(first.apt.date), \(daysSince(first.apt.date)))", "unanswered since \(first.apt.date), \(daysSince(first.apt.date)))"))
                out += group.map { "  - \($0.apt.date) \(person($0.apt.managerID)), \(md($0.apt.unit)) (\($0.apt.path):\($0.question.line))" }
            }
            return out
        }

        func overdueCommitments() -> [String] {
            let overdue = records.tally.shown.flatMap { apt in apt.commitments.compactMap { commitment -> (AptFacts, AptRecord.Commitment, CalendarDate)? in
                guard !commitment.done, let due = commitment.due, due < day else { return nil }
                return (apt, commitment, due)
            } }.sorted { ($0.2, $0.0.path, $0.1.line) < ($1.2, $1.0.path, $1.1.line) }
            var out = ["", "## " + l.pick("Försenade åtaganden (\(overdue.count))", "Overdue commitments (\(overdue.count))")]
            if overdue.isEmpty { return out + ["", l.pick("Inga.", "None.")] }
            out += byDepartment(overdue, department: { managerByID[$0.0.managerID]?.department ?? "" }) { apt, commitment, due in
                ["- " + l.pick("skulle vara klart \(due), försenat \(daysSince(due)): ", "due \(due), \(daysSince(due)) overdue: ")
                    + "\(md(apt.unit)), \(person(apt.managerID)): \(md(commitment.what))"
                    + (commitment.who.map { l.pick("; ansvarig: ", "; responsible: ") + md($0) } ?? "")
                    + " (\(apt.path):\(commitment.line))"]
            }
            return out
        }

        /// The programme's own late points, for HR to chase with their owners.
        func latePromises() -> [String] {
            guard let promises = PromiseProgress.compute(records.actions, on: day) else { return [] }
            var out = ["", "## " + l.pick("Programmets försenade åtgärder och mål (\(promises.lateRows.count))",
                                           "The programme's late actions and targets (\(promises.lateRows.count))"), ""]
            if promises.lateRows.isEmpty { return out + [l.pick("Inga.", "None.")] }
            for row in promises.lateRows {
                out.append("- \(row.id), " + l.pick("avsnitt ", "section ") + "\(md(row.section)): ”\(md(row.text))” "
                           + l.pick("skulle vara klart \(row.due?.description ?? ""), försenat \(row.due.map(daysSince) ?? "")",
                                    "due \(row.due?.description ?? ""), \(row.due.map(daysSince) ?? "") overdue")
                           + (row.owner.isEmpty ? "" : l.pick("; ansvarig: ", "; owner: ") + md(row.owner))
                           + " (\(FollowUpTable.fileName):\(row.line))")
            }
            return out
        }

        /// A file name as it goes between backticks: a backtick HR typed cannot end the span.
        static func codeSpan(_ text: String) -> String {
            text.replacingOccurrences(of: "`", with: "'")
        }

        /// "2, 3 och 4" / "2, 3 and 4".
        static func listed(_ items: [String], _ language: Language) -> String {
            guard items.count > 1, let last = items.last else { return items.first ?? "" }
            return items.dropLast().joined(separator: ", ") + language.pick(" och ", " and ") + last
        }
    }
}
