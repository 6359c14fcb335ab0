import Foundation

/// Which open-ended keyword parts ("arbetsmiljö*", "*ledar*") each distinct word matches,
/// worked out once per word for a whole run. A programme's sections share most of their words,
/// and testing every open keyword against every word of every section again was most of what
/// `outline` did on a long programme.
final class KeywordMatcher: @unchecked Sendable {
    private let openParts: [ThemeKeyword.Part]
    private let needles: [[UInt8]]
    /// Guarded by `lock`: sheets may analyse sections from more than one thread.
    private var partsByWord: [[UInt8]: [Int]] = [:]
    private let lock = NSLock()

    init(_ lexicon: ThemeLexicon) {
        var seen: Set<ThemeKeyword.Part> = []
        var parts: [ThemeKeyword.Part] = []
        for theme in lexicon.themes {
            for keyword in theme.keywords {
                for part in keyword.parts where (part.openStart || part.openEnd) && seen.insert(part).inserted { parts.append(part) }
            }
        }
        openParts = parts
        needles = parts.map { Array($0.text.utf8) }
    }

    /// The word ids of `index` that each open part matches; a part that matches none is absent.
    func openPartHits(in index: WordIndex) -> [ThemeKeyword.Part: Set<Int>] {
        var hits: [ThemeKeyword.Part: Set<Int>] = [:]
        for (id, word) in index.words.enumerated() {
            for part in parts(matching: word) { hits[openParts[part], default: []].insert(id) }
        }
        return hits
    }

    /// Locked only to look up and to store, so sections analysed side by side do not wait
    /// for each other's matching; two threads may both work out a new word, with one result.
    private func parts(matching word: [UInt8]) -> [Int] {
        if let known = lock.withLock({ partsByWord[word] }) { return known }
        let found = openParts.indices.filter { WordIndex.matches(word, needles[$0], openParts[$0]) }
        lock.withLock { partsByWord[word] = found }
        return found
    }
}
