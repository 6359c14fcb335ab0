/// The single-line answers (date, unit, manager, participants, section): what was written under
/// each label, wherever on the next lines the manager put it.
extension ReturnSheetDraft {
    enum Answer {
        /// The label is not in the file.
        case missing
        /// The label is there with nothing written; the line is the label's.
        case empty(line: Int)
        case written(String, line: Int)

        var text: String? {
            if case .written(let text, _) = self { return text }
            return nil
        }
    }

    /// The answer to a one-line field. Lines written under the label are joined with a space; a
    /// field written twice with different answers is a problem (the first answer is used).
    func answer(_ field: ReturnSheetField, problems: inout ReturnSheetProblems) -> Answer {
        let found = entries(field)
        guard let first = found.first else { return .missing }
        let written = found.compactMap { entry -> (String, Int)? in
            let texts = entry.lines.map { (ReturnSheetLine.writing(ReturnSheetLine.dropBullet($0.raw)), $0.line) }.filter { !$0.0.isEmpty }
            guard let line = texts.first?.1 else { return nil }
            return (texts.map(\.0).joined(separator: " "), line)
        }
        guard let (text, line) = written.first else { return .empty(line: first.labelLine) }
        if let other = written.dropFirst().first(where: { $0.0 != text }) {
            problems.add(
                "\(problems.quoted(field)) is filled in twice: \"\(text)\" on line \(line) and \"\(other.0)\" on line \(other.1)",
                line: other.1, hint: "Keep one of them and delete the other.")
        }
        return .written(text, line: line)
    }
}
