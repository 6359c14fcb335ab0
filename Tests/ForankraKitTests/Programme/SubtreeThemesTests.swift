import XCTest
@testable import ForankraKit

/// A sheet on a chapter takes its themes from the chapter's whole text, titles and subsections
/// included. The keywords are now matched once in the whole programme and each sheet counts its
/// stretch of words; these tests hold that to matching the sheet's joined text on its own, as
/// every sheet did before.
final class SubtreeThemesTests: XCTestCase {
    /// Each theme's score as a sheet got it by matching its own text.
    private func scoresByMatchingTheText(_ programme: Programme, _ lexicon: ThemeLexicon, id: String) -> [String] {
        let sections = programme.sectionWithDescendants(id: id)
        guard let first = sections.first else { return [] }
        let body = sections.flatMap { [$0.title] + $0.blocks.map(\.text) }.joined(separator: "\n")
        return lexicon.themes(title: first.title, body: body).map { "\($0.theme.id) \($0.score)" }
    }

    /// Returns how many sections had a theme, so a test can tell that it compared something.
    @discardableResult
    private func assertSameThemes(_ programme: Programme, _ lexicon: ThemeLexicon, file: StaticString = #filePath, line: UInt = #line) -> Int {
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: lexicon)
        var themed = 0
        for section in programme.sections {
            let scores = analysis.themeScores(coveringSection: section.id).map { "\($0.theme.id) \($0.score)" }
            XCTAssertEqual(scores, scoresByMatchingTheText(programme, lexicon, id: section.id), "section \(section.id)", file: file, line: line)
            if !scores.isEmpty { themed += 1 }
        }
        return themed
    }

    func testTheBundledProgrammeGetsTheSameThemesOnEverySheet() throws {
        let programme = try ProgrammeReader.read(path: TestPaths.markdownExample)
        XCTAssertGreaterThan(assertSameThemes(programme, try ThemeLexiconTests.realLexicon()), 10)
    }

    /// Sheets are drafted on every core, and whichever asks first makes the programme's words
    /// while the others wait for them.
    func testSheetsAskingAtOnceGetTheThemesTheyGetOneByOne() throws {
        let programme = try ProgrammeReader.read(path: TestPaths.markdownExample)
        let lexicon = try ThemeLexiconTests.realLexicon()
        let oneByOne = ProgrammeAnalysis(programme: programme, lexicon: lexicon)
        let expected = programme.sections.map { oneByOne.themeScores(coveringSection: $0.id).map { "\($0.theme.id) \($0.score)" } }
        for _ in 0..<5 {
            let atOnce = ProgrammeAnalysis(programme: programme, lexicon: lexicon)
            let scores = ParallelMap.map(programme.sections) { section in
                atOnce.themeScores(coveringSection: section.id).map { "\($0.theme.id) \($0.score)" }
            }
            XCTAssertEqual(scores, expected)
        }
    }

    /// A keyword of two words counts for a chapter when its words end one subsection and begin
    /// the next one's title, and not for either subsection alone.
    func testAKeywordAcrossTwoSubsectionsCountsForTheChapterOnly() throws {
        let lexicon = try lexicon(["arbetsmiljo": ["systematiskt arbetsmiljöarbete", "skyddsrond"], "lon": ["lön*", "lönekriterier"]])
        let programme = ProgrammeReader.read(text: """
            # Program

            ## 1 Om arbetet

            Vi arbetar systematiskt

            ### 1.1 Arbetsmiljöarbete i vardagen

            Vi arbetar systematiskt arbetsmiljöarbete varje vecka, systematiskt arbetsmiljöarbete varje månad
            och systematiskt arbetsmiljöarbete varje år. Det är systematiskt

            ### 1.2 Arbetsmiljöarbete och lön

            Lön och lönekriterier. En skyddsrond.

            ## 2 Lön

            Lönen sätts individuellt.

            """, path: "program.md")
        let analysis = ProgrammeAnalysis(programme: programme, lexicon: lexicon)

        // Three inside 1.1, one from 1 into 1.1 and one from 1.1 into 1.2, and the safety round.
        XCTAssertEqual(analysis.themeScores(coveringSection: "1").map { "\($0.theme.id) \($0.score)" }, ["arbetsmiljo 6", "lon 3"])
        XCTAssertEqual(analysis.themeScores(coveringSection: "1.1").map { "\($0.theme.id) \($0.score)" }, ["arbetsmiljo 3"])
        XCTAssertEqual(analysis.themes(coveringSection: "1").map(\.id), ["arbetsmiljo"])
        XCTAssertEqual(analysis.themes(coveringSection: "1.1").map(\.id), [], "three is below a theme's minimum score")
        XCTAssertEqual(analysis.themes(coveringSection: "1.2").map(\.id), ["lon"])
        assertSameThemes(programme, lexicon)
    }

    /// A heading may have a number and no words, and a badly numbered programme repeats a
    /// number (the reader makes it "2-2"): their sheets are scored as before.
    func testARepeatedNumberAndAHeadingWithoutWordsGetTheSameThemes() throws {
        let lexicon = try lexicon(["arbetsmiljo": ["systematiskt arbetsmiljöarbete", "skyddsrond"], "lon": ["lön*"]])
        let programme = ProgrammeReader.read(text: """
            # Program

            ## 1 Lön

            Lön, lön och lönen. Vi gör systematiskt

            ## 2

            arbetsmiljöarbete och skyddsrond, skyddsrond och skyddsrond.

            ## 2 Lön igen

            Lönen och lön.

            """, path: "program.md")
        XCTAssertEqual(programme.sections.map(\.id), ["1", "2", "2-2"])
        XCTAssertGreaterThan(assertSameThemes(programme, lexicon), 1)
    }

    /// Drawn programmes of drawn headings and sentences, with the keywords' words among them so
    /// that keywords of several words often straddle a section's end.
    func testDrawnProgrammesGetTheSameThemesOnEverySheet() throws {
        let lexicon = try lexicon([
            "a": ["ledarskap", "tydligt ledarskap", "chef*", "gott ledarskap i vardagen"],
            "b": ["*miljö", "systematiskt arbetsmiljöarbete", "skyddsrond", "arbetsmiljö i vardagen"],
            "c": ["lön*", "lika lön", "lön och villkor", "*kriterier"],
        ])
        let vocabulary = ["ledarskap", "tydligt", "gott", "i", "vardagen", "chefen", "arbetsmiljö", "systematiskt", "arbetsmiljöarbete",
                          "skyddsrond", "lön", "lika", "och", "villkor", "lönekriterier", "vi", "alla", "ska", "."]
        let sentences = drawnTexts(from: vocabulary.map { $0 + " " }, count: 400, maxLength: 14, seed: 7)
        var generator = SeededGenerator(seed: 8)
        var themed = 0
        for _ in 0..<20 {
            var text = "# Program\n\n"
            var numbers = [0]
            for _ in 0..<Int.random(in: 3...12, using: &generator) {
                let depth = min(numbers.count + 1, Int.random(in: 1...3, using: &generator))
                numbers = Array(numbers.prefix(depth))
                if numbers.count < depth { numbers.append(0) }
                numbers[depth - 1] += 1
                let title = sentences[Int.random(in: 0..<sentences.count, using: &generator)].prefix(40)
                text += String(repeating: "#", count: depth + 1) + " \(numbers.map(String.init).joined(separator: ".")) Rubrik \(title)\n\n"
                for _ in 0..<Int.random(in: 0...3, using: &generator) {
                    text += "Text " + sentences[Int.random(in: 0..<sentences.count, using: &generator)] + "\n\n"
                }
            }
            themed += assertSameThemes(ProgrammeReader.read(text: text, path: "program.md"), lexicon)
        }
        XCTAssertGreaterThan(themed, 50, "the drawn programmes must give the themes something to score")
    }

    private func lexicon(_ keywordsByTheme: [String: [String]]) throws -> ThemeLexicon {
        let themes = try keywordsByTheme.keys.sorted().map { id in
            Theme(id: id, nameSV: id, nameEN: id, keywords: try keywordsByTheme[id, default: []].map { try ThemeKeyword.parse($0).get() },
                  questionsSV: ["Vad betyder det för oss?"], questionsEN: ["What does it mean to us?"])
        }
        return ThemeLexicon(themes: themes, reflection: ReflectionBank(questionsSV: [], questionsEN: [], generalSV: [], generalEN: []))
    }
}
