/// The free-text parts: the conclusion and the questions to HR. Written text is kept as written;
/// only the ruled lines' underscores go. A lone "Inga", "-" or "None" means nothing to report.
extension ReturnSheetDraft {
    private static let nothing: Set<String> = ["-", "–", "—", "inga", "inga frågor", "ingen", "inget", "nej", "none", "no", "no questions", "n/a", "."]

    /// The conclusion's lines joined with "\n"; nil when nothing was written.
    func conclusion() -> String? {
        let texts = entries(.conclusion).flatMap(\.lines).map(\.text).filter { !$0.isEmpty }
        if texts.isEmpty || (texts.count == 1 && Self.nothing.contains(texts[0].lowercased())) { return nil }
        return texts.joined(separator: "\n")
    }

    /// One question per line or list item. An indented line after a list item continues it.
    func questionsToHR() -> [String] {
        var questions: [String] = []
        var lastWasListItem = false
        for written in entries(.questions).flatMap(\.lines) {
            let text = written.text
            guard !text.isEmpty else { continue }
            if let body = ReturnSheetLine.listItemBody(Substring(text)) {
                questions.append(String(body))
                lastWasListItem = true
            } else if lastWasListItem, MarkdownLine.indent(of: written.raw) >= 2, let last = questions.popLast() {
                questions.append(last + " " + text)
            } else {
                questions.append(text)
                lastWasListItem = false
            }
        }
        if questions.count == 1 && Self.nothing.contains(questions[0].lowercased()) { return [] }
        return questions.filter { !$0.isEmpty }
    }
}
