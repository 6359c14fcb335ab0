/// The third stage of reading: which lines are headings, decided for the whole document. Every
/// line that could be a heading is described first (`HeadingCandidate`); then the pattern the
/// document follows is chosen: a heading owns text; a short line directly over another is a
/// heading with its subheading; a run of three or more short lines with nothing between them is
/// a list (a navigation menu, a diagram's labels), not a row of headings; a line left open for
/// the list under it is a lead-in, not a heading.
struct HeadingChoice {
    struct Heading {
        var number: String?
        var title: String
        var isAllCaps: Bool
        /// One level below the heading just above it (a subheading directly under a heading).
        var underPrevious: Bool
        /// The heading reads as the opening of each list item under it.
        var framesItems: Bool
        /// The level the file's markup gives, when it gives one.
        var markedLevel: Int? = nil
    }

    private(set) var headings: [Int: Heading] = [:]
    /// The parts the document names itself ("Policyn består av fyra områden:" and its list),
    /// folded for comparison.
    private var areas: Set<String> = []
    /// Lead-ins of one shape that each open a list: the document's headings.
    private var parallelLeadIns: Set<Int> = []

    static func choose(_ lines: [SourceLine]) -> HeadingChoice {
        if lines.contains(where: { if case .heading? = $0.markup { return true }; return false }) {
            return marked(lines)
        }
        let candidates = CandidateScan.candidates(in: lines)
        var choice = HeadingChoice()
        choice.areas = DocumentAreas.names(in: lines)
        choice.parallelLeadIns = parallelLeadIns(candidates)
        var position = 0
        while position < candidates.count {
            let run = runStarting(at: position, in: candidates)
            choice.decide(run)
            position += run.count
        }
        return choice
    }

    /// Candidates that follow one another with nothing between them.
    private static func runStarting(at position: Int, in candidates: [HeadingCandidate]) -> ArraySlice<HeadingCandidate> {
        var end = position
        while end < candidates.count - 1, candidates[end].follower == .candidate { end += 1 }
        return candidates[position...end]
    }

    private mutating func decide(_ run: ArraySlice<HeadingCandidate>) {
        // Three or more unnumbered short lines in a row: labels of a list, not headings.
        let unnumbered = run.filter { $0.number == nil }
        if run.count >= 3, unnumbered.count == run.count, run.allSatisfy({ $0.wordCount <= 5 }) {
            // The last one may still head the text that follows the list ("Start", "Nyheter",
            // then "Våra värderingar" over its text).
            if let last = run.last, last.follower != .end, accepts(last) {
                headings[last.index] = Heading(number: nil, title: last.title, isAllCaps: last.shape == .capitals,
                                               underPrevious: false, framesItems: last.framesItems && last.follower == .list(lowercase: false))
            }
            return
        }
        var previousAccepted = false
        var lastAccepted: HeadingCandidate?
        for candidate in run {
            guard accepts(candidate) else {
                previousAccepted = false
                continue
            }
            // A plain line directly under a plain heading is its tagline ("Ledarskap" over "Gott
            // ledarskap inspirerar till lärande och utveckling"): the section's opening words,
            // so the text under it stays in that section.
            if previousAccepted, candidate.number == nil, candidate.shape == .plain, let previous = lastAccepted, previous.shape == .plain {
                previousAccepted = false
                continue
            }
            let under = previousAccepted && candidate.number == nil && candidate.shape == .plain
            let opensList: Bool
            if case .list = candidate.follower { opensList = true } else { opensList = false }
            headings[candidate.index] = Heading(
                number: candidate.number, title: candidate.title, isAllCaps: candidate.shape == .capitals,
                underPrevious: under,
                framesItems: (candidate.framesItems && candidate.follower == .list(lowercase: false)) || (parallelLeadIns.contains(candidate.index) && opensList))
            previousAccepted = true
            lastAccepted = candidate
        }
    }

    private func accepts(_ candidate: HeadingCandidate) -> Bool {
        if candidate.number != nil { return true }
        if candidate.isSignature { return false }
        if candidate.follower != .end, areas.contains(DocumentAreas.folded(candidate.title)) || parallelLeadIns.contains(candidate.index) { return true }
        switch candidate.follower {
        case .end: return false
        case .list(let lowercase): return !lowercase && !candidate.endsOpen
        case .text, .candidate: return !candidate.endsOpen
        }
    }

    subscript(index: Int) -> Heading? { headings[index] }

    /// "Skapa tillit genom" • …, "Vara engagerade genom" • …: three or more lines left open on
    /// the same word, each opening its own list, are the document's areas, so its headings
    /// (each still leads its items). One such line alone is a lead-in.
    private static func parallelLeadIns(_ candidates: [HeadingCandidate]) -> Set<Int> {
        let open = candidates.filter { candidate in
            guard candidate.endsOpen, candidate.number == nil, case .list = candidate.follower else { return false }
            return true
        }
        let byLastWord = Dictionary(grouping: open) { $0.text.split(separator: " ").last.map { $0.lowercased() } ?? "" }
        return Set(byLastWord.values.filter { $0.count >= 3 }.flatMap { $0.map(\.index) })
    }

    /// A file whose markup names its headings (a web page, a Word file) is taken at its word:
    /// those lines are the headings, at the levels the markup gives, the shallowest being 1.
    private static func marked(_ lines: [SourceLine]) -> HeadingChoice {
        let levels = lines.compactMap { line -> Int? in
            if case .heading(let level)? = line.markup, !line.isBlank { return level }
            return nil
        }
        let top = levels.min() ?? 1
        var choice = HeadingChoice()
        for index in lines.indices where !lines[index].isBlank {
            guard case .heading(let level)? = lines[index].markup else { continue }
            let text = lines[index].trimmed
            let numbered = LineShapes.numberedHeading(text) ?? MarkdownProgrammeReader.splitNumber(text).0.map { ($0, MarkdownProgrammeReader.splitNumber(text).1) }
            let next = lines[(index + 1)...].first { !$0.isBlank }
            let opensList = next.map { if case .listItem? = $0.markup { return true }; return false } ?? false
            choice.headings[index] = Heading(
                number: numbered?.0, title: numbered?.1 ?? text, isAllCaps: false, underPrevious: false,
                framesItems: opensList && HeadingCandidate.framesItems(text), markedLevel: level - top + 1)
        }
        return choice
    }
}
