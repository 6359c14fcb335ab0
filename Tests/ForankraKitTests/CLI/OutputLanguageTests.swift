import Foundation
import XCTest
@testable import ForankraKit

/// Every command on the demo workspace, its output, its messages and its errors, read for words
/// of the other language: no English word in what a Swedish user reads, no Swedish word with
/// `--lang en`. What comes from the user's own data (names, units, places, section titles, the
/// programme's sentences, free text in records) is theirs and is left out before reading.
final class OutputLanguageTests: XCTestCase {
    /// Words that are English and never Swedish, as the interface would use them.
    static let englishWords: Set<String> = [
        "the", "and", "of", "with", "to", "for", "is", "are", "not", "no", "none", "yet", "was", "were", "has", "have",
        "will", "can", "cannot", "must", "only", "this", "that", "which", "there", "from", "see", "use", "run", "give",
        "file", "files", "folder", "error", "warning", "line", "hint", "note", "missing", "unknown", "expected", "wrote",
        "written", "manager", "managers", "workshops", "section", "sections", "staff", "people", "date", "report",
        "meeting", "meetings", "questions", "answered", "commitments", "overdue", "held", "planned", "invited",
        "attended", "seats", "reached", "behind", "ahead", "rollout", "department", "departments", "found", "are",
        "options", "usage", "example", "default", "time", "name", "names", "done", "open", "left", "out", "each",
    ]

    /// Words that are Swedish and never English.
    static let swedishWords: Set<String> = [
        "och", "att", "för", "med", "inte", "är", "som", "av", "på", "till", "fel", "rad", "chef", "chefer", "chefen",
        "avsnitt", "avsnittet", "filen", "filer", "inga", "ingen", "har", "ska", "kan", "det", "den", "ett", "eller",
        "finns", "saknas", "skrev", "nådda", "ej", "av", "varav", "frågor", "åtaganden", "förvaltning", "tips",
        "obs", "mapp", "datum", "tid", "platser", "inbjudna", "närvarande", "genomförd", "planerad", "kör", "se",
        "användning", "kommandon", "alternativ", "exempel", "standard", "medarbetare", "allt", "ordning",
    ]

    private var folder: TemporaryFolder!
    private var workspace = ""
    private var userText: [String] = []
    /// The beginnings of the user's texts, for a name a table column cut short with "…".
    private var userTextBeginnings: Set<String> = []
    private var plannedWorkshop = ""
    private var programmeText = ""

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        XCTAssertEqual(runForankra(["demo", "demo"], in: folder.path).code, .success)
        workspace = folder.path + "/demo/arbetsyta"
        let day = try XCTUnwrap(CalendarDate(year: 2026, month: 11, day: 23))
        let (records, _, _) = try RolloutRecords.lenient(root: workspace, today: day, scope: AptTally.Scope(day: day))
        var texts = [records.settings.organisation, records.programme.title]
        texts += records.programme.metadata.flatMap { [$0.key, $0.value] }
        texts += records.programme.sections.map(\.title)
        for manager in records.managers { texts += [manager.name, manager.department, manager.unit, manager.email] }
        for workshop in records.workshops {
            texts += [workshop.place] + workshop.facilitators + workshop.participants.map(\.name)
            texts += workshop.feedback.flatMap { [$0.text] + $0.tags + [$0.by ?? ""] }
        }
        for apt in try WorkspaceCheck.run(root: workspace, today: day).apts {
            texts += [apt.unit, apt.conclusion] + apt.questions.map(\.text) + apt.commitments.flatMap { [$0.what, $0.who ?? ""] }
        }
        // Longest first, so a name is removed whole before a shorter name inside it.
        userText = Set(texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { $0.count > 1 }).sorted { $0.count > $1.count }
        programmeText = try folder.read("demo/arbetsyta/" + records.settings.programme).lowercased()
        for text in userText where text.count > 6 {
            for length in 6..<text.count { userTextBeginnings.insert(String(text.prefix(length)).trimmingCharacters(in: .whitespaces)) }
        }
        plannedWorkshop = try XCTUnwrap(records.workshops.first { $0.status == .planned }?.id)
    }

    /// What every command prints, with the arguments that produced it. `extra` goes on every
    /// command line (`--lang en`).
    private func outputs(_ extra: [String], environment: [String: String] = [:]) throws -> [(String, String)] {
        let programme = "programme/personalpolitiskt-program.md"
        let planned = plannedWorkshop
        let out = folder.path + "/ut-" + (extra.last ?? "sv")
        let runs: [[String]] = [
            ["status"], ["check"], ["report"], ["report", "--format", "md", "-o", out + "/rapport.md"],
            ["report", "--format", "csv", "-o", out + "/csv"], ["report", "--department", "Serviceförvaltningen"],
            ["followup"], ["roster", "list"], ["workshop", "list"], ["privacy"],
            ["roster", "forget", "tobias.lund", "--dry-run"],
            ["outline", programme], ["sheets", programme, "-o", out + "/underlag"], ["pack", programme, "-o", out + "/paket"],
            ["workshop", "pack", planned, "-o", out + "/workshop"], ["workshop", "invite", planned, "--auto"],
            ["workshop", "attend", planned, "--present", "tobias.lund"],
            ["workshop", "feedback", "2026-08-04-stadshuset-sal-ljusnan", "--rating", "4", "--text", "Bra dag."],
            ["apt", "log", "--manager", "tobias.lund", "--section", "6", "--date", "2026-11-20", "--participants", "9"],
            ["workshop", "move", planned, "--date", "2027-01-12"],
            // Mistakes a user makes, one of each kind.
            ["apt", "log", "--manager", "nobody", "--section", "3", "--date", "2026-11-01", "--participants", "3"],
            ["apt", "log", "--manager", "tobias.lund", "--section", "6", "--date", "2026-11-20", "--participants", "9"],
            ["workshop", "attend", "x", "--present", "a"], ["workshop", "attend", "x"],
            ["workshop", "new", "--date", "2026-02-30"], ["roster", "import", "saknas.csv"], ["outline", "saknas.md"],
            ["status", "extra"], ["status", "--frob"], ["frob"], ["workshop", "frob"], ["report", "--format", "pdf"],
            ["report", "--to", "2026-11-31"], ["report", "-o", "forankra.md"],
            ["workshop", "cancel", planned], ["workshop", "cancel", planned],
        ]
        var printed: [(String, String)] = []
        for arguments in runs {
            let result = runForankra(arguments + extra, in: workspace, environment: environment.merging(["NO_COLOR": "1"]) { $1 })
            printed.append((arguments.joined(separator: " "), result.standardOutput + result.standardError))
        }
        // A workspace with mistakes in its records: check's messages and hints.
        try breakRecords()
        for arguments in [["check"], ["status"]] {
            let result = runForankra(arguments + extra, in: workspace, environment: environment.merging(["NO_COLOR": "1"]) { $1 })
            printed.append((arguments.joined(separator: " ") + " (with mistakes)", result.standardOutput + result.standardError))
        }
        for document in ["rapport.md"] + ((try? FileManager.default.contentsOfDirectory(atPath: out + "/csv")) ?? []).map({ "csv/" + $0 }) {
            // CSV lines end in CRLF, one Character in Swift, so they are split here as lines.
            let text = (try? String(contentsOfFile: out + "/" + document, encoding: .utf8)) ?? ""
            printed.append((document, text.replacingOccurrences(of: "\r\n", with: "\n")))
        }
        return printed
    }

    private func breakRecords() throws {
        let roster = try folder.read("demo/arbetsyta/roster/chefer.md")
        try folder.write("demo/arbetsyta/roster/chefer.md", roster.replacingOccurrences(of: "| tobias.lund ", with: "| Tobias Lund! "))
        let apt = try XCTUnwrap(FileManager.default.subpathsOfDirectory(atPath: workspace + "/apt").filter { $0.hasSuffix(".md") }.sorted().first)
        let text = try folder.read("demo/arbetsyta/apt/" + apt)
        try folder.write("demo/arbetsyta/apt/" + apt, text.replacingOccurrences(of: "datum: 2026", with: "datum: 2026-02-30x", options: [], range: nil))
        try folder.write("demo/arbetsyta/workshops/2026-09-01-trasig.md", "---\ndatum: i morgon\n---\n")
    }

    /// The words of `text` a person reads as the tool's own: without the user's data, code in
    /// backticks, paths, options, ids and quoted values.
    private func toolWords(_ text: String) -> [String] {
        var lines: [String] = []
        for line in text.components(separatedBy: "\n") {
            var kept = withoutCutNames(line)
            // Sentences of the programme, whole or as a quote cut out of one; a table cell (`|`,
            // or `;` in CSV) is one piece, such as an owner the programme names. Before the
            // user's texts go, since a unit's name can stand inside a programme sentence.
            kept = kept.components(separatedBy: CharacterSet(charactersIn: "|;:()”\"«»")).filter { part in
                let trimmed = part.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                // A cell may begin with a capital where the programme's sentence did not ("Varje chef").
                return trimmed.count < 4 || !programmeText.contains(trimmed.lowercased())
            }.joined(separator: " ")
            for content in userText where kept.contains(content) {
                kept = kept.replacingOccurrences(of: content, with: " ")
            }
            lines.append(kept)
        }
        var prose = lines.joined(separator: "\n")
        // Command names, and problem codes (`[BAD-DATE]`, "4 MISSING-FIELD"), are identifiers.
        for pattern in ["forankra( [a-z]+){0,2}", "\\b[A-Z]+(-[A-Z]+)+\\b", "`[^`]*`", "'[^']*'", "\\S*[/.=<>@_]\\S*", "(?<=\\s|\\[|^)--?[a-z][\\w-]*", "\\b[a-z0-9]+(\\.[a-z0-9]+)+\\b"] {
            prose = prose.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return prose.components(separatedBy: CharacterSet.letters.inverted).filter { !$0.isEmpty }.map { $0.lowercased() }
    }

    /// The line without a name that a column cut short ("Kansli och nämndadministrati…").
    private func withoutCutNames(_ line: String) -> String {
        guard line.contains("…") else { return line }
        var kept = line
        for cut in line.split(separator: "…").dropLast() {
            let words = cut.split(separator: " ", omittingEmptySubsequences: false)
            for start in words.indices {
                let cutText = words[start...].joined(separator: " ")
                if userTextBeginnings.contains(cutText.trimmingCharacters(in: .whitespaces)) {
                    kept = kept.replacingOccurrences(of: cutText + "…", with: " ")
                    break
                }
            }
        }
        return kept
    }

    /// check quotes the offending line of a record under its message; that line is the file's.
    private func withoutQuotedRecordLines(_ text: String) -> String {
        text.components(separatedBy: "\n").filter { line in
            !line.hasPrefix("    ") || line.hasPrefix("    tips:") || line.hasPrefix("    hint:")
        }.joined(separator: "\n")
    }

    private func assertNoWords(from foreign: Set<String>, in outputs: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
        var found: [String] = []
        for (command, printed) in outputs {
            let text = command.hasPrefix("check") ? withoutQuotedRecordLines(printed) : printed
            let words = Set(toolWords(text)).intersection(foreign)
            if !words.isEmpty {
                let lines = text.components(separatedBy: "\n").filter { sentence in
                    let own = Set(toolWords(sentence))
                    return !own.intersection(words).isEmpty
                }
                found.append("\(command): \(words.sorted().joined(separator: ", "))\n    " + lines.prefix(3).joined(separator: "\n    "))
            }
        }
        XCTAssertTrue(found.isEmpty, "words of the other language:\n" + found.joined(separator: "\n"), file: file, line: line)
    }

    func testSwedishOutputHasNoEnglishWord() throws {
        let printed = try outputs([])
        XCTAssertGreaterThan(printed.count, 35)
        assertNoWords(from: Self.englishWords, in: printed)
    }

    func testEnglishOutputHasNoSwedishWord() throws {
        let printed = try outputs(["--lang", "en"])
        XCTAssertGreaterThan(printed.count, 35)
        assertNoWords(from: Self.swedishWords, in: printed)
    }

    /// The locale changes messages, and leaves the workspace's documents in its own language.
    func testAnEnglishLocaleWordsMessagesButNotTheWorkspacesDocuments() throws {
        let english = ["LANG": "en_US.UTF-8"]
        XCTAssertTrue(runForankra(["check"], in: workspace, environment: english).standardOutput.hasPrefix("All in order:"))
        XCTAssertTrue(runForankra(["status", "--frob"], in: workspace, environment: english).standardError.contains("error: unknown option"))
        XCTAssertTrue(runForankra(["status"], in: workspace, environment: english).standardOutput.contains("Chefer nådda av workshop"))
        XCTAssertTrue(runForankra(["status", "--lang", "en"], in: workspace).standardOutput.contains("Managers reached"))
    }

    /// The detector itself: a word list that finds nothing would pass every output.
    func testTheReaderFindsAWordOfTheOtherLanguage() {
        XCTAssertEqual(Set(toolWords("Skrev 3 filer: the report")).intersection(Self.englishWords), ["the", "report"])
        XCTAssertEqual(Set(toolWords("Wrote 3 files och avsnitt")).intersection(Self.swedishWords), ["och", "avsnitt"])
        XCTAssertTrue(Set(toolWords("Vård- och omsorgsförvaltningen  9/14")).intersection(Self.swedishWords).isEmpty,
                      "a department's name is the user's own")
    }
}
