import Foundation
import XCTest
@testable import ForankraKit

/// The hand-written programme fixtures and the bundled examples, and the checks every test on
/// them shares: quotes must be the programme's own words, and nothing printed on the page
/// rather than written in the programme may reach a section.
enum ProgrammeFixtures {
    /// Tests/ForankraKitTests/Fixtures/programme, found from this file.
    static let folder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/programme")

    /// The repository's materials/programme folder.
    static let examplesFolder: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("materials/programme")

    static let markdownExample = examplesFolder.appendingPathComponent("personalpolitiskt-program.md").path
    static let pdfExample = examplesFolder.appendingPathComponent("personalpolitiskt-program-pdf.txt").path

    static func path(_ name: String) -> String {
        folder.appendingPathComponent(name).path
    }

    static func read(_ name: String) throws -> Programme {
        try ProgrammeReader.read(path: path(name))
    }

    static func text(_ name: String) throws -> String {
        try TextDecoding.decode(Data(contentsOf: folder.appendingPathComponent(name)), path: name).text
    }

    /// Every fixture, sorted so failures come in the same order on every machine.
    static func allNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
            .sorted()
    }

    // MARK: Reading the source the test's own way

    /// The source as one line of words: page furniture, table-of-contents and markdown
    /// underline lines dropped, bullet glyphs and markup stripped, hyphenated line breaks
    /// joined as a reader of the page would ("arbets-" + "miljön", but "HR-" + "avdelningen" and
    /// "arbetsmiljö-" + "och"), and every run of whitespace one space.
    static func normalisedSource(_ text: String) -> String {
        var joined = ""
        let lines = text.replacingOccurrences(of: "\u{0C}", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
        for raw in lines {
            let line = withoutMarkup(raw.trimmingCharacters(in: .whitespaces))
            guard !line.isEmpty, !isFurnitureOrContents(line) else { continue }
            joined = joinLines(joined, line)
        }
        return joined.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func joinLines(_ text: String, _ next: String) -> String {
        if text.hasSuffix("\u{AD}") { return String(text.dropLast()) + next }
        guard text.hasSuffix("-"), let before = text.dropLast().last else { return text + " " + next }
        let nextWord = next.prefix(while: \.isLetter).lowercased()
        let keepsSpace = ["och", "eller", "samt", "som", "till", "respektive", "resp", "and", "or"].contains(nextWord)
        if keepsSpace || before == " " { return text + " " + next }
        if before.isLowercase && next.first?.isLowercase == true { return String(text.dropLast()) + next }
        return text + next
    }

    private static func isFurnitureOrContents(_ line: String) -> Bool {
        let patterns: [Regex<Substring>] = [
            #/(?:Sida |Page )?\d{1,3} ?(?:\(\d{1,3}\)|av \d{1,3}|of \d{1,3}|/\d{1,3})?/#,
            #/[-–] ?\d{1,3} ?[-–]/#,
            #/[=-]{3,}/#,
        ]
        if patterns.contains(where: { line.wholeMatch(of: $0) != nil }) { return true }
        return line.contains(" | ") || line.contains("....") || line.contains("…") && line.last?.isNumber == true
            || ["Innehåll", "Innehållsförteckning"].contains(line)
    }

    /// Strips what a reader never quotes: bullets, enumerators, heading marks and emphasis.
    private static func withoutMarkup(_ line: String) -> String {
        var rest = Substring(line)
        if rest.first == "#" { rest = rest.drop(while: { $0 == "#" }) }
        if let glyph = rest.first, "•●▪■◦‣·○".contains(glyph) {
            rest = rest.dropFirst()
        } else if let match = rest.prefixMatch(of: #/(?:[-*–]|\d{1,2}[.)]|[a-z]\)) ?/#) {
            rest = rest[match.range.upperBound...]
        }
        return String(rest).replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "*", with: "")
            .replacingOccurrences(of: " _", with: " ").replacingOccurrences(of: "_ ", with: " ")
            .replacingOccurrences(of: "_.", with: ".")
            .trimmingCharacters(in: .whitespaces)
    }

    // MARK: Shared assertions

    /// Every key statement and every lead-in is the programme's own words.
    static func assertQuotesAreVerbatim(_ programme: Programme, source: String, file: StaticString = #filePath, line: UInt = #line) {
        let haystack = normalisedSource(source)
        for section in programme.sections {
            for statement in KeyStatementFinder.candidates(in: section) {
                XCTAssertTrue(haystack.contains(statement.text), "\(section.id): not in the source: \(statement.text)", file: file, line: line)
                // Only the first item follows its lead-in in the source; each part is checked alone.
                if let leadIn = statement.leadIn {
                    XCTAssertTrue(haystack.contains(leadIn), "\(section.id): lead-in not in the source: \(leadIn)", file: file, line: line)
                }
            }
        }
    }

    /// No sheet quotes more than it has room for: six quotes, a list under its lead-in counting
    /// as one and showing at most eight items.
    static func assertSheetsStayWithinLimits(_ programme: Programme, file: StaticString = #filePath, line: UInt = #line) {
        for section in programme.sections {
            let chosen = KeyStatementFinder.select(from: programme.sectionWithDescendants(id: section.id))
            let lists = Dictionary(grouping: chosen.filter { $0.leadIn != nil }) { "\($0.sectionID)|\($0.leadIn ?? "")" }
            let quotes = chosen.filter { $0.leadIn == nil }.count + lists.count
            XCTAssertLessThanOrEqual(quotes, KeyStatementFinder.maximumPerSheet, "sheet \(section.id)", file: file, line: line)
            for (list, items) in lists {
                XCTAssertLessThanOrEqual(items.count, KeyStatementFinder.maximumListItems, "sheet \(section.id), list \(list)", file: file, line: line)
            }
            // Shown in the order the programme has them, also within one paragraph.
            let covered = programme.sectionWithDescendants(id: section.id)
            let order = KeyStatementFinder.documentOrder(of: covered)
            let positions = chosen.map { order[KeyStatementFinder.orderKey($0)] ?? -1 }
            XCTAssertEqual(positions, positions.sorted(), "sheet \(section.id) out of document order", file: file, line: line)
            XCTAssertFalse(positions.contains(-1), "sheet \(section.id) quotes words that are not in its sections", file: file, line: line)
            // A quote is a ranked candidate, or (for a section that states few obligations) one
            // of its opening sentences.
            let candidates = covered.flatMap(KeyStatementFinder.candidates)
            let opening = KeyStatementFinder.openingSentences(of: section, count: KeyStatementFinder.minimumPerSheet).map(\.text)
            for statement in chosen where !candidates.contains(statement) {
                XCTAssertTrue(opening.contains(statement.text), "sheet \(section.id) quotes a statement that is no candidate: \(statement.text)", file: file, line: line)
            }
        }
    }

    /// None of `lines` (page furniture, cover or contents) is found in a section's title or text.
    static func assertNoSectionContains(_ lines: [String], in programme: Programme, file: StaticString = #filePath, line: UInt = #line) {
        for section in programme.sections {
            for text in [section.title] + section.blocks.map(\.text) + section.blocks.compactMap(\.leadIn) {
                for unwanted in lines where text.contains(unwanted) {
                    XCTAssertFalse(true, "\(section.id) holds '\(unwanted)': \(text)", file: file, line: line)
                }
            }
        }
    }
}

extension ProgrammeSection {
    /// The section's text as the tests compare it: paragraphs as they are, list items as
    /// "• item", each with its lead-in in brackets when it has one.
    var blockSummary: [String] {
        blocks.map { block in
            switch block.kind {
            case .paragraph: return block.text
            case .listItem: return (block.leadIn.map { "[\($0)] " } ?? "") + "• " + block.text
            }
        }
    }
}

extension Programme {
    var outline: [String] {
        sections.map { "\($0.id) L\($0.level) ^\($0.parentID ?? "-") \($0.title)" }
    }

    /// Each warning's code, with what was removed for a removal: "removed:page-furniture".
    var warningKinds: [String] { warnings.map { warning in warning.removal.map { "removed:" + $0.rawValue } ?? warning.kind.rawValue } }
}
