/// The commitments table: what, who, by when. Empty rows are skipped, a row with only "what" is a
/// commitment without owner or date, and a due date may be written in any form `SwedishDate`
/// reads; one without a year is the first such day on or after the meeting.
extension ReturnSheetDraft {
    func commitments(after meeting: CalendarDate?, today: CalendarDate, problems: inout ReturnSheetProblems) -> [ReturnedSheet.Commitment] {
        let columns = ReturnSheetField.columnNames(language)
        var commitments: [ReturnedSheet.Commitment] = []
        for row in rows {
            let cells = row.cells.map { ReturnSheetLine.writing(Substring($0)) }
            let what = cells.first ?? ""
            let who = cells.count > 1 ? cells[1] : ""
            let due = cells.count > 2 ? cells[2] : ""
            if what.isEmpty && who.isEmpty && due.isEmpty { continue }
            guard !what.isEmpty else {
                problems.add("a commitment has \"\(columns.who)\" or \"\(columns.due)\" but no \"\(columns.what)\"", line: row.line,
                             hint: "Write what is to be done in the first column, or delete the row.")
                continue
            }
            var dueDate: CalendarDate?
            if !due.isEmpty {
                dueDate = SwedishDate.read(due, year: .onOrAfter(meeting ?? today)).date
                if dueDate == nil {
                    problems.add("the date \"\(due)\" in \"\(columns.due)\" for \"\(what)\" could not be read", line: row.line,
                                 hint: "Write the date as YYYY-MM-DD, for example \(today), or as 31/5.")
                }
            }
            commitments.append(.init(what: what, who: who.isEmpty ? nil : who, due: dueDate, line: row.line))
        }
        // A commitment written as a list under the heading instead of in the table.
        for written in entries(.commitments).flatMap(\.lines) {
            let text = ReturnSheetLine.writing(ReturnSheetLine.dropBullet(written.raw))
            if !text.isEmpty { commitments.append(.init(what: text, line: written.line)) }
        }
        return commitments.sorted { $0.line < $1.line }
    }
}
