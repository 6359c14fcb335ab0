/// Finds the lines that could be headings and describes each: its shape, what follows it, and
/// whether it stands apart from running text (a heading never continues the sentence above).
enum CandidateScan {
    static func candidates(in lines: [SourceLine]) -> [HeadingCandidate] {
        let width = typicalWidth(of: lines)
        var found: [HeadingCandidate] = []
        var previousText: String?
        var blankSince = true
        for index in lines.indices {
            let line = lines[index]
            if line.isBlank {
                blankSince = true
                continue
            }
            defer {
                previousText = line.trimmed
                blankSince = false
            }
            let text = normalisedSpaces(line.trimmed)
            let runsOn = previousText.map { !LineShapes.endsSentence($0) && LineShapes.bullet($0) == nil } ?? false
            let numbered = LineShapes.numberedHeading(text)
            if runsOn && !blankSince && !(found.last?.index == indexOfPrevious(index, in: lines)) { continue }
            // Across a page break only a numbered heading can interrupt an unfinished sentence.
            if runsOn && line.followsPageBreak && numbered == nil { continue }
            guard let next = nextText(after: index, in: lines), !LineShapes.startsLowercase(next.text) else { continue }
            guard let shape = shape(of: text, numbered: numbered, typicalWidth: width) else { continue }
            found.append(HeadingCandidate(
                index: index, text: text, title: numbered?.title ?? text, shape: shape,
                follower: follower(next, at: index, in: lines),
                wordCount: text.split(separator: " ").count,
                endsOpen: LineShapes.endsInFunctionWord(text),
                framesItems: HeadingCandidate.framesItems(text),
                isSignature: HeadingCandidate.isSignature(text)))
        }
        // What follows a candidate is another candidate only when that line is one too.
        let indices = Set(found.map(\.index))
        for position in found.indices where found[position].follower == .candidate {
            if let next = nextText(after: found[position].index, in: lines), !indices.contains(next.index) {
                found[position].follower = .text
            }
        }
        return found
    }

    /// A plain heading is clearly shorter than the lines of a hard-wrapped paragraph, and never
    /// holds the end of a sentence: "Sjöhamra kommun är den största arbetsgivaren i Sjöhamra.
    /// Varje dag gör ca" is the first line of a paragraph, however it is followed.
    private static func shape(of text: String, numbered: (number: String, title: String)?, typicalWidth: Int) -> HeadingCandidate.Shape? {
        if let numbered { return .numbered(numbered.number) }
        if CoverBlock.entry(from: text) != nil || LineShapes.bullet(text) != nil || holdsSentenceEnd(text) { return nil }
        if LineShapes.isAllCaps(text) { return .capitals }
        guard text.count <= 100, text.count * 10 < typicalWidth * 7, LineShapes.looksLikeHeadingTitle(text, maxWords: 12),
              !isSentenceWithoutFullStop(text) else { return nil }
        return .plain
    }

    /// "Värdegrunden är vårt förhållningssätt som ska leda oss mot Vision 2025": eight words or
    /// more around a finite verb is a sentence that lost its full stop, not a heading. Short
    /// headings may hold a verb ("Som chef ska du dessutom", "Allas bidrag är viktigt").
    static func isSentenceWithoutFullStop(_ text: String) -> Bool {
        let words = text.lowercased().split(separator: " ")
        guard words.count >= 8 else { return false }
        return words.contains { finiteVerbs.contains(String($0)) }
    }

    private static let finiteVerbs: Set<String> = ["är", "ska", "skall", "har", "kan", "bör", "måste", "får", "vill", "blir", "var", "hade"]

    static func holdsSentenceEnd(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return zip(words, words.dropFirst()).contains { word, next in
            LineShapes.endsSentence(String(word)) && !word.hasSuffix(":") && next.first?.isUppercase == true
                && !isShortening(word)
        }
    }

    /// "t.ex.", "ca.", "K.": a full stop that shortens a word rather than ending a sentence.
    private static func isShortening(_ word: Substring) -> Bool {
        guard word.hasSuffix(".") else { return false }
        let stem = word.dropLast()
        return SentenceSplitter.Abbreviation.kind(of: stem) != nil || SentenceSplitter.Abbreviation.isInitial(stem)
            || SentenceSplitter.Abbreviation.isDotted(stem)
    }

    /// Most lines of a hard-wrapped paragraph are about this long (the 80th percentile of lines
    /// of 20 characters or more); a text copied from a web page has one line per paragraph.
    static func typicalWidth(of lines: [SourceLine]) -> Int {
        let lengths = lines.map(\.trimmed.count).filter { $0 >= 20 }.sorted()
        // Too few lines of text to tell a width by: take a printed page's.
        return lengths.count < 5 ? 80 : max(lengths[lengths.count * 4 / 5], 40)
    }

    /// The line that follows: a list item, a line that could itself be a heading, or text.
    private static func follower(_ next: (index: Int, text: String), at index: Int, in lines: [SourceLine]) -> HeadingCandidate.Follower {
        switch LineShapes.bullet(next.text) {
        case .symbol(let item)?, .dash(let item)?, .ordered(let item)?:
            return .list(lowercase: LineShapes.startsLowercase(item))
        case nil:
            break
        }
        let looksLikeCandidate = LineShapes.numberedHeading(next.text) != nil || LineShapes.isAllCaps(next.text)
            || (next.text.count <= 100 && LineShapes.looksLikeHeadingTitle(next.text, maxWords: 12))
        return looksLikeCandidate ? .candidate : .text
    }

    private static func nextText(after index: Int, in lines: [SourceLine]) -> (index: Int, text: String)? {
        guard let next = lines[(index + 1)...].firstIndex(where: { !$0.isBlank }) else { return nil }
        return (next, lines[next].trimmed)
    }

    private static func indexOfPrevious(_ index: Int, in lines: [SourceLine]) -> Int? {
        lines[..<index].lastIndex(where: { !$0.isBlank })
    }

    private static func normalisedSpaces(_ text: String) -> String {
        guard text.contains("  ") else { return text }
        return text.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    }
}
