/// Reads the feedback blocks under "## Återkoppling": a "### …" heading per answer, a short
/// list of facts (Datum, Från, Betyg, Taggar) and the free text.
enum WorkshopFeedbackReader {
    static func read(_ lines: [String], path: String, problems: inout [RecordProblem]) -> [Workshop.Feedback] {
        guard let start = lines.firstIndex(where: { isHeading($0, level: 2, ["återkoppling", "feedback"]) }) else { return [] }
        var feedback: [Workshop.Feedback] = []
        var current: Workshop.Feedback?
        var textLines: [String] = []
        func finish() {
            guard var entry = current else { return }
            entry.text = textLines.joined(separator: "\n").trimmedOfWhitespace
            feedback.append(entry)
            current = nil
            textLines = []
        }
        for index in (start + 1)..<lines.count {
            let line = lines[index]
            if line.hasPrefix("## ") { break }
            if line.hasPrefix("### ") {
                finish()
                current = Workshop.Feedback(date: nil, by: nil, rating: nil, tags: [], text: "", line: index + 1)
                continue
            }
            guard current != nil else { continue }
            if let (key, value) = fact(line), textLines.allSatisfy({ $0.isEmpty }) {
                switch key {
                case "datum", "date":
                    current?.date = CalendarDate(iso: value)
                    if current?.date == nil {
                        let wording = ValueWording.notADate(value)
                        problems.append(.init(.badDate, wording.message, path: path, line: index + 1, hint: wording.hint))
                    }
                case "från", "from", "by":
                    current?.by = ["anonym", "anonymous", ""].contains(value.lowercased()) ? nil : value
                case "betyg", "rating":
                    if let rating = Int(value), (1...5).contains(rating) { current?.rating = rating } else {
                        problems.append(.init(.badValue, "the rating '\(value)' is not a whole number from 1 to 5", path: path, line: index + 1, hint: "Write a rating from 1 (poor) to 5 (very good)."))
                    }
                case "taggar", "tags":
                    current?.tags = value.split(separator: ",").map { MarkdownInline.plainText($0.trimmedOfSpaces) }.filter { !$0.isEmpty }
                default:
                    textLines.append(MarkdownInline.plainText(line))
                }
                continue
            }
            textLines.append(MarkdownInline.plainText(line))
        }
        finish()
        return feedback
    }

    /// "- Betyg: 4" → ("betyg", "4").
    private static func fact(_ line: String) -> (String, String)? {
        guard line.hasPrefix("- "), let colon = line.firstIndex(of: ":") else { return nil }
        let key = line[line.index(line.startIndex, offsetBy: 2)..<colon].trimmedOfSpaces.lowercased()
        guard ["datum", "date", "från", "from", "by", "betyg", "rating", "taggar", "tags"].contains(key) else { return nil }
        return (key, line[line.index(after: colon)...].trimmedOfSpaces)
    }

    static func isHeading(_ line: String, level: Int, _ names: [String]) -> Bool {
        let prefix = String(repeating: "#", count: level) + " "
        guard line.hasPrefix(prefix) else { return false }
        return names.contains(line.dropFirst(prefix.count).trimmedOfSpaces.lowercased())
    }
}
