import XCTest
@testable import ForankraKit

/// `forankra diff`: a revised programme compared with the one before it, as HR reads the result.
final class ProgrammeDiffTests: XCTestCase {
    private static let revised = TestPaths.packageRoot + "/materials/programme/personalpolitiskt-program-2027.md"

    private func diff(_ old: String, _ new: String) -> ProgrammeDiff {
        ProgrammeDiff(old: ProgrammeReader.read(text: old, path: "gammal.md"), new: ProgrammeReader.read(text: new, path: "ny.md"))
    }

    /// The bundled revision changes three chapters and the follow-up, adds a chapter on the
    /// digital work environment (which pushes five chapters one number up), removes 6.1 and
    /// moves 6.2 under recruitment; exactly that is reported, nothing for the renumbering.
    func testTheBundledRevisionReportsExactlyWhatChanged() throws {
        let old = try ProgrammeReader.read(path: TestPaths.markdownExample)
        let new = try ProgrammeReader.read(path: Self.revised)
        let diff = ProgrammeDiff(old: old, new: new)
        func ids(_ status: ProgrammeDiff.Status) -> [String] { diff.entries(status).compactMap { ($0.new ?? $0.old)?.id } }
        XCTAssertEqual(ids(.changed), ["1", "3", "5", "12"])
        XCTAssertEqual(ids(.added), ["6"])
        XCTAssertEqual(ids(.removed), ["6.1"])
        XCTAssertEqual(diff.entries.filter(\.moved).map { "\($0.old?.id ?? "")→\($0.new?.id ?? "")" }, ["6.2→10.1"])
        XCTAssertEqual(diff.entries.filter { $0.renumbered && $0.status == .same && !$0.moved }.map { "\($0.old?.id ?? "")→\($0.new?.id ?? "")" },
                       ["6→7", "7→8", "8→9", "9→10", "10→11"])
        XCTAssertEqual(diff.newIDByOldID["11"], "12")
        XCTAssertNil(diff.newIDByOldID["6.1"])

        let leadership = try XCTUnwrap(diff.entries.first { $0.new?.id == "3" })
        XCTAssertEqual(leadership.changes.first?.words, [ProgrammeDiff.WordChange(removed: "30", added: "25")])
        XCTAssertEqual(leadership.changes.count, 2, "one rewritten sentence and one added")
        XCTAssertEqual(diff.metadataChanges.first { $0.key == "Giltighetstid" }?.new, "2027–2030")
    }

    func testTheCommandPrintsTheChangedWordsInSwedishAndAsJSON() throws {
        let folder = try TemporaryFolder()
        let result = runForankra(["diff", TestPaths.markdownExample, Self.revised], in: folder.path)
        XCTAssertEqual(result.code, .success, result.standardError)
        let text = result.standardOutput
        XCTAssertTrue(text.contains("Nya versionen har 22 rubriker (avsnitt och underavsnitt): 4 ändrade, 1 nytt och 17 med samma text (varav 5 med nytt nummer och 1 flyttat). 1 rubrik i förra versionen finns inte kvar."), text)
        XCTAssertTrue(text.contains("""
              5 Arbetsmiljö och hälsa
                I stycket som börjar ”Vi vill att medarbetarna ska ha en god hälsa och orka arbeta ett helt arbetsliv.”:
                Tidigare: ”Alla medarbetare har rätt till friskvårdsbidrag med 2 500 kronor per år.”
                Nu:       ”Alla medarbetare har rätt till friskvårdsbidrag med 3 000 kronor per år.”
                Ändringar: ”2 500” → ”3 000”
            """), text)
        XCTAssertTrue(text.contains("    I punkten som börjar ”Minst 90 procent av de tillsvidareanställda har en heltidsanställning.”:\n    Tidigare: ”Klart senast: 2028-12-31.”"), text)
        // The first sentence of a point of several changes too, and is not read under the point before it.
        XCTAssertTrue(text.contains("\n\n    I punkten som börjar ”Den totala sjukfrånvaron är under 6 procent.”:\n    Tidigare: ”Den totala sjukfrånvaron är under 6,5 procent.”"), text)
        XCTAssertTrue(text.contains("Borttagna avsnitt (1)\n  6.1 Medarbetarsamtal (i förra versionen)"), text)
        XCTAssertTrue(text.contains("  10.1 Kompetensförsörjning (tidigare 6.2, under 6 Kompetens och utveckling; nu under 10 Rekrytering och introduktion)"), text)
        XCTAssertTrue(text.contains("Oförändrade (11): avsnitt 2, 2.1, 2.2, 2.3 och 4 samt sex underrubriker utan nummer"), text)

        let english = runForankra(["diff", TestPaths.markdownExample, Self.revised, "--lang", "en"], in: folder.path).standardOutput
        XCTAssertTrue(english.contains("The new version has 22 headings (sections and subsections): 4 changed, 1 new and 17 with the same text (5 renumbered and 1 moved)."), english)

        let json = runForankra(["diff", TestPaths.markdownExample, Self.revised, "--json"], in: folder.path).standardOutput
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let summary = try XCTUnwrap(object["summary"] as? [String: Int])
        XCTAssertEqual(summary["changed"], 4)
        XCTAssertEqual(summary["new"], 1)
        XCTAssertEqual(summary["removed"], 1)
        XCTAssertEqual(summary["moved"], 1)
    }

    func testTheSameProgrammeInWordAndAsPDFHasNoChanges() throws {
        let folder = try TemporaryFolder()
        for other in ["personalpolitiskt-program.docx", "personalpolitiskt-program.pdf"] {
            let result = runForankra(["diff", TestPaths.markdownExample, TestPaths.packageRoot + "/materials/programme/" + other], in: folder.path)
            XCTAssertTrue(result.standardOutput.contains("Versionerna har samma avsnitt med samma text."), other + ":\n" + result.standardOutput)
        }
    }

    /// A renamed and lightly reworded section is the same section with a new title; two
    /// sections that swapped places are one move, not two.
    func testARenamedSectionIsMatchedByItsWordsAndASwapIsOneMove() {
        let old = """
        # Program

        ## 1 Arbetsmiljö

        Chefen ansvarar för att arbetsmiljön undersöks och att riskerna bedöms tillsammans med skyddsombudet varje år.

        ## 2 Lön

        Lönen sätts individuellt och differentierat utifrån uppdrag och resultat.

        ## 3 Introduktion

        Varje ny medarbetare får en introduktion som planeras innan den första arbetsdagen.
        """
        let new = """
        # Program

        ## 1 Introduktion

        Varje ny medarbetare får en introduktion som planeras innan den första arbetsdagen.

        ## 2 Arbetsmiljö och hälsa

        Chefen ansvarar för att arbetsmiljön undersöks och att riskerna bedöms tillsammans med skyddsombudet minst en gång per år.

        ## 3 Lön

        Lönen sätts individuellt och differentierat utifrån uppdrag och resultat.
        """
        let diff = diff(old, new)
        XCTAssertEqual(diff.entries(.added).count, 0)
        XCTAssertEqual(diff.entries(.removed).count, 0)
        let renamed = diff.entries.first { $0.new?.title == "Arbetsmiljö och hälsa" }
        XCTAssertEqual(renamed?.old?.title, "Arbetsmiljö")
        XCTAssertEqual(renamed?.status, .changed)
        XCTAssertEqual(renamed?.renamed, true)
        XCTAssertEqual(renamed?.changes.first?.words, [.init(removed: "varje", added: "minst en gång per")])
        XCTAssertEqual(diff.entries.filter(\.moved).map { $0.new?.title }, ["Introduktion"])
        XCTAssertEqual(diff.entries.first { $0.new?.title == "Lön" }?.status, .same)
    }

    func testRunsOfTheLongestCommonSubsequenceKeepRemovalsBeforeAdditions() {
        let runs = SequenceDiff.runs(from: Array("abcde"), to: Array("abXde"))
        XCTAssertEqual(runs, [.kept(Array("ab")), .removed(["c"]), .added(["X"]), .kept(Array("de"))])
        XCTAssertEqual(SequenceDiff.runs(from: [Int](), to: [1, 2]), [.added([1, 2])])
        XCTAssertEqual(SequenceDiff.runs(from: [1, 2], to: [Int]()), [.removed([1, 2])])
        XCTAssertEqual(ProgrammeDiff.wordChanges(from: "Vi ses i morgon.", to: "Helt annan mening om något."), [], "a rewrite lists no words")
    }
}
