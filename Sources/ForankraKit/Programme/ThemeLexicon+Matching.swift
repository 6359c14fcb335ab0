extension ThemeLexicon {
    /// Themes found in a text, strongest first, with a score; title matches weigh 3x body matches.
    /// Ties go by theme id, so the order never depends on chance.
    public func themes(title: String, body: String) -> [(theme: Theme, score: Int)] {
        matches(title: title, body: body).map { ($0.theme, $0.score) }
    }

    /// Like `themes(title:body:)`, with the keywords that matched (for `outline` and tests).
    public func matches(title: String, body: String) -> [ThemeMatch] {
        matches(title: title, body: body, matcher: KeywordMatcher(self))
    }

    /// With a matcher kept for the whole run, so each distinct word is tested against the open
    /// keywords once, not once per section it stands in.
    func matches(title: String, body: String, matcher: KeywordMatcher) -> [ThemeMatch] {
        matches(title: WordIndex(title), body: WordIndex(body), matcher: matcher)
    }

    /// Themes of a body whose words were gathered text by text (see `WordIndex.append`).
    func themes(inBody body: WordIndex) -> [(theme: Theme, score: Int)] {
        matches(title: WordIndex(""), body: body, matcher: KeywordMatcher(self)).map { ($0.theme, $0.score) }
    }

    private func matches(title titleIndex: WordIndex, body bodyIndex: WordIndex, matcher: KeywordMatcher) -> [ThemeMatch] {
        let titleHits = ThemeHits(titleIndex, openPartHits: matcher.openPartHits(in: titleIndex))
        let bodyHits = ThemeHits(bodyIndex, openPartHits: matcher.openPartHits(in: bodyIndex))
        var found: [ThemeMatch] = []
        for theme in themes {
            let inTitle = titleHits.count(theme)
            let inBody = bodyHits.count(theme)
            let score = 3 * inTitle.count + inBody.count
            guard score > 0 else { continue }
            let keywords = theme.keywords.map(\.written).filter { inTitle.keywords.contains($0) || inBody.keywords.contains($0) }
            found.append(ThemeMatch(theme: theme, score: score, keywords: keywords))
        }
        return found.sorted { $0.score != $1.score ? $0.score > $1.score : $0.theme.id < $1.theme.id }
    }
}

/// Counts the words of one text that a theme's keywords hit. A word hit by two keywords of the
/// same theme counts once.
final class ThemeHits {
    private let index: WordIndex
    /// The open-ended parts' hits, from the run's matcher; exact words are looked up here.
    private let openPartHits: [ThemeKeyword.Part: Set<Int>]

    init(_ index: WordIndex, openPartHits: [ThemeKeyword.Part: Set<Int>]) {
        self.index = index
        self.openPartHits = openPartHits
    }

    func count(_ theme: Theme) -> (count: Int, keywords: Set<String>) {
        let found = hits(theme)
        let wordHits = found.words.reduce(0) { $0 + index.counts[$1] }
        return (wordHits + found.sequenceEnds.count, found.keywords)
    }

    /// What a theme's keywords hit: the ids of the words a one-word keyword hits; each position
    /// where a keyword of several words starts, with the end of the shortest one there, unless
    /// a one-word keyword already counts the word it starts on; and the keywords that hit at all.
    func hits(_ theme: Theme) -> (words: Set<Int>, sequenceEnds: [Int: Int], keywords: Set<String>) {
        var words = Set<Int>()
        var sequenceEnds: [Int: Int] = [:]
        var keywords = Set<String>()
        for keyword in theme.keywords {
            // One word, the common case, is looked up without a set made for it.
            if keyword.parts.count == 1 {
                let part = keyword.parts[0]
                if part.openStart || part.openEnd {
                    guard let hits = openPartHits[part], !hits.isEmpty else { continue }
                    words.formUnion(hits)
                } else {
                    guard let id = index.wordID(of: part.utf8) else { continue }
                    words.insert(id)
                }
                keywords.insert(keyword.written)
            } else {
                let sets = keyword.parts.map(wordIDs)
                let starts = index.positions(ofSequence: sets)
                guard !starts.isEmpty else { continue }
                for start in starts { sequenceEnds[start] = min(sequenceEnds[start] ?? Int.max, start + keyword.parts.count) }
                keywords.insert(keyword.written)
            }
        }
        return (words, sequenceEnds.filter { !words.contains(Int(index.tokens[$0.key])) }, keywords)
    }

    private func wordIDs(_ part: ThemeKeyword.Part) -> Set<Int> {
        part.openStart || part.openEnd ? openPartHits[part] ?? [] : index.wordIDs(matching: part)
    }
}
