import Foundation
import XCTest
@testable import ForankraKit

final class ThemeLexiconTests: XCTestCase {
    /// The repository's own templates/ folder, found from this file: Tests/ForankraKitTests/Programme/.
    static let templatesFolder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("templates").path
    }()

    static func realLexicon() throws -> ThemeLexicon {
        try ThemeLexicon.load(templatesFolder: templatesFolder)
    }

    // MARK: The real templates

    func testRealTemplatesLoadWithSixToEightQuestionsInEachLanguage() throws {
        let lexicon = try Self.realLexicon()
        XCTAssertGreaterThanOrEqual(lexicon.themes.count, 12)
        XCTAssertEqual(lexicon.themes.map(\.id), lexicon.themes.map(\.id).sorted())
        for theme in lexicon.themes {
            XCTAssertTrue((6...8).contains(theme.questionsSV.count), "\(theme.id): \(theme.questionsSV.count) Swedish questions")
            XCTAssertEqual(theme.questionsSV.count, theme.questionsEN.count, "\(theme.id): Swedish and English counts differ")
            XCTAssertTrue((15...35).contains(theme.keywords.count), "\(theme.id): \(theme.keywords.count) keywords")
            XCTAssertFalse(theme.nameSV.isEmpty)
            XCTAssertFalse(theme.nameEN.isEmpty)
            for question in theme.questionsSV + theme.questionsEN {
                XCTAssertTrue(question.hasSuffix("?"), "\(theme.id): not a question: \(question)")
            }
        }
        let reflection = lexicon.reflection
        XCTAssertTrue((6...8).contains(reflection.questionsSV.count))
        XCTAssertEqual(reflection.questionsSV.count, reflection.questionsEN.count)
        XCTAssertEqual(reflection.generalSV.count, 4)
        XCTAssertEqual(reflection.generalEN.count, 4)
    }

    func testRealTemplatesHaveNoProblems() throws {
        let files = try ThemeLexicon.files(inTemplatesFolder: Self.templatesFolder)
        XCTAssertEqual(ThemeLexicon.problems(files: files).map(\.description), [])
        XCTAssertFalse(files.contains { $0.path.hasSuffix("README.md") })
    }

    func testWorkEnvironmentSentenceGetsArbetsmiljo() throws {
        try assertTopTheme("arbetsmiljo", title: "En trygg och säker arbetsplats",
            body: "Vi arbetar systematiskt med arbetsmiljön och skyddsombuden deltar i riskbedömningar.")
    }

    func testPayParagraphGetsLon() throws {
        try assertTopTheme("lon", title: "Så sätts lönen",
            body: """
            Lönesättningen är individuell och differentierad och utgår från kommunens lönepolicy. \
            Varje medarbetare ska känna till de lönekriterier som gäller och ha ett lönesamtal med \
            sin lönesättande chef inför löneöversynen. Vi gör varje år en lönekartläggning för att \
            upptäcka och rätta till osakliga löneskillnader.
            """)
    }

    func testDiversityParagraphGetsJamstalldhet() throws {
        try assertTopTheme("jamstalldhet", title: "Alla ska ha samma möjligheter",
            body: """
            Kommunen är en arbetsplats fri från diskriminering där mångfald ses som en tillgång. \
            Ingen ska behandlas sämre på grund av kön, könsidentitet, etnisk tillhörighet, religion, \
            funktionsnedsättning, sexuell läggning eller ålder. Vi arbetar med aktiva åtgärder för \
            lika rättigheter och möjligheter och en inkluderande arbetsplats.
            """)
    }

    func testOtherRealisticSectionsGetTheirThemes() throws {
        try assertTopTheme("kompetens", title: "Lärande och utveckling",
            body: "Alla medarbetare har en individuell utvecklingsplan som följs upp i medarbetarsamtalet. Vi tar vara på kunskapsutbyte mellan kollegor och erbjuder fortbildning.")
        try assertTopTheme("rekrytering", title: "Attraktiv arbetsgivare",
            body: "Kompetensförsörjningen är en av våra största utmaningar när många går i pension. Vi rekryterar kompetensbaserat och vill behålla de medarbetare vi har.")
        try assertTopTheme("arbetstid", title: "Heltid som norm",
            body: "Heltid ska vara norm och deltid en möjlighet. Scheman läggs så att medarbetarna får balans mellan arbete och fritid.")
        try assertTopTheme("rehabilitering", title: "När någon blir sjuk",
            body: "Chefen uppmärksammar tidiga signaler och upprepad korttidsfrånvaro. Rehabiliteringen sker tillsammans med företagshälsovården med målet återgång i arbete.")
        try assertTopTheme("delaktighet", title: "Inflytande och samverkan",
            body: "Enligt samverkansavtalet sker samverkan på arbetsplatsträffar där medarbetarna har inflytande över verksamhetens utveckling tillsammans med de fackliga organisationerna.")
        try assertTopTheme("introduktion", title: "En bra start",
            body: "Alla nyanställda får en introduktion med en fadder under den första tiden.")
    }

    func testASectionWithoutThemeWordsMatchesNothing() throws {
        let found = try Self.realLexicon().themes(title: "Inledning", body: "Programmet antogs av kommunfullmäktige den 12 maj.")
        XCTAssertEqual(found.map(\.theme.id), [])
    }

    // MARK: Matching rules

    func testExactPrefixSuffixAndInfixKeywords() throws {
        let lexicon = try lexicon(keywords: "lön, arbetsmiljö*, *policy, *sjukfrånvaro*")
        XCTAssertEqual(score(lexicon, "Lön, LÖN och lönen"), 2)
        XCTAssertEqual(score(lexicon, "arbetsmiljöarbetet och arbetsmiljön men inte god arbetsmiljö"), 3)
        XCTAssertEqual(score(lexicon, "miljöarbetet"), 0)
        XCTAssertEqual(score(lexicon, "vår lönepolicy och policyn"), 1)
        XCTAssertEqual(score(lexicon, "korttidssjukfrånvaron och sjukfrånvaro men inte frånvaro"), 2)
    }

    func testMultiWordKeywordsMatchWordsInOrderAcrossLineBreaksAndPunctuation() throws {
        let lexicon = try lexicon(keywords: "lika villkor, hot och våld*, e-post")
        XCTAssertEqual(score(lexicon, "Lika\nvillkor gäller. Villkor lika?"), 1)
        XCTAssertEqual(score(lexicon, "risk för hot och våldsamma situationer"), 1)
        XCTAssertEqual(score(lexicon, "Svara på e-post och e post"), 2)
    }

    func testAWordHitByTwoKeywordsOfOneThemeCountsOnce() throws {
        let lexicon = try lexicon(keywords: "arbetsmiljö*, *arbetsmiljö*, arbetsmiljön")
        XCTAssertEqual(score(lexicon, "arbetsmiljön"), 1)
        XCTAssertEqual(lexicon.matches(title: "", body: "arbetsmiljön").first?.keywords, ["arbetsmiljö*", "*arbetsmiljö*", "arbetsmiljön"])
    }

    func testTitleMatchesWeighThreeTimesBodyMatches() throws {
        let lexicon = try lexicon(keywords: "lön")
        XCTAssertEqual(lexicon.themes(title: "Lön", body: "lön och lön").first?.score, 5)
    }

    func testWordsAreLowercasedAndCutAtEveryNonLetter() {
        XCTAssertEqual(WordIndex.words(in: "ÅRETS skyddsrond—Öppen dialog! Café 2026, x² naïve ΣΟΦΙΑ"),
                       ["årets", "skyddsrond", "öppen", "dialog", "café", "2026", "x", "naïve", "σοφια"])
        XCTAssertEqual(WordIndex.words(in: "  \n\t–  "), [])
    }

    func testDecomposedSwedishLettersMatchComposedKeywords() throws {
        let lexicon = try lexicon(keywords: "*hälsa*")
        let decomposed = "ha\u{0308}lsan"
        XCTAssertEqual(score(lexicon, decomposed), 1)
    }

    func testStrongestThemeComesFirstAndTiesGoById() throws {
        let lexicon = try ThemeLexicon.load(files: [
            themeFile(id: "b", keywords: "lön"), themeFile(id: "a", keywords: "lön"),
            themeFile(id: "c", keywords: "stress"), Self.reflection,
        ])
        let found = lexicon.themes(title: "", body: "lön stress stress")
        XCTAssertEqual(found.map(\.theme.id), ["c", "a", "b"])
        XCTAssertEqual(found.map(\.score), [2, 1, 1])
    }

    /// The word counts that rank themes hold over a megabyte of text. How fast it matches is
    /// measured by `make bench` (outline of a 1 MB programme), not here.
    func testAMegabyteProgrammeIsMatchedWhole() throws {
        let lexicon = try Self.realLexicon()
        let paragraph = "Vi arbetar systematiskt med arbetsmiljön och skyddsombuden deltar i riskbedömningar. Lönesättningen utgår från lönepolicyn och kompetensutvecklingen planeras i medarbetarsamtalet. "
        var body = ""
        var counter = 0
        while body.utf8.count < 1_000_000 {
            body += paragraph + "enhet\(counter) "
            counter += 1
        }
        let once = lexicon.themes(title: "Allt", body: paragraph)
        let found = lexicon.themes(title: "Allt", body: body)
        XCTAssertEqual(found.first?.theme.id, "arbetsmiljo")
        XCTAssertEqual(found.map(\.theme.id), once.map(\.theme.id))
        XCTAssertEqual(found.map(\.score), once.map { $0.score * counter }, "every repetition counts, none lost")
    }

    // MARK: Errors

    func testMissingNameIsAnErrorWithPathAndLine() {
        assertProblem(["---\nid: lon\nsv: Lön\n---\n" + Self.sections], path: "teman/t0.md", line: 1, contains: "'en'")
        assertProblem(["---\nid: lon\nsv: Lön\nen:\n---\n" + Self.sections], path: "teman/t0.md", line: 4, contains: "'en'")
        assertProblem(["## Nyckelord\n\nlön\n"], path: "teman/t0.md", line: 1, contains: "front matter")
    }

    func testDuplicateThemeIdAcrossFilesNamesBothFiles() {
        assertProblem([themeText(id: "lon", keywords: "lön"), themeText(id: "lon", keywords: "lönen")],
                      path: "teman/t1.md", line: 2, contains: "teman/t0.md (line 2)")
    }

    func testAThemeWithoutKeywordsIsAnError() {
        assertProblem([themeText(id: "lon", keywords: "")], path: "teman/t0.md", line: 7, contains: "no keywords")
        let noSection = "---\nid: lon\nsv: Lön\nen: Pay\n---\n\n## Frågor\n\n- a?\n- b?\n- c?\n\n## Questions\n\n- a?\n- b?\n- c?\n"
        assertProblem([noSection], path: "teman/t0.md", line: 1, contains: "Nyckelord")
    }

    func testTooFewQuestionsIsAnErrorAtTheHeading() {
        let text = "---\nid: lon\nsv: Lön\nen: Pay\n---\n\n## Nyckelord\n\nlön\n\n## Frågor\n\n- a?\n- b?\n\n## Questions\n\n- a?\n- b?\n- c?\n"
        assertProblem([text], path: "teman/t0.md", line: 11, contains: "2 questions")
    }

    func testUnknownHeadingIsAnErrorWithItsLine() {
        let text = themeText(id: "lon", keywords: "lön") + "\n## Övrigt\n\n- x\n"
        assertProblem([text], path: "teman/t0.md", line: 23, contains: "## Övrigt")
    }

    func testStrayStarInAKeywordIsAnErrorWithItsLine() {
        let text = "---\nid: lon\nsv: Lön\nen: Pay\n---\n\n## Nyckelord\n\nlön,\nlö*n, stress\n" + Self.questionSections
        assertProblem([text], path: "teman/t0.md", line: 10, contains: "'lö*n'")
    }

    func testAQuestionNotWrittenAsAListItemIsAnError() {
        let text = "---\nid: lon\nsv: Lön\nen: Pay\n---\n\n## Nyckelord\n\nlön\n\n## Frågor\n\nVad tycker vi?\n- a?\n- b?\n- c?\n\n## Questions\n\n- a?\n- b?\n- c?\n"
        assertProblem([text], path: "teman/t0.md", line: 13, contains: "starting with")
    }

    func testLongQuestionsMayContinueOnTheNextLine() throws {
        let text = "---\nid: lon\nsv: Lön\nen: Pay\n---\n\n## Nyckelord\n\nlön\n\n## Frågor\n\n- Vad gör vi\n  här?\n- b?\n- c?\n\n## Questions\n\n- a?\n- b?\n- c?\n"
        let lexicon = try ThemeLexicon.load(files: [("lon.md", text), Self.reflection])
        XCTAssertEqual(lexicon.themes.first?.questionsSV.first, "Vad gör vi här?")
    }

    func testMissingReflectionFileIsAnError() {
        XCTAssertThrowsError(try ThemeLexicon.load(files: [themeFile(id: "lon", keywords: "lön")])) { error in
            XCTAssertTrue((error as? ForankraError)?.message.contains("reflection") ?? false, "\(error)")
        }
    }

    func testEveryProblemIsReportedInOneRun() {
        let files = [
            ("teman/a.md", "---\nid: a\nsv: A\nen: A\n---\n\n## Nyckelord\n\nx*y\n\n## Frågor\n\n- a?\n\n## Questions\n\n- a?\n- b?\n- c?\n"),
            Self.reflection,
        ]
        let problems = ThemeLexicon.problems(files: files).map { "\($0.path ?? "-"):\($0.location?.line ?? 0)" }
        XCTAssertEqual(problems, ["teman/a.md:9", "teman/a.md:11"])
    }

    // MARK: Helpers

    static let questionSections = "\n## Frågor\n\n- a?\n- b?\n- c?\n\n## Questions\n\n- a?\n- b?\n- c?\n"
    static let sections = "\n## Nyckelord\n\nlön\n" + questionSections
    static let reflection = (
        path: "reflektion.md",
        text: "---\nid: reflektion\nsv: Reflektion\nen: Reflection\n---\n" + questionSections
            + "\n## Allmänna frågor\n\n- a?\n- b?\n- c?\n\n## General questions\n\n- a?\n- b?\n- c?\n")

    /// A theme file; its `## Nyckelord` heading is on line 7 and keywords on line 9.
    private var fileCounter = 0
    private func themeFile(id: String, keywords: String) -> (path: String, text: String) {
        defer { fileCounter += 1 }
        return ("teman/t\(fileCounter).md", themeText(id: id, keywords: keywords))
    }

    private func themeText(id: String, keywords: String) -> String {
        "---\nid: \(id)\nsv: Namn\nen: Name\n---\n\n## Nyckelord\n\n\(keywords)\n" + Self.questionSections
    }

    private func lexicon(keywords: String) throws -> ThemeLexicon {
        try ThemeLexicon.load(files: [themeFile(id: "t", keywords: keywords), Self.reflection])
    }

    private func score(_ lexicon: ThemeLexicon, _ body: String) -> Int {
        lexicon.themes(title: "", body: body).first?.score ?? 0
    }

    private func assertTopTheme(_ id: String, title: String, body: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let found = try Self.realLexicon().matches(title: title, body: body)
        let summary = found.map { "\($0.theme.id) \($0.score) \($0.keywords)" }.joined(separator: "; ")
        XCTAssertEqual(found.first?.theme.id, id, summary, file: file, line: line)
    }

    private func assertProblem(_ texts: [String], path: String, line: Int, contains part: String, file: StaticString = #filePath, at: UInt = #line) {
        var files = texts.enumerated().map { (path: "teman/t\($0.offset).md", text: $0.element) }
        files.append(Self.reflection)
        XCTAssertThrowsError(try ThemeLexicon.load(files: files), file: file, line: at) { error in
            guard let problem = error as? ForankraError else { return XCTFail("\(error)", file: file, line: at) }
            XCTAssertEqual(problem.path, path, problem.description, file: file, line: at)
            XCTAssertEqual(problem.location?.line, line, problem.description, file: file, line: at)
            XCTAssertTrue(problem.message.contains(part), "\(problem.message) lacks \(part)", file: file, line: at)
            XCTAssertEqual(problem.exitCode, .dataError, file: file, line: at)
        }
    }
}
