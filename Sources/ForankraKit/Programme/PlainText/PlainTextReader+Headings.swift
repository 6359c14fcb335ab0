extension PlainTextReader {
    /// Whether the line at `index` is a heading. Numbered headings need only their own shape;
    /// unnumbered ones must also stand apart from running text: the line before ended a
    /// sentence (or there was a blank line), and body text follows.
    func isHeading(at index: Int) -> Bool {
        let line = lines[index]
        let text = line.trimmed
        if let block = open {
            if block.awaitingText { return false }
            let runsOn = !LineShapes.endsSentence(block.lastLine)
            if runsOn && !blankSinceLastText { return false }
            // Across a page break only a numbered heading can interrupt an unfinished sentence.
            if runsOn && line.followsPageBreak && LineShapes.numberedHeading(text) == nil { return false }
        }
        guard let next = nextNonBlankText(after: index), !LineShapes.startsLowercase(next) else { return false }
        if LineShapes.numberedHeading(text) != nil { return true }
        if CoverBlock.entry(from: text) != nil || LineShapes.bullet(text) != nil { return false }
        if LineShapes.isAllCaps(text) { return true }
        guard text.count <= 60, LineShapes.looksLikeHeadingTitle(text, maxWords: 9) else { return false }
        // "Vi skapar tillit genom" • dialog: a sentence left open for a list is no heading.
        if LineShapes.endsInFunctionWord(text) { return false }
        // The list may be set with any marker: "- får en introduktion" finishes the sentence as
        // surely as "• dialog" does.
        switch LineShapes.bullet(next) {
        case .symbol(let item)?, .dash(let item)?, .ordered(let item)?:
            if LineShapes.startsLowercase(item) { return false }
        case nil:
            break
        }
        return true
    }

    private func nextNonBlankText(after index: Int) -> String? {
        lines[(index + 1)...].first(where: { !$0.isBlank })?.trimmed
    }
}

extension PlainTextReader {
    /// Text without a cover often opens with its title as a lone line ("Personalpolitiskt
    /// program"); that line names the document and is not its first section.
    static func promoteTitleHeading(_ result: inout Result) {
        guard result.title == nil, result.preamble.isEmpty, result.sections.count >= 3,
              let first = result.sections.first, first.number == nil
        else { return }
        let titleWords = ["program", "policy", "riktlinje", "plan", "strategi", "handbok", "ledarskap och medarbetarskap"]
        let lower = first.title.lowercased()
        guard first.blocks.isEmpty || titleWords.contains(where: lower.contains) else { return }
        guard result.sections.dropFirst().contains(where: { $0.number != nil }) || titleWords.contains(where: lower.contains) else { return }
        result.title = first.title
        result.preamble = first.blocks
        result.firstPreambleLine = first.blocks.first?.line
        result.sections.removeFirst()
    }
}
