/// Reads and writes workshops/<id>.md. Reading collects every problem with its line; writing
/// a new file lays it out for people, and later commands edit only the lines they must.
enum WorkshopFile {
    static let participantColumns = ["Id", "Namn", "Förvaltning", "Närvaro"]

    static func render(_ workshop: Workshop, language: Language) -> String {
        var text = """
        ---
        date: \(workshop.date)
        start: \(workshop.start)
        end: \(workshop.end)
        place: \(frontMatterValue(workshop.place))
        capacity: \(workshop.capacity)
        sections: \(workshop.sections.map(RecordValue.cleaned).joined(separator: ", "))
        facilitators: \(frontMatterValue(workshop.facilitators.joined(separator: "; ")))
        status: \(workshop.status.rawValue)
        ---

        # Chefsworkshop \(workshop.date.longText(.sv)), \(RecordValue.cell(workshop.place))

        ## Deltagare

        Närvaro: inbjuden, närvarande, förhinder (anmält förhinder) eller frånvarande.

        """
        text += "\n" + RecordTable.format(participantColumns) + "\n| --- | --- | --- | --- |\n"
        for participant in workshop.participants {
            text += participantRow(participant) + "\n"
        }
        text += "\n## Återkoppling\n\n"
        let named = workshop.feedback.filter { $0.by != nil }
        for (index, feedback) in named.enumerated() {
            text += feedbackLines(feedback, number: index + 1).joined(separator: "\n") + "\n"
        }
        text += "\n" + anonymousHeading + "\n\n" + anonymousExplanation + "\n\n"
        for feedback in workshop.feedback.filter({ $0.by == nil }).sorted(by: anonymousOrder) {
            text += anonymousFeedbackLines(feedback).joined(separator: "\n") + "\n"
        }
        return text
    }

    static let anonymousHeading = "## Anonym återkoppling"
    static let anonymousExplanation = "Svaren står utan namn, datum och nummer, ordnade efter betyg och text, så att inget i filen visar vem som gav vilket svar eller när."

    static func participantRow(_ participant: Workshop.Participant) -> String {
        RecordTable.format([participant.managerID, participant.name, participant.department, participant.attendance.rawValue])
    }

    static func frontMatterValue(_ value: String) -> String {
        RecordValue.frontMatter(value)
    }

    /// A named answer under "## Återkoppling": numbered and dated.
    static func feedbackLines(_ feedback: Workshop.Feedback, number: Int) -> [String] {
        var lines = ["### Återkoppling \(number)", ""]
        if let date = feedback.date { lines.append("- Datum: \(date)") }
        lines.append("- Från: " + (feedback.by.map(RecordValue.cell) ?? "anonym"))
        return lines + answerLines(feedback)
    }

    /// An anonymous answer under "## Anonym återkoppling": no number, no date, no name.
    static func anonymousFeedbackLines(_ feedback: Workshop.Feedback) -> [String] {
        ["### Anonymt svar", ""] + answerLines(feedback)
    }

    /// The order anonymous answers are kept in: by what they say, never by when they came.
    static func anonymousOrder(_ left: Workshop.Feedback, _ right: Workshop.Feedback) -> Bool {
        (left.rating ?? 0, left.tags.joined(separator: ","), left.text) < (right.rating ?? 0, right.tags.joined(separator: ","), right.text)
    }

    private static func answerLines(_ feedback: Workshop.Feedback) -> [String] {
        var lines: [String] = []
        if let rating = feedback.rating { lines.append("- Betyg: \(rating)") }
        if !feedback.tags.isEmpty { lines.append("- Taggar: " + feedback.tags.map(RecordValue.cell).joined(separator: ", ")) }
        lines.append("")
        lines += RecordValue.body(feedback.text).components(separatedBy: "\n").map { MarkdownText.escape($0) }
        lines.append("")
        return lines
    }

    static func read(_ text: String, path: String, id: String) throws -> Workshop {
        try reading(text, path: path, id: id).get()
    }

    /// Every problem in the file with its line; the workshop as far as it could be read.
    static func reading(_ text: String, path: String, id: String) -> RecordReading<Workshop> {
        let document: RecordDocument
        do {
            document = try RecordDocument(text: text, path: path)
        } catch {
            return .brokenFrontMatter(error, path: path)
        }
        let front = document.frontMatter
        var fields = FieldReader(front, path: path, record: "the workshop")
        let date = fields.date("date", required: true)
        let start = fields.time("start"), end = fields.time("end")
        if let start, let end, end <= start {
            fields.add(.badValue, "the workshop ends (\(end)) before it starts (\(start))", key: "end", hint: "Check the start and end times.")
        }
        let capacity = fields.number("capacity", in: 1...Int.max, required: true)
        let statusText = front["status"] ?? "planerad"
        let status = Workshop.Status(rawValue: statusText.lowercased()) ?? Workshop.Status.aliases[statusText.lowercased()]
        if status == nil {
            fields.add(.badValue, ValueWording.notOneOf(statusText, key: "status", Workshop.Status.allCases.map(\.rawValue)), key: "status")
        }
        let sections = fields.list("sections", required: false)
        let facilitators = fields.list("facilitators", separator: ";", required: false)
        let sequence = fields.number("sequence", in: 0...100_000, required: false) ?? 0
        var problems = fields.problems
        let participants = readParticipants(document, path: path, problems: &problems)
        let feedback = WorkshopFeedbackReader.read(document.lines, path: path, problems: &problems)
        let workshop = Workshop(
            id: id, date: date ?? CalendarDate.epoch, start: start ?? ClockTime.midnight, end: end ?? ClockTime.midnight,
            place: front["place"] ?? "", capacity: capacity ?? 0,
            sections: sections, facilitators: facilitators,
            status: status ?? .planned, participants: participants, feedback: feedback, sequence: sequence)
        return RecordReading(model: workshop, frontMatter: front, problems: problems)
    }

    private static func readParticipants(_ document: RecordDocument, path: String, problems: inout [RecordProblem]) -> [Workshop.Participant] {
        guard let table = document.table(under: ["Deltagare", "Participants"]) else { return [] }
        guard let idColumn = table.column(["Id"]), let attendanceColumn = table.column(["Närvaro", "Attendance"]) else {
            problems.append(.init(.missingField, "the participant table needs the columns Id and Närvaro", path: path, line: table.headerIndex + 1,
                                  hint: "Start the table with | Id | Namn | Förvaltning | Närvaro |."))
            return []
        }
        let nameColumn = table.column(["Namn", "Name"]), departmentColumn = table.column(["Förvaltning", "Department"])
        var participants: [Workshop.Participant] = []
        for row in table.rows {
            func cell(_ index: Int?) -> String { index.flatMap { $0 < row.cells.count ? row.cells[$0] : nil } ?? "" }
            let id = cell(idColumn)
            let attendanceText = cell(attendanceColumn)
            guard let attendance = Workshop.Attendance.parse(attendanceText.isEmpty ? "inbjuden" : attendanceText) else {
                problems.append(.init(.badValue, "'\(attendanceText)' is not an attendance", path: path, line: row.index + 1,
                                      hint: "Write inbjuden, närvarande, förhinder or frånvarande."))
                continue
            }
            if id.isEmpty {
                problems.append(.init(.missingField, "a participant row has no manager id", path: path, line: row.index + 1, hint: "Write the manager's roster id in the Id column."))
                continue
            }
            if let earlier = participants.first(where: { $0.managerID == id }) {
                problems.append(.init(.duplicateManager, "\(id) is listed twice (also on line \(earlier.line))", path: path, line: row.index + 1,
                                      hint: "Keep one row per manager."))
            }
            participants.append(.init(managerID: id, name: cell(nameColumn), department: cell(departmentColumn), attendance: attendance, line: row.index + 1))
        }
        return participants
    }
}
