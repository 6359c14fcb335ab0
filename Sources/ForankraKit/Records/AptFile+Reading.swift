/// Reading an APT file back. It runs on every APT of a workspace for `check`, `status` and
/// `report` (25 000 files in a large kommun), so it works on the lines' bytes and makes Strings
/// only of what the record keeps.
extension AptFile {
    static func read(_ text: String, path: String) throws -> AptRecord {
        try reading(text, path: path).get()
    }

    /// Every problem in the file with its line; the record as far as it could be read.
    static func reading(_ text: String, path: String) -> RecordReading<AptRecord> {
        let lines = TextLines(text)
        let front: FrontMatter
        do {
            front = try FrontMatter.read(lines, path: path)
        } catch {
            return .brokenFrontMatter(error, path: path)
        }
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
        let sections = required("sections").split(separator: ",").map(\.trimmedOfSpaces).filter { !$0.isEmpty }
        let parts = Self.sections(lines)
        let record = AptRecord(
            path: path, date: date ?? .epoch, managerID: required("manager"), unit: front["unit"] ?? "",
            sections: sections, participants: participants ?? 0,
            conclusion: sectionText(lines, in: parts["det viktigaste vi kom fram till"]),
            commitments: checklist(lines, in: parts["åtaganden"]).map { item in
                let (what, who, due) = splitCommitment(item.text)
                return AptRecord.Commitment(what: what, who: who, due: due, done: item.checked, line: item.line)
            },
            questions: checklist(lines, in: parts["frågor till hr"]).map { .init(text: $0.text, answered: $0.checked, line: $0.line) },
            source: front["source"] ?? "")
        return RecordReading(model: record, frontMatter: front, problems: problems)
    }

    /// The lines under each "## " heading, by the heading in lower case, found in one pass.
    static func sections(_ lines: TextLines) -> [String: Range<Int>] {
        var ranges: [String: Range<Int>] = [:]
        var open: (name: String, start: Int)?
        for index in 0..<lines.count where lines.hasPrefix("## ", in: lines.ranges[index]) {
            if let open, ranges[open.name] == nil { ranges[open.name] = open.start..<index }
            let heading = lines.ranges[index].dropFirst(3)
            open = (lines.string(in: TextLines.trimming(heading, in: lines.bytes)).lowercased(), index + 1)
        }
        if let open, ranges[open.name] == nil { ranges[open.name] = open.start..<lines.count }
        return ranges
    }

    private static func sectionText(_ lines: TextLines, in range: Range<Int>?) -> String {
        guard let range else { return "" }
        let text = range.map { MarkdownInline.plainText(lines.string($0)) }.joined(separator: "\n").trimmedOfWhitespace
        return text == "–" ? "" : text
    }

    private static let checkboxes = [("- [ ] ", false), ("- [x] ", true), ("- [X] ", true)]

    private static func checklist(_ lines: TextLines, in range: Range<Int>?) -> [(text: String, checked: Bool, line: Int)] {
        guard let range else { return [] }
        var items: [(String, Bool, Int)] = []
        for index in range {
            let trimmed = lines.trimmed(index)
            for (marker, checked) in checkboxes where lines.hasPrefix(marker, in: trimmed) {
                let text = lines.string(in: trimmed.dropFirst(marker.utf8.count))
                items.append((MarkdownInline.plainText(text), checked, index + 1))
            }
        }
        return items
    }

    /// "Se över rastschemat (ansvarig: Lena Berg, senast 2026-04-30)" → its three parts.
    /// Searched in the UTF-8 (the marks are all ASCII) rather than with Foundation or by
    /// Character: it runs for every commitment of every APT.
    static func splitCommitment(_ text: String) -> (String, String?, CalendarDate?) {
        let utf8 = text.utf8
        guard utf8.last == UInt8(ascii: ")"), let open = utf8.lastIndex(of: UInt8(ascii: "(")), open > utf8.startIndex,
              utf8[utf8.index(before: open)] == UInt8(ascii: " ") else { return (text, nil, nil) }
        let inside = text[utf8.index(after: open)..<utf8.index(before: utf8.endIndex)]
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
        return (String(text[..<utf8.index(before: open)]), who, due)
    }
}
