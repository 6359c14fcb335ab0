/// apt/<year>/<date>-<manager>-<section>.md: written once by `apt log` or `apt import`, then
/// HR's to edit (tick commitments and answered questions).
enum AptFile {
    static func render(_ record: AptRecord, sectionTitles: [String], recorded: CalendarDate) -> String {
        var text = """
        ---
        date: \(record.date)
        manager: \(RecordValue.frontMatter(record.managerID))
        unit: \(WorkshopFile.frontMatterValue(record.unit))
        sections: \(record.sections.map(RecordValue.cleaned).joined(separator: ", "))
        participants: \(record.participants)\(record.session > 1 ? "\nsession: \(record.session)" : "")
        recorded: \(recorded)
        source: \(WorkshopFile.frontMatterValue(record.source))
        ---

        # APT \(record.date), \(RecordValue.cell(record.unit)): \(sectionTitles.map(RecordValue.cell).joined(separator: "; "))

        ## Det viktigaste vi kom fram till


        """
        let conclusion = RecordValue.body(record.conclusion).trimmingCharacters(in: .whitespacesAndNewlines)
        text += (conclusion.isEmpty ? "–" : conclusion.components(separatedBy: "\n").map(MarkdownText.escape).joined(separator: "\n")) + "\n"
        text += "\n## Åtaganden\n\nKryssa i rutan när ett åtagande är klart.\n\n"
        text += record.commitments.isEmpty ? "Inga åtaganden.\n" : record.commitments.map(commitmentLine).joined(separator: "\n") + "\n"
        text += "\n## Frågor till HR\n\nHR kryssar i rutan när frågan är besvarad.\n\n"
        text += record.questions.isEmpty ? "Inga frågor.\n" : record.questions.map { "- [\($0.answered ? "x" : " ")] " + RecordValue.cell($0.text) }.joined(separator: "\n") + "\n"
        return text
    }

    /// "- [ ] Se över rastschemat (ansvarig: Lena Berg, senast 2026-04-30)".
    static func commitmentLine(_ commitment: AptRecord.Commitment) -> String {
        var details: [String] = []
        if let who = commitment.who, !who.isEmpty { details.append("ansvarig: " + RecordValue.cell(who)) }
        if let due = commitment.due { details.append("senast \(due)") }
        return "- [\(commitment.done ? "x" : " ")] " + RecordValue.cell(commitment.what) + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")")
    }
}
