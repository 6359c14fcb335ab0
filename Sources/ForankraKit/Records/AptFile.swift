/// apt/<year>/<date>-<manager>-<section>.md: written once by `apt log` or `apt import`, then
/// HR's to edit (tick commitments and answered questions).
enum AptFile {
    static func render(_ record: AptRecord, sectionTitles: [String], recorded: CalendarDate) -> String {
        var text = """
        ---
        date: \(record.date)
        manager: \(record.managerID)
        unit: \(WorkshopFile.frontMatterValue(record.unit))
        sections: \(record.sections.joined(separator: ", "))
        participants: \(record.participants)
        recorded: \(recorded)
        source: \(WorkshopFile.frontMatterValue(record.source))
        ---

        # APT \(record.date), \(MarkdownText.escape(record.unit)): \(sectionTitles.map(MarkdownText.escape).joined(separator: "; "))

        ## Det viktigaste vi kom fram till


        """
        text += (record.conclusion.isEmpty ? "–" : record.conclusion.components(separatedBy: "\n").map(MarkdownText.escape).joined(separator: "\n")) + "\n"
        text += "\n## Åtaganden\n\nKryssa i rutan när ett åtagande är klart.\n\n"
        text += record.commitments.isEmpty ? "Inga åtaganden.\n" : record.commitments.map(commitmentLine).joined(separator: "\n") + "\n"
        text += "\n## Frågor till HR\n\nHR kryssar i rutan när frågan är besvarad.\n\n"
        text += record.questions.isEmpty ? "Inga frågor.\n" : record.questions.map { "- [\($0.answered ? "x" : " ")] " + MarkdownText.escape($0.text) }.joined(separator: "\n") + "\n"
        return text
    }

    /// "- [ ] Se över rastschemat (ansvarig: Lena Berg, senast 2026-04-30)".
    static func commitmentLine(_ commitment: AptRecord.Commitment) -> String {
        var details: [String] = []
        if let who = commitment.who, !who.isEmpty { details.append("ansvarig: " + MarkdownText.escape(who)) }
        if let due = commitment.due { details.append("senast \(due)") }
        return "- [\(commitment.done ? "x" : " ")] " + MarkdownText.escape(commitment.what) + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")")
    }

    static func read(_ text: String, path: String) throws -> AptRecord {
        try reading(text, path: path).get()
    }

    /// Every problem in the file with its line; the record as far as it could be read.
    static func reading(_ text: String, path: String) -> RecordReading<AptRecord> {
        let document: RecordDocument
        do {
            document = try RecordDocument(text: text, path: path)
        } catch {
            return .brokenFrontMatter(error, path: path)
        }
        let front = document.frontMatter
        var problems: [RecordProblem] = []
        func required(_ key: String) -> String {
            let value = front[key] ?? ""
            if value.isEmpty { problems.append(.init(.missingField, "the APT record has no '\(key)'", path: path, line: front.field(key)?.line ?? 1, hint: "Add a line `\(key): …` between the --- lines.")) }
            return value
        }
        let dateText = required("date")
        let date = CalendarDate(iso: dateText)
        if date == nil && !dateText.isEmpty {
            problems.append(.init(.badDate, "'\(dateText)' is not a real date", path: path, line: front.field("date")?.line ?? 1, hint: "Write the date as YYYY-MM-DD."))
        }
        let participantsText = required("participants")
        let participants = Int(participantsText)
        if !participantsText.isEmpty && (participants == nil || participants ?? 0 < 0) {
            problems.append(.init(.badNumber, "'\(participantsText)' is not a number of participants", path: path, line: front.field("participants")?.line ?? 1,
                                  hint: "Write a whole number, 0 or more."))
        }
        let sections = required("sections").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let parts = Self.sections(document.lines)
        let record = AptRecord(
            path: path, date: date ?? .epoch, managerID: required("manager"), unit: front["unit"] ?? "",
            sections: sections, participants: participants ?? 0,
            conclusion: sectionText(document.lines, in: parts["det viktigaste vi kom fram till"]),
            commitments: checklist(document.lines, in: parts["åtaganden"]).map { item in
                let (what, who, due) = splitCommitment(item.text)
                return AptRecord.Commitment(what: what, who: who, due: due, done: item.checked, line: item.line)
            },
            questions: checklist(document.lines, in: parts["frågor till hr"]).map { .init(text: $0.text, answered: $0.checked, line: $0.line) },
            source: front["source"] ?? "")
        return RecordReading(model: record, frontMatter: front, problems: problems)
    }

    /// The lines under each "## " heading, by the heading in lower case, found in one pass.
    static func sections(_ lines: [String]) -> [String: Range<Int>] {
        var ranges: [String: Range<Int>] = [:]
        var open: (name: String, start: Int)?
        for (index, line) in lines.enumerated() where line.hasPrefix("## ") {
            if let open, ranges[open.name] == nil { ranges[open.name] = open.start..<index }
            open = (String(line.dropFirst(3)).trimmedOfSpaces.lowercased(), index + 1)
        }
        if let open, ranges[open.name] == nil { ranges[open.name] = open.start..<lines.count }
        return ranges
    }

    private static func sectionText(_ lines: [String], in range: Range<Int>?) -> String {
        guard let range else { return "" }
        let text = lines[range].map { MarkdownInline.plainText($0) }.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return text == "–" ? "" : text
    }

    private static func checklist(_ lines: [String], in range: Range<Int>?) -> [(text: String, checked: Bool, line: Int)] {
        guard let range else { return [] }
        var items: [(String, Bool, Int)] = []
        for index in range {
            let trimmed = lines[index].trimmedOfSpaces
            guard trimmed.hasPrefix("- [") else { continue }
            for (marker, checked) in [("- [ ] ", false), ("- [x] ", true), ("- [X] ", true)] where trimmed.hasPrefix(marker) {
                items.append((MarkdownInline.plainText(String(trimmed.dropFirst(marker.count))), checked, index + 1))
            }
        }
        return items
    }

    /// "Se över rastschemat (ansvarig: Lena Berg, senast 2026-04-30)" → its three parts.
    /// Searched by hand rather than with Foundation: it runs for every commitment of every APT.
    static func splitCommitment(_ text: String) -> (String, String?, CalendarDate?) {
        guard text.last == ")", let open = text.lastIndex(of: "("), open > text.startIndex,
              text[text.index(before: open)] == " " else { return (text, nil, nil) }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)]
        var who: String?
        var due: CalendarDate?
        for part in inside.split(separator: ",").map(\.trimmedOfSpaces) {
            if part.hasPrefix("ansvarig:") || part.hasPrefix("Ansvarig:") {
                who = part.dropFirst("ansvarig:".count).trimmedOfSpaces
            } else if part.hasPrefix("senast ") || part.hasPrefix("Senast "), let date = CalendarDate(iso: part.dropFirst("senast ".count).trimmedOfSpaces) {
                due = date
            } else {
                return (text, nil, nil)
            }
        }
        return (String(text[..<text.index(before: open)]), who, due)
    }
}
