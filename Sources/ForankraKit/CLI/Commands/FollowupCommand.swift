import Foundation

/// `forankra followup`: HR's own list of whom to follow up, with names. Not for leadership.
struct FollowupCommand: Command {
    static let spec = CommandSpec(
        name: "followup",
        summary: "HR's named follow-up list: managers not reached, missing APTs, unanswered questions, overdue commitments",
        usage: "forankra followup [-o FILE] [-w DIR]",
        options: [.init(name: "output", short: "o", valueName: "FILE", help: "Write the list as markdown to FILE instead of the terminal"), .workspace],
        positionals: nil,
        details: "The list holds personal data. It is for HR's follow-up, not for leadership reports.",
        example: "forankra followup -o uppfoljning-chefer.md")

    var arguments: ParsedArguments

    init(_ arguments: ParsedArguments, context: RunContext) throws { self.arguments = arguments }

    func run(_ context: RunContext) throws -> ExitCode {
        let workspace = try context.workspace(arguments)
        let records = try RolloutRecords.read(workspace)
        let text = FollowupList.render(records, on: context.todayInSweden)
        if let output = arguments.value("output") {
            let path = context.resolve(output)
            try AtomicFile.write(text, to: path)
            context.output.line(records.settings.language.pick("Skrev uppföljningslistan (personuppgifter): ", "Wrote the follow-up list (personal data): ") + context.display(path))
        } else {
            context.output.writeOut(text)
        }
        return .success
    }
}

enum FollowupList {
    static func render(_ records: RolloutRecords, on day: CalendarDate) -> String {
        let l = records.settings.language
        let active = records.managers.filter { $0.isActive(on: day) }.sorted { ($0.department, $0.name) < ($1.department, $1.name) }
        let present = Set(records.workshops.filter { $0.status != .cancelled && $0.date <= day }
            .flatMap { $0.participants.filter { $0.attendance == .present }.map(\.managerID) })
        let invitedAhead = Set(records.workshops.filter { $0.status == .planned && $0.date >= day }.flatMap { $0.participants.map(\.managerID) })
        var out = ["# " + l.pick("Uppföljning per chef", "Follow-up by manager"), ""]
        out.append(l.pick(
            "**Innehåller personuppgifter.** Listan är ett arbetsmaterial för HR:s uppföljning. Hantera den enligt kommunens rutiner för personuppgifter: sprid den inte vidare, ta inte med den i rapporter till ledningen och radera den när uppföljningen är klar.",
            "**Holds personal data.** The list is HR's working material for follow-up. Handle it under the organisation's rules for personal data: do not pass it on, keep it out of reports to leadership, and delete it when the follow-up is done."))
        out += ["", l.pick("Läget \(day).", "As of \(day)."), ""]

        let notReached = active.filter { !present.contains($0.id) }
        out += ["## " + l.pick("Chefer som inte har gått en workshop (\(notReached.count))", "Managers who have not attended a workshop (\(notReached.count))"), ""]
        out += notReached.isEmpty ? [l.pick("Alla aktiva chefer är nådda.", "All active managers are reached.")] : notReached.map { manager in
            "- \(manager.name) (\(manager.id)), \(manager.department), \(manager.unit)" + (invitedAhead.contains(manager.id) ? l.pick(" – inbjuden till en kommande workshop", " – invited to a coming workshop") : "")
        }

        var topicsByManager: [String: Set<String>] = [:]
        for apt in records.apts where apt.date <= day { topicsByManager[apt.managerID, default: []].formUnion(apt.sections.map(records.topic(of:))) }
        let topics = records.topicIDs
        out += ["", "## " + l.pick("Enheter som saknar APT om ett eller flera avsnitt", "Units without an APT on one or more sections"), ""]
        let missing = active.compactMap { manager -> String? in
            let lacking = topics.filter { !(topicsByManager[manager.id]?.contains($0) ?? false) }
            guard !lacking.isEmpty else { return nil }
            let what = lacking.count == topics.count ? l.pick("alla avsnitt", "every section") : lacking.joined(separator: ", ")
            return "- \(manager.unit) (\(manager.name), \(manager.id)): " + l.pick("saknar ", "missing ") + what
        }
        out += missing.isEmpty ? [l.pick("Alla enheter har haft APT om alla avsnitt.", "Every unit has held an APT on every section.")] : missing

        let unanswered = records.apts.flatMap { apt in apt.questions.filter { !$0.answered }.map { (apt, $0) } }.sorted { $0.0.date < $1.0.date }
        out += ["", "## " + l.pick("Frågor till HR utan svar (\(unanswered.count))", "Questions to HR without an answer (\(unanswered.count))"), ""]
        out += unanswered.isEmpty ? [l.pick("Inga.", "None.")] : unanswered.map { apt, question in
            "- \(apt.date) \(name(apt.managerID, records)), \(apt.unit): \(MarkdownText.escape(question.text)) (\(apt.path):\(question.line))"
        }

        let overdue = records.apts.flatMap { apt in apt.commitments.filter { !$0.done && ($0.due.map { $0 < day } ?? false) }.map { (apt, $0) } }
            .sorted { ($0.1.due ?? .epoch) < ($1.1.due ?? .epoch) }
        out += ["", "## " + l.pick("Försenade åtaganden (\(overdue.count))", "Overdue commitments (\(overdue.count))"), ""]
        out += overdue.isEmpty ? [l.pick("Inga.", "None.")] : overdue.map { apt, commitment in
            "- " + l.pick("senast", "due") + " \(commitment.due?.description ?? "") \(apt.unit) (\(name(apt.managerID, records))): \(MarkdownText.escape(commitment.what))"
                + (commitment.who.map { l.pick(", ansvarig: ", ", responsible: ") + MarkdownText.escape($0) } ?? "") + " (\(apt.path):\(commitment.line))"
        }
        return out.joined(separator: "\n") + "\n"
    }

    private static func name(_ id: String, _ records: RolloutRecords) -> String {
        records.managers.first { $0.id == id }?.name ?? id
    }
}
