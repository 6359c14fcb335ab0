import Foundation

/// What the lines before a document's body look like: where the body starts, and which lines
/// could be a title.
enum FrontShape {
    /// The first line of the body: running text, a list item, a numbered heading, or a heading
    /// that owns running text once the title is known. Until a title is known, a title-like line
    /// followed by running text is the title itself (a web page's name over its text), unless
    /// it is a word that heads a part ("Inledning", "Syfte"), never a whole document.
    static func frontEnd(_ lines: [SourceLine]) -> Int {
        let markedTitle = markedTitleIndex(lines)
        var titleFound = false
        var titleLikeSeen = false
        for index in lines.indices where !lines[index].isBlank {
            let text = lines[index].trimmed
            // With markup, the headings are known: the first one after the title opens the body.
            if case .heading? = lines[index].markup {
                if index == markedTitle { titleFound = true; titleLikeSeen = true; continue }
                return index
            }
            if CoverBlock.entry(from: text) != nil || CoverBlock.keyRow(text) != nil || CoverBlock.documentTypeLabel(text) != nil { continue }
            if LineShapes.bullet(text) != nil || LineShapes.numberedHeading(text) != nil { return index }
            // "för Sjöhamra kommun": the second line of a title set on two lines.
            if LineShapes.startsLowercase(text), text.split(separator: " ").count <= 8, titleLikeSeen { continue }
            guard isTitleLike(text) else { return index }
            titleLikeSeen = true
            let ownsText = nextText(after: index, in: lines).map(isRunningText) ?? false
            if ownsText {
                return titleFound || isPartHeading(text) ? index : index + 1
            }
            if namesDocumentKind(text) { titleFound = true }
        }
        return lines.count
    }

    /// The heading the markup makes the document's title: the first heading, when it is the
    /// only one at the top level (a page's `<h1>`, a Word file's Rubrik).
    static func markedTitleIndex(_ lines: [SourceLine]) -> Int? {
        let headings = lines.indices.compactMap { index -> (Int, Int)? in
            if case .heading(let level)? = lines[index].markup, !lines[index].isBlank { return (index, level) }
            return nil
        }
        guard let first = headings.first, let top = headings.map(\.1).min(), first.1 == top,
              headings.filter({ $0.1 == top }).count == 1, headings.count > 1 || isTitleLike(lines[first.0].trimmed) else { return nil }
        return first.0
    }

    /// Words that head a part of a document and never name the whole of one.
    static func isPartHeading(_ text: String) -> Bool {
        partHeadings.contains(text.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " .:")))
    }

    private static let partHeadings: Set<String> = [
        "inledning", "bakgrund", "syfte", "mål", "sammanfattning", "förord", "introduktion", "innehåll", "omfattning",
        "ansvar", "uppföljning", "definitioner", "syfte och mål",
    ]

    /// Short, opening with a capital or a digit, and not ending like a sentence (a trailing
    /// full stop is allowed on a short line: "CHEF OCH LEDARSKAP.").
    static func isTitleLike(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard let first = text.first, first.isUppercase || first.isASCIIDigit, words.count <= 16, text.count <= 120 else { return false }
        if let last = text.last, ",;:".contains(last) { return false }
        // "Vi vill att alla ska trivas, och att": the first line of a wrapped paragraph.
        if LineShapes.endsInFunctionWord(text) || CandidateScan.holdsSentenceEnd(text) { return false }
        // A full stop ends a title only in capitals ("CHEF OCH LEDARSKAP."): a short sentence
        // in ordinary case ("Programmet gäller alla.") is text.
        if text.hasSuffix(".") { return words.count <= 6 && LineShapes.isAllCaps(text) && !text.dropLast().contains(". ") }
        return !LineShapes.endsSentence(text) || text.hasSuffix("?")
    }

    /// Text of the body: not title-like, not a cover entry, and not the short lower-case second
    /// line of a title ("för Sjöhamra kommun").
    static func isRunningText(_ text: String) -> Bool {
        if LineShapes.bullet(text) != nil { return true }
        if LineShapes.startsLowercase(text) && text.split(separator: " ").count <= 8 && !LineShapes.endsSentence(text) { return false }
        return !isTitleLike(text) && CoverBlock.entry(from: text) == nil
    }

    /// "CHEF OCH LEDARSKAP." → "CHEF OCH LEDARSKAP".
    static func cleanedTitle(_ text: String) -> String {
        text.hasSuffix(".") && !text.hasSuffix("..") ? String(text.dropLast()) : text
    }

    /// Whether a line names a kind of document: policy, program, riktlinjer, plan, strategi,
    /// uppförandekod, värdegrund, överenskommelse, or a compound ending in one ("lönepolicy",
    /// "personalpolitik" – but not "politik" alone, a menu label).
    static func namesDocumentKind(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains { word in
            kinds.contains { word == $0 || (word.hasSuffix($0) && word.count > $0.count + 2) || word.hasPrefix($0) && word.count <= $0.count + 3 }
                || (word.hasSuffix("politik") && word.count > "politik".count + 2)
        }
    }

    private static let kinds = [
        "policy", "program", "riktlinje", "riktlinjer", "plan", "strategi", "kod", "värdegrund", "överenskommelse",
        "handbok", "reglemente", "styrdokument",
    ]

    /// The same words, whatever the case and punctuation.
    static func sameWords(_ a: String, _ b: String) -> Bool {
        func words(_ text: String) -> [String] { text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) }
        let left = words(a), right = words(b)
        return !left.isEmpty && left == right
    }

    private static func nextText(after index: Int, in lines: [SourceLine]) -> String? {
        lines[(index + 1)...].first(where: { !$0.isBlank })?.trimmed
    }
}
