import Foundation
import XCTest
@testable import ForankraKit

/// Help and errors are Swedish by default, English with `--lang en` or an English locale.
final class SwedishInterfaceTests: XCTestCase {
    private let english = ["LANG": "en_US.UTF-8"]

    func testTheLanguageIsSwedishUnlessEnglishIsAskedFor() {
        XCTAssertEqual(InterfaceLanguage.detect(arguments: [], environment: [:]), .sv)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: ["sheets", "--lang", "en"], environment: [:]), .en)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: ["sheets", "--lang=en"], environment: [:]), .en)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: [], environment: ["LANG": "en_GB.UTF-8"]), .en)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: [], environment: ["LC_MESSAGES": "en_US"]), .en)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: [], environment: ["LANG": "sv_SE.UTF-8"]), .sv)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: [], environment: ["LANG": "C"]), .sv)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: ["--lang", "sv"], environment: ["LANG": "en_US.UTF-8"]), .sv)
        XCTAssertEqual(InterfaceLanguage.detect(arguments: [], environment: ["LC_ALL": "sv_SE.UTF-8", "LANG": "en_US.UTF-8"]), .sv,
                       "LC_ALL wins over LANG")
        XCTAssertEqual(InterfaceLanguage.detect(arguments: ["apt", "log", "--", "--lang", "en"], environment: [:]), .sv,
                       "after -- nothing is an option")
    }

    // MARK: Help

    /// Every help page: the overview, each group and each command.
    private func helpPages(_ environment: [String: String] = [:], extra: [String] = []) -> [(String, String)] {
        var pages = [("forankra --help", runForankra(["--help"] + extra, in: NSTemporaryDirectory(), environment: environment).standardOutput)]
        for group in ["roster", "workshop", "apt"] {
            pages.append(("forankra \(group) --help", runForankra([group, "--help"] + extra, in: NSTemporaryDirectory(), environment: environment).standardOutput))
        }
        for command in CommandLineInterface.commands {
            let words = command.spec.name.split(separator: " ").map(String.init)
            pages.append(("forankra \(command.spec.name) --help",
                          runForankra(words + ["--help"] + extra, in: NSTemporaryDirectory(), environment: environment).standardOutput))
        }
        return pages
    }

    /// The whole words of `text` outside its example lines, code, quotes and paths: what a
    /// person reads as prose.
    private func proseWords(_ text: String) -> [String] {
        var prose = ""
        var skipNext = false
        for line in text.components(separatedBy: "\n") {
            if skipNext { skipNext = false; continue }
            if line == "Exempel:" || line == "Example:" { skipNext = true; continue }
            prose += line + "\n"
        }
        // Code in backticks, and quoted names, are not prose.
        for pattern in ["`[^`]*`", "”[^”]*”", "\"[^\"]*\"", "'[^']*'", "\\S*[/.=|<>]\\S*", "(?<=\\s|\\[)--?[a-z]\\S*"] {
            prose = prose.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return prose.components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }
    }

    func testEveryHelpPageIsSwedishByDefault() {
        let englishWords: Set = ["the", "and", "of", "with", "to", "for", "is", "not", "give", "file", "show", "write",
                                 "options", "usage", "example", "commands", "default", "repeatable"]
        for (name, page) in helpPages() {
            XCTAssertFalse(page.isEmpty, name)
            let found = proseWords(page).filter { englishWords.contains($0.lowercased()) }
            XCTAssertEqual(found, [], "\(name) has English words:\n\(page)")
        }
    }

    func testEveryHelpPageIsEnglishWithLangEnOrAnEnglishLocale() {
        let swedishWords: Set = ["och", "att", "för", "inte", "med", "som", "är", "en", "ett", "på", "av",
                                 "alternativ", "användning", "exempel", "kommandon"]
        // Names of things in the files, which stay Swedish in English help.
        let names: Set = ["sv", "en"]
        for pages in [helpPages(english), helpPages(extra: ["--lang", "en"])] {
            for (name, page) in pages {
                let found = proseWords(page).filter { swedishWords.contains($0.lowercased()) && !names.contains($0) }
                XCTAssertEqual(found, [], "\(name) has Swedish words:\n\(page)")
                XCTAssertTrue(page.contains("Usage") || page.contains("Commands"), name)
            }
        }
    }

    func testTheHelpStructureIsSwedish() {
        let page = runForankra(["sheets", "--help"], in: NSTemporaryDirectory()).standardOutput
        XCTAssertTrue(page.contains("\nAnvändning: forankra sheets FIL [AVSNITT...]"), page)
        XCTAssertTrue(page.contains("\nAlternativ:\n"), page)
        XCTAssertTrue(page.contains("Visa den här hjälpen\n"), page)
        XCTAssertTrue(page.contains("\nExempel:\n  forankra sheets programme.txt"), page)
        let overview = runForankra([], in: NSTemporaryDirectory()).standardOutput
        XCTAssertTrue(overview.contains("Användning: forankra KOMMANDO [ALTERNATIV]\n\nKommandon:\n"), overview)
        XCTAssertTrue(overview.contains("  check "), overview)
    }

    /// Every text of every command spec has its Swedish, so no help page falls back to English.
    func testEveryHelpTextIsInTheCatalog() {
        var missing: [String] = []
        for command in CommandLineInterface.commands {
            let spec = command.spec
            for text in [spec.summary] + (spec.details.map { [$0] } ?? []) + spec.options.map(\.help) where HelpText.catalog.swedish(text) == nil {
                missing.append("\(spec.name): \(text)")
            }
        }
        XCTAssertEqual(missing, [])
    }

    // MARK: Errors

    private struct Case {
        var arguments: [String]
        var swedish: String
        var english: String
    }

    private func assertBothLanguages(_ cases: [Case], in folder: String, file: StaticString = #filePath, line: UInt = #line) {
        for item in cases {
            let swedish = runForankra(item.arguments, in: folder)
            XCTAssertTrue(swedish.standardError.contains(item.swedish), "\(item.arguments): \(swedish.standardError)", file: file, line: line)
            let english = runForankra(item.arguments, in: folder, environment: english)
            XCTAssertTrue(english.standardError.contains(item.english), "\(item.arguments): \(english.standardError)", file: file, line: line)
            XCTAssertEqual(swedish.code, english.code, "\(item.arguments)", file: file, line: line)
        }
    }

    func testTypicalUsageErrorsAreSwedishByDefaultAndEnglishWithAnEnglishLocale() throws {
        let folder = try TemporaryFolder()
        let programme = TestPaths.markdownExample
        assertBothLanguages([
            Case(arguments: ["sheet"],
                 swedish: "forankra: fel: okänt kommando 'sheet'. Menade du 'sheets'?\nSe 'forankra --help' för en lista över kommandona.\n",
                 english: "forankra: error: unknown command 'sheet'. Did you mean 'sheets'?\nSee 'forankra --help' for the list of commands.\n"),
            Case(arguments: ["outline", programme, "extra"],
                 swedish: "forankra: fel: 'extra' väntades inte: outline tar bara FIL\nAnvändning: forankra outline FIL [--json] [--lang sv|en]\nSe 'forankra outline --help'.\n",
                 english: "forankra: error: 'extra' is not expected: outline takes only FILE\nUsage: forankra outline FILE [--json] [--lang sv|en]\nSee 'forankra outline --help'.\n"),
            Case(arguments: ["outline", programme, "--jsn"],
                 swedish: "forankra: fel: okänt alternativ '--jsn'. Menade du '--json'?",
                 english: "forankra: error: unknown option '--jsn'. Did you mean '--json'?"),
            Case(arguments: ["outline"], swedish: "forankra: fel: argumentet FIL saknas", english: "forankra: error: missing FILE"),
            Case(arguments: ["report", "--from", "2026-02-30"],
                 swedish: "forankra: fel: '2026-02-30' är inte ett giltigt värde för --from: ange ett giltigt datum som ÅÅÅÅ-MM-DD",
                 english: "forankra: error: '2026-02-30' is not valid for --from: expected a real date as YYYY-MM-DD"),
            Case(arguments: ["workshop", "new", "--date", "2026-10-06"],
                 swedish: "forankra: fel: alternativet '--start' saknas",
                 english: "forankra: error: missing option '--start'"),
            Case(arguments: ["workshop", "frob"],
                 swedish: "forankra: fel: okänt kommando 'workshop frob'",
                 english: "forankra: error: unknown command 'workshop frob'"),
            Case(arguments: ["status"],
                 swedish: "forankra: fel: du står inte i en arbetsyta för forankra (ingen forankra.md här eller ovanför)\n  Kör 'forankra init' för att skapa en, eller ange -w MAPP.\n",
                 english: "forankra: error: not inside a forankra workspace (no forankra.md here or above)\n  Run 'forankra init' to create one, or give -w DIR.\n"),
            Case(arguments: ["sheets", programme, "12"],
                 swedish: "personalpolitiskt-program.md\n  Avsnitten är: 1, 2, ",
                 english: "personalpolitiskt-program.md\n  Sections are: 1, 2, "),
            Case(arguments: ["sheets", programme, "12"], swedish: "forankra: fel: avsnittet '12' finns inte i ", english: "forankra: error: no section '12' in "),
            Case(arguments: ["outline", folder.path + "/saknas.md"],
                 swedish: "saknas.md: fel: filen finns inte\n  Kontrollera sökvägen till programfilen (.docx, .odt, .pdf, .md eller .txt).\n",
                 english: "saknas.md: error: no such file\n  Check the path to the programme file (.docx, .odt, .pdf, .md or .txt).\n"),
        ], in: folder.path)
    }

    func testLangEnOnTheCommandLineGivesEnglishErrors() {
        let result = runForankra(["outline", "--lang", "en", "--jsn"], in: NSTemporaryDirectory())
        XCTAssertTrue(result.standardError.hasPrefix("forankra: error: unknown option '--jsn'"), result.standardError)
    }

    func testAWorkspaceThatExistsIsRefusedInSwedish() throws {
        let folder = try CheckWorkspaceFixture.clean()
        let result = runForankra(["init", folder.path, "--programme", TestPaths.markdownExample, "--org", "Sjöhamra kommun"], in: folder.path)
        XCTAssertEqual(result.code, .cannotWrite, result.standardError)
        XCTAssertTrue(result.standardError.contains("fel: det finns redan en arbetsyta här"), result.standardError)
    }

    // MARK: The catalog

    /// Each Swedish text carries every value of its English pattern, once each, and no pattern
    /// is listed twice (the second would never be used).
    func testEveryCatalogEntryKeepsItsValues() {
        var seen: Set<String> = []
        for (english, swedish) in SwedishWording.catalog + SwedishHelpWording.catalog {
            XCTAssertTrue(seen.insert(english).inserted, "listed twice: \(english)")
            let pieces = english.components(separatedBy: "{}")
            let values = (1..<max(pieces.count, 1)).map { "<v\($0)>" }
            let filled = HelpText.catalog.fill(swedish, values)
            for value in values {
                XCTAssertEqual(filled.components(separatedBy: value).count - 1, 1, "\(english) → \(swedish)")
            }
            XCTAssertFalse(filled.contains("{}") || filled.contains("{*}"), "\(english) → \(swedish)")
        }
        WordingMisses.shared.forget((1...9).map { "<v\($0)>" })
    }

    func testPatternsMatchWholeMessagesAndKeepTemplateBraces() {
        XCTAssertEqual(Wording.translate("no section '12' in program.md", to: .sv), "avsnittet '12' finns inte i program.md")
        XCTAssertEqual(Wording.translate("no section '12' in program.md", to: .en), "no section '12' in program.md")
        XCTAssertEqual(Wording.translate("Use {{#rows}}…{{/rows}} to repeat over the list.", to: .sv),
                       "Använd {{#rows}}…{{/rows}} för att upprepa för varje post i listan.")
        XCTAssertEqual(Wording.translate("row 3: 'x' is not a real date (column Från)", to: .sv), "rad 3: 'x' är inget giltigt datum (kolumnen Från)",
                       "a value that is itself a message is put into Swedish")
        XCTAssertEqual(Wording.translate("the file is empty\n  line 4: no such file", to: .sv), "filen är tom\n  rad 4: filen finns inte",
                       "each line on its own, indentation kept")
        XCTAssertEqual(Wording.translate("something no pattern knows", to: .sv), "something no pattern knows")
        WordingMisses.shared.forget(["something no pattern knows"])
    }
}
