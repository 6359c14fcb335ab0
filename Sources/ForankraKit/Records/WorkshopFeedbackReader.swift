/// Reads the feedback under "## Återkoppling" (named answers, numbered and dated) and
/// "## Anonym återkoppling" (answers with nothing that points to who gave them): a "### …"
/// heading per answer, a short list of facts (Datum, Från, Betyg, Taggar) and the free text.
enum WorkshopFeedbackReader {
    static let namedSection = ["återkoppling", "feedback"]
    static let anonymousSection = ["anonym återkoppling", "anonymous feedback"]

    private enum Section { case other, named, anonymous }

    static func read(_ lines: [String], path: String, problems: inout [RecordProblem]) -> [Workshop.Feedback] {
        var feedback: [Workshop.Feedback] = []
        var section = Section.other
        var current: Workshop.Feedback?
        var currentDateLine: Int?
        var textLines: [String] = []
        func finish() {
            guard var entry = current else { return }
            entry.text = textLines.joined(separator: "\n").trimmedOfWhitespace
            if entry.by == nil { linkProblems(entry, in: section, dateLine: currentDateLine, path: path, problems: &problems) }
            feedback.append(entry)
            current = nil
            currentDateLine = nil
            textLines = []
        }
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("## ") {
                finish()
                section = isHeading(line, level: 2, namedSection) ? .named : isHeading(line, level: 2, anonymousSection) ? .anonymous : .other
                continue
            }
            guard section != .other else { continue }
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
                    currentDateLine = index + 1
                    if current?.date == nil {
                        let wording = ValueWording.notADate(value)
                        problems.append(.init(.badDate, wording.message, path: path, line: index + 1, hint: wording.hint))
                    }
                case "från", "from", "by":
                    // An answer under the anonymous heading is anonymous, whatever it says.
                    current?.by = section == .anonymous || ["anonym", "anonymous", ""].contains(value.lowercased()) ? nil : value
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

    /// An anonymous answer among the named ones keeps its number and its place between them, and
    /// a date tells when it was typed in: each can point to who gave it.
    private static func linkProblems(_ entry: Workshop.Feedback, in section: Section, dateLine: Int?, path: String, problems: inout [RecordProblem]) {
        if section == .named {
            problems.append(.init(.anonymousLinked, "anonymous feedback among the named answers keeps a number and a place that can point to who gave it",
                                  path: path, line: entry.line,
                                  hint: "Move the answer under '## Anonym återkoppling', without its number and its Datum line."))
        } else if let dateLine {
            problems.append(.init(.anonymousLinked, "anonymous feedback with a date can point to who gave it", path: path, line: dateLine,
                                  hint: "Delete the Datum line."))
        }
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
