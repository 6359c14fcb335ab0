import Foundation

/// What forankra makes of each section: its sentences, key statements and themes. Computed
/// once per programme and shared by `outline`, `sheets` and `pack`.
public struct ProgrammeAnalysis: Sendable {
    public let programme: Programme
    public let lexicon: ThemeLexicon

    public struct SectionFacts: Sendable {
        public var sentenceCount: Int
        /// Key statements in this section's own text.
        public var keyStatements: [KeyStatement]
        public var themes: [Theme]
        /// Every theme that matched, strongest first, with the keywords that showed it: what
        /// HR needs to see when tuning the lexicon.
        public var themeMatches: [ThemeMatch]
    }

    public let facts: [String: SectionFacts]
    /// The theme keywords compiled once for the run, shared by every section and sheet.
    private let matcher: KeywordMatcher

    public init(programme: Programme, lexicon: ThemeLexicon) {
        self.programme = programme
        self.lexicon = lexicon
        let matcher = KeywordMatcher(lexicon)
        self.matcher = matcher
        // Sections are analysed on every core: each stands alone, and a long programme's
        // sections took most of `outline`'s second on one core.
        let analysed = ParallelMap.map(programme.sections) { section -> (String, SectionFacts) in
            let sentences = section.blocks.reduce(0) { count, block in
                count + (block.kind == .listItem ? 1 : SentenceSplitter.sentences(in: block.text).count)
            }
            let body = section.blocks.map(\.text).joined(separator: "\n")
            let matches = lexicon.matches(title: section.title, body: body, matcher: matcher)
            return (section.id, SectionFacts(
                sentenceCount: sentences,
                keyStatements: KeyStatementFinder.candidates(in: section),
                themes: Self.strongThemes(matches.map { ($0.theme, $0.score) }),
                themeMatches: matches))
        }
        // The last section with an id wins, as when they were added one by one.
        self.facts = Dictionary(analysed, uniquingKeysWith: { _, last in last })
        var seen = Set<String>(), shared = Set<String>()
        for section in programme.sections where !seen.insert(section.id).inserted { shared.insert(section.id) }
        sharedIDs = shared
    }

    /// Ids that more than one section has (a badly numbered programme): their facts are the
    /// last one's.
    private let sharedIDs: Set<String>
    /// Worked out when the first sheet asks for its themes: `outline` never does.
    private let programmeWords = ProgrammeWords()

    /// A section's key statement candidates as analysed once: a sheet on a chapter quotes from
    /// every subsection, and with `sheets --all` each subsection has a sheet of its own too.
    func keyStatements(of section: ProgrammeSection) -> [KeyStatement] {
        guard !sharedIDs.contains(section.id), let facts = facts[section.id] else { return KeyStatementFinder.candidates(in: section) }
        return facts.keyStatements
    }

    /// Themes for a sheet on a section with its subsections: the whole text decides, titles and
    /// all, scored as if it were one text. The keywords are matched once in the whole programme
    /// and each sheet counts the stretch of words it covers.
    public func themes(coveringSection id: String) -> [Theme] {
        Self.strongThemes(themeScores(coveringSection: id))
    }

    /// Every theme that scores in the sheet's text, strongest first, ties by theme id.
    func themeScores(coveringSection id: String) -> [(theme: Theme, score: Int)] {
        guard let covered = programme.indicesWithDescendants(id: id) else { return [] }
        let document = programmeWords.words { Self.programmeWords(programme, lexicon: lexicon, matcher: matcher) }
        let body = document.sectionStarts[covered.lowerBound]..<document.sectionStarts[covered.upperBound]
        let titleWords = WordIndex(programme.sections[covered.lowerBound].title)
        let title = ThemeHits(titleWords, openPartHits: matcher.openPartHits(in: titleWords))
        let ranked = lexicon.themes.enumerated().compactMap { number, theme -> (theme: Theme, score: Int)? in
            let score = 3 * title.count(theme).count + document.positions.count(theme: number, in: body)
            return score > 0 ? (theme, score) : nil
        }
        return ranked.sorted { $0.score != $1.score ? $0.score > $1.score : $0.theme.id < $1.theme.id }
    }

    /// The whole programme's words, each section's title and then its text, and where each
    /// section's words begin (with the end of the last one after them).
    private static func programmeWords(_ programme: Programme, lexicon: ThemeLexicon, matcher: KeywordMatcher) -> ProgrammeWords.Words {
        var index = WordIndex()
        var starts: [Int] = []
        starts.reserveCapacity(programme.sections.count + 1)
        for section in programme.sections {
            starts.append(index.tokens.count)
            index.append(section.title)
            for block in section.blocks { index.append(block.text) }
        }
        starts.append(index.tokens.count)
        return ProgrammeWords.Words(positions: ThemePositions(lexicon.themes, index: index, matcher: matcher), sectionStarts: starts)
    }

    /// Below this a section only brushes a theme (a word or two in passing); its sheet then
    /// asks the general questions instead of off-topic ones.
    static let minimumThemeScore = 4

    /// At most three themes, and only those at least two thirds as strong as the strongest: a
    /// section on leadership that mentions the work environment twice is not about it.
    static func strongThemes(_ ranked: [(theme: Theme, score: Int)]) -> [Theme] {
        guard let top = ranked.first?.score, top >= minimumThemeScore else { return [] }
        return ranked.prefix(3).filter { $0.score * 3 >= top * 2 }.map(\.theme)
    }
}

/// The programme's words and where the themes hit them, built once by whichever sheet asks
/// first while the others wait: sheets are drafted on every core.
private final class ProgrammeWords: @unchecked Sendable {
    struct Words: Sendable {
        var positions: ThemePositions
        var sectionStarts: [Int]
    }

    private let lock = NSLock()
    private var made: Words?

    /// The words, made by `make` on the first call.
    func words(_ make: () -> Words) -> Words {
        lock.withLock {
            if let made { return made }
            let words = make()
            made = words
            return words
        }
    }
}
