import Foundation

/// Changes to a workshop file that touch only the lines they must: new participant rows at
/// the end of the table, one attendance cell, a feedback block at the end of its section.
struct WorkshopEditing {
    var document: RecordDocument
    /// A file saved by a Windows editor is written back with its BOM and CRLF line ends.
    let style: RecordFileStyle
    private let workshopID: String
    private let originalText: String

    init(_ workshop: Workshop, in workspace: Workspace) throws {
        (document, style) = try workspace.openRecord(workshop.relativePath)
        workshopID = workshop.id
        originalText = document.text
    }

    private func participantTable() throws -> RecordTable {
        guard let table = document.table(under: ["Deltagare", "Participants"]) else {
            throw ForankraError.data("the workshop has no participant table under '## Deltagare'", path: document.path, line: 1,
                                     hint: "Restore the table heading and columns: " + WorkshopFile.participantColumns.joined(separator: ", ") + ".")
        }
        return table
    }

    mutating func add(_ participants: [Workshop.Participant]) throws {
        let table = try participantTable()
        document.insertLines(participants.map(WorkshopFile.participantRow), at: table.endIndex)
    }

    mutating func setAttendance(_ attendance: Workshop.Attendance, for participant: Workshop.Participant) throws {
        let table = try participantTable()
        guard let row = table.rows.first(where: { $0.index + 1 == participant.line }),
              let column = table.column(["Närvaro", "Attendance"]) else {
            try add([Workshop.Participant(managerID: participant.managerID, name: participant.name, department: participant.department, attendance: attendance, line: 0)])
            return
        }
        var cells = row.cells
        while cells.count <= column { cells.append("") }
        cells[column] = attendance.rawValue
        document.replaceLine(at: row.index, with: RecordTable.format(cells))
    }

    mutating func setStatus(_ status: Workshop.Status) throws {
        try document.setField("status", status.rawValue)
    }

    /// A named answer goes last under "## Återkoppling", numbered; an anonymous one goes under
    /// "## Anonym återkoppling" at the place its words sort to, so the file shows neither when
    /// it came nor next to whose.
    mutating func append(_ feedback: Workshop.Feedback, number: Int) {
        guard feedback.by == nil else {
            appendNamed(feedback, number: number)
            return
        }
        let lines = WorkshopFile.anonymousFeedbackLines(feedback)
        guard let start = document.lines.firstIndex(where: { WorkshopFeedbackReader.isHeading($0, level: 2, WorkshopFeedbackReader.anonymousSection) }) else {
            document.removeTrailingBlankLines()
            document.insertLines(["", WorkshopFile.anonymousHeading, "", WorkshopFile.anonymousExplanation, ""] + lines.dropLast(), at: document.lines.count)
            return
        }
        let end = document.lines[(start + 1)...].firstIndex { $0.hasPrefix("## ") } ?? document.lines.count
        var ignored: [RecordProblem] = []
        let existing = WorkshopFeedbackReader.read(document.lines, path: document.path, problems: &ignored)
            .filter { $0.line - 1 > start && $0.line - 1 < end }
        if let next = existing.first(where: { WorkshopFile.anonymousOrder(feedback, $0) }) {
            document.insertLines(lines, at: next.line - 1)
        } else {
            var index = end
            while index > start + 1, document.lines[index - 1].trimmingCharacters(in: .whitespaces).isEmpty { index -= 1 }
            document.insertLines([""] + lines.dropLast(), at: index)
        }
    }

    private mutating func appendNamed(_ feedback: Workshop.Feedback, number: Int) {
        let lines = WorkshopFile.feedbackLines(feedback, number: number)
        if let end = document.sectionEnd(under: "## Återkoppling") {
            var index = end
            while index > 0, document.lines[index - 1].trimmingCharacters(in: .whitespaces).isEmpty { index -= 1 }
            document.insertLines([""] + lines.dropLast(), at: index)
        } else {
            document.removeTrailingBlankLines()
            document.insertLines(["", "## Återkoppling", ""] + lines.dropLast(), at: document.lines.count)
        }
    }

    /// Writes the edited file, unless the edit gives the workshop a problem `check` would
    /// report that it did not have before. Problems already in the file are left for HR to
    /// mend and do not block the edit.
    func write(in workspace: Workspace, rules: RecordRules) throws {
        let before = problems(in: originalText, rules: rules)
        let introduced = problems(in: document.text, rules: rules).filter { problem in
            !before.contains { $0.code == problem.code && $0.message == problem.message }
        }
        if let refusal = RecordProblem.refusal(introduced) { throw refusal }
        try workspace.save(document, style: style)
    }

    private func problems(in text: String, rules: RecordRules) -> [RecordProblem] {
        let reading = WorkshopFile.reading(text, path: document.path, id: workshopID)
        return reading.problems + rules.workshopProblems(reading)
    }
}
