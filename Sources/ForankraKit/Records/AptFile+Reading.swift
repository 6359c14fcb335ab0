/// Reading an APT file back. It runs on every APT of a workspace for `check`, `status` and
/// `report` (25 000 files in a large kommun), so it works on the lines' bytes and makes Strings
/// only of what the record keeps.
extension AptFile {
    static func read(_ text: String, path: String) throws -> AptRecord {
        try reading(text, path: path).get()
    }

    /// The free texts a reading keeps. A command that reads every APT of the workspace keeps
    /// only those it shows: ten years of them are 100 000 records. The record
    /// itself always has its dates, sections, ticks and due dates; what `AptFacts` keeps of the
    /// ticks and due dates once the file is read is asked for with `followUp`.
    struct KeptTexts: OptionSet, Sendable {
        let rawValue: Int
        /// "Det viktigaste vi kom fram till": the report's themes.
        static let conclusion = KeptTexts(rawValue: 1)
        /// The questions to HR as written: the report's and HR's lists of them.
        static let questions = KeptTexts(rawValue: 2)
        /// What was committed to and who answers for it: HR's follow-up list.
        static let commitments = KeptTexts(rawValue: 4)
        /// The form or export the record came from.
        static let source = KeptTexts(rawValue: 8)
        /// Which commitments are done and when they are due, which questions are answered,
        /// without their words: the counts `status` and the report show.
        static let followUp = KeptTexts(rawValue: 16)
        /// The name of the file, once its day is settled: HR's follow-up list names the
        /// file and line of each question and commitment; the figures never name a file.
        static let fileName = KeptTexts(rawValue: 32)
        /// Of the questions and commitments kept, only those still open: an unanswered question,
        /// a commitment not done. HR's follow-up list shows no others.
        static let onlyOpen = KeptTexts(rawValue: 64)
        static let all: KeptTexts = [.conclusion, .questions, .commitments, .source, .followUp, .fileName]
    }

    /// Every problem in the file with its line; the record as far as it could be read.
    static func reading(_ text: String, path: String, keeping kept: KeptTexts = .all) -> RecordReading<AptRecord> {
        let lines = TextLines(text)
        let front: FrontMatter
        do {
            front = try FrontMatter.read(lines, path: path)
        } catch {
            return .brokenFrontMatter(error, path: path)
        }
        var fields = FieldReader(front, path: path, record: "the APT record")
        let date = fields.date("date", required: true)
        let managerID = fields.required("manager")
        let participants = fields.number("participants", in: AptRecord.participantRange, required: true)
        let sections = fields.list("sections", required: true)
        let session = fields.number("session", in: 1...99, required: false)
        let parts = Self.sections(lines)
        let record = AptRecord(
            path: path, date: date ?? .epoch, managerID: managerID, unit: front["unit"] ?? "",
            sections: sections, participants: participants ?? 0, session: session ?? 1,
            conclusion: kept.contains(.conclusion) ? sectionText(lines, in: parts["det viktigaste vi kom fram till"]) : "",
            commitments: checklist(lines, in: parts["åtaganden"]).map { item in
                let (what, who, due) = splitCommitment(item.text)
                return kept.contains(.commitments)
                    ? AptRecord.Commitment(what: what, who: who, due: due, done: item.checked, line: item.line)
                    : AptRecord.Commitment(what: "", who: nil, due: due, done: item.checked, line: item.line)
            },
            questions: checklist(lines, in: parts["frågor till hr"]).map { .init(text: kept.contains(.questions) ? $0.text : "", answered: $0.checked, line: $0.line) },
            source: kept.contains(.source) ? front["source"] ?? "" : "")
        return RecordReading(model: record, frontMatter: front, problems: fields.problems)
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
        let whole = TextLines(text)
        guard whole.bytes.last == UInt8(ascii: ")"),
              let open = whole.bytes.lastIndex(of: UInt8(ascii: "(")), open > 0,
              whole.bytes[open - 1] == UInt8(ascii: " ") else { return (text, nil, nil) }
        var who: String?
        var due: CalendarDate?
        var start = open + 1
        let end = whole.bytes.count - 1
        while start <= end {
            let comma = whole.firstIndex(of: UInt8(ascii: ","), in: start..<end) ?? end
            let raw = start..<comma
            start = comma + 1
            if raw.isEmpty { continue }
            let part = TextLines.trimming(raw, in: whole.bytes)
            if whole.hasPrefix("ansvarig:", in: part) || whole.hasPrefix("Ansvarig:", in: part) {
                who = whole.string(in: TextLines.trimming(part.dropFirst("ansvarig:".utf8.count), in: whole.bytes))
            } else if whole.hasPrefix("senast ", in: part) || whole.hasPrefix("Senast ", in: part),
                      let date = CalendarDate(iso: whole.string(in: TextLines.trimming(part.dropFirst("senast ".utf8.count), in: whole.bytes))) {
                due = date
            } else {
                return (text, nil, nil)
            }
        }
        return (whole.string(in: 0..<open - 1), who, due)
    }
}
