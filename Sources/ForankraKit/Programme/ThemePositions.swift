/// Where each theme's keywords hit in one text, so that any stretch of its words can be scored
/// without matching again. A sheet on a chapter is scored on the chapter and all its
/// subsections; matched sheet by sheet, a subsection four levels down was matched five times.
struct ThemePositions: Sendable {
    /// For each theme, in the lexicon's order: the positions of the words a one-word keyword
    /// hits, ascending.
    private let wordPositions: [[Int]]
    /// For each theme: where a keyword of several words starts on a word no one-word keyword of
    /// the theme hits, ascending, and beside it the end of the shortest such keyword there
    /// (see `ThemeHits.hits`).
    private let sequenceStarts: [[Int]]
    private let sequenceEnds: [[Int]]

    init(_ themes: [Theme], index: WordIndex, matcher: KeywordMatcher) {
        let hits = ThemeHits(index, openPartHits: matcher.openPartHits(in: index))
        var themesOfWord = [[Int]](repeating: [], count: index.words.count)
        var starts: [[Int]] = [], ends: [[Int]] = []
        for (number, theme) in themes.enumerated() {
            let found = hits.hits(theme)
            for id in found.words { themesOfWord[id].append(number) }
            let sequences = found.sequenceEnds.sorted { $0.key < $1.key }
            starts.append(sequences.map(\.key))
            ends.append(sequences.map(\.value))
        }
        var positions = [[Int]](repeating: [], count: themes.count)
        for (position, token) in index.tokens.enumerated() {
            for number in themesOfWord[Int(token)] { positions[number].append(position) }
        }
        wordPositions = positions
        sequenceStarts = starts
        sequenceEnds = ends
    }

    /// The theme's score in the words of `range`: what `ThemeHits.count` gives for a text of
    /// just those words, as a keyword of several words counts only when all of it is inside.
    func count(theme number: Int, in range: Range<Int>) -> Int {
        let positions = wordPositions[number]
        let words = positions.partitioningIndex { $0 >= range.upperBound } - positions.partitioningIndex { $0 >= range.lowerBound }
        let starts = sequenceStarts[number], ends = sequenceEnds[number]
        var next = starts.partitioningIndex { $0 >= range.lowerBound }
        var sequencesInside = 0
        while next < starts.count && starts[next] < range.upperBound {
            if ends[next] <= range.upperBound { sequencesInside += 1 }
            next += 1
        }
        return words + sequencesInside
    }
}
