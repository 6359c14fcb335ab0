import Foundation
import XCTest
@testable import ForankraKit

/// The bytes a programme file arrives in: encodings, line ends, files that are no text, and size.
final class ProgrammeInputTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("forankra-input-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func write(_ bytes: [UInt8], as name: String) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// The text as Windows-1252 bytes, as Word on a Swedish Windows saves it.
    private func windows1252(_ text: String) throws -> [UInt8] {
        let high: [Character: UInt8] = [
            "å": 0xE5, "ä": 0xE4, "ö": 0xF6, "Å": 0xC5, "Ä": 0xC4, "Ö": 0xD6, "é": 0xE9,
            "§": 0xA7, "–": 0x96, "—": 0x97, "•": 0x95, "”": 0x94, "“": 0x93, "’": 0x92,
        ]
        return try text.map { character -> UInt8 in
            if let byte = high[character] { return byte }
            guard let ascii = character.asciiValue else { throw ForankraError.data("the test has no Windows-1252 byte for \(character)") }
            return ascii
        }
    }

    private func assertReadsLikeTheUTF8Fixture(_ path: String, fixture: String, encoding: TextDecoding.Encoding, file: StaticString = #filePath, line: UInt = #line) throws {
        let expected = try ProgrammeFixtures.read(fixture)
        let programme = try ProgrammeReader.read(path: path)
        XCTAssertEqual(programme.source.encoding, encoding, file: file, line: line)
        XCTAssertEqual(programme.title, expected.title, file: file, line: line)
        XCTAssertEqual(programme.outline, expected.outline, file: file, line: line)
        XCTAssertEqual(programme.sections.map(\.blockSummary), expected.sections.map(\.blockSummary), file: file, line: line)
        XCTAssertEqual(programme.sections.map(\.line), expected.sections.map(\.line), file: file, line: line)
        XCTAssertEqual(programme.metadata, expected.metadata, file: file, line: line)
    }

    // MARK: Encodings and line ends

    func testWindows1252FileReadsLikeItsUTF8Original() throws {
        for fixture in ["cover-block.txt", "bullets.txt", "page-furniture-formfeeds.txt"] {
            let path = try write(windows1252(try ProgrammeFixtures.text(fixture)), as: fixture)
            try assertReadsLikeTheUTF8Fixture(path, fixture: fixture, encoding: .windows1252)
        }
    }

    func testUTF8WithBOMAndCRLFReadsLikeThePlainOriginal() throws {
        for fixture in ["cover-block.txt", "lead-in-list.txt", "markdown-headings.md", "page-furniture-formfeeds.txt"] {
            let crlf = try ProgrammeFixtures.text(fixture).replacingOccurrences(of: "\n", with: "\r\n")
            let path = try write([0xEF, 0xBB, 0xBF] + Array(crlf.utf8), as: fixture)
            try assertReadsLikeTheUTF8Fixture(path, fixture: fixture, encoding: .utf8WithBOM)
            let programme = try ProgrammeReader.read(path: path)
            for section in programme.sections {
                XCTAssertFalse((section.blocks.map(\.text) + [section.title]).contains { $0.contains("\r") }, "\(fixture) \(section.id)")
            }
        }
    }

    func testOldMacLineEndsReadLikeNewlines() throws {
        let text = try ProgrammeFixtures.text("hyphenation.txt").replacingOccurrences(of: "\n", with: "\r")
        let path = try write(Array(text.utf8), as: "hyphenation.txt")
        try assertReadsLikeTheUTF8Fixture(path, fixture: "hyphenation.txt", encoding: .utf8)
    }

    // MARK: Files that are no programme text

    func testEmptyBinaryAndUTF16FilesAreRefusedAsDataErrors() throws {
        let cases: [(name: String, bytes: [UInt8], message: String)] = [
            ("tom.txt", [], "empty"),
            ("program.pdf.txt", Array("%PDF-1.7\n".utf8) + [0x00, 0x01, 0x02, 0x9C, 0x00, 0xFF], "the PDF is damaged"),
            ("bild.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x9C, 0x00, 0xFF], "binary"),
            ("utf16.txt", [0xFF, 0xFE] + Array("1 Inledning".utf8).flatMap { [$0, 0x00] }, "UTF-16"),
            ("utf16be.txt", [0xFE, 0xFF] + Array("1 Inledning".utf8).flatMap { [0x00, $0] }, "UTF-16"),
        ]
        for item in cases {
            let path = try write(item.bytes, as: item.name)
            XCTAssertThrowsError(try ProgrammeReader.read(path: path), item.name) { error in
                let problem = error as? ForankraError
                XCTAssertEqual(problem?.exitCode, .dataError, item.name)
                XCTAssertEqual(problem?.path, path, item.name)
                XCTAssertTrue(problem?.message.contains(item.message) == true, "\(item.name): \(String(describing: problem?.message))")
            }
        }
    }

    func testOutlineOfAnEmptyOrBinaryFileExitsWithDataError() throws {
        for (name, bytes) in [("tom.txt", [UInt8]()), ("bild.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A])] {
            let path = try write(bytes, as: name)
            let captured = CapturedOutput()
            let cli = CommandLineInterface(
                arguments: ["outline", path], workingDirectory: folder.path, environment: [:],
                today: Date(timeIntervalSince1970: 0), output: captured.output)
            XCTAssertEqual(cli.run(), .dataError, name)
            XCTAssertTrue(captured.standardError.contains(name), captured.standardError)
            XCTAssertEqual(captured.standardOutput, "", name)
        }
    }

    func testMissingFileIsNoInput() {
        XCTAssertThrowsError(try ProgrammeReader.read(path: folder.appendingPathComponent("finns-inte.txt").path)) { error in
            XCTAssertEqual((error as? ForankraError)?.exitCode, .noInput)
        }
        XCTAssertThrowsError(try ProgrammeReader.read(path: folder.path)) { error in
            XCTAssertEqual((error as? ForankraError)?.message, "this is a folder, not a programme file")
        }
    }

    // MARK: Size

    /// About 1 MB of PDF-shaped text, 99 chapters of 9 subsections, with a running header and a
    /// page number on each of some 300 pages. Speed is measured in the benchmarks, not here.
    func testMegabyteProgrammeIsReadWhole() throws {
        var generator = WordGenerator()
        var lines: [String] = ["Personalpolitiskt program", ""]
        var expected: [String: String] = [:]
        for chapter in 1...99 {
            for sub in 0...9 {
                let id = sub == 0 ? "\(chapter)" : "\(chapter).\(sub)"
                let paragraph = (0..<(sub == 0 ? 2 : 12)).map { _ in generator.sentence() }.joined(separator: " ")
                expected[id] = paragraph
                lines += ["\(id) \(generator.title())", ""] + wrapped(paragraph, width: 72) + [""]
            }
        }
        var paged: [String] = []
        for (index, chunk) in stride(from: 0, to: lines.count, by: 50).enumerated() {
            let page = index + 1
            paged += ["\(page > 1 ? "\u{0C}" : "")Sjöhamra kommun | Personalpolitiskt program", ""]
            paged += lines[chunk..<min(chunk + 50, lines.count)]
            paged += ["", "Sida \(page) (\((lines.count + 49) / 50))"]
        }
        let text = paged.joined(separator: "\n") + "\n"
        XCTAssertGreaterThan(text.utf8.count, 900_000)

        let programme = ProgrammeReader.read(text: text, path: "stort.txt")
        XCTAssertEqual(programme.sections.count, 990)
        XCTAssertEqual(programme.sections.filter { $0.level == 1 }.count, 99)
        XCTAssertEqual(programme.sections.last?.id, "99.9")
        XCTAssertEqual(programme.title, "Personalpolitiskt program")
        for section in programme.sections {
            XCTAssertEqual(section.blocks.map(\.text).joined(separator: " "), expected[section.id], section.id)
        }
        XCTAssertFalse(programme.warningKinds.contains("empty-section"))
    }

    private func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if !current.isEmpty && current.count + word.count + 1 > width {
                lines.append(current)
                current = ""
            }
            current += (current.isEmpty ? "" : " ") + word
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}

/// Deterministic Swedish-looking sentences, different on every line so no body line looks like
/// a running header.
private struct WordGenerator {
    private var state: UInt64 = 0x2545_F491_4F6C_DD1D
    private static let subjects = ["Chefen", "Medarbetaren", "Arbetsgivaren", "Varje förvaltning", "Alla medarbetare", "Skyddsombudet", "Kommunen"]
    private static let verbs = ["ska", "bör", "vill", "ansvarar för att", "förväntas", "arbetar för att"]
    private static let words = [
        "arbetsmiljön", "kompetens", "lön", "dialog", "samverkan", "uppföljning", "ledarskap", "hälsa", "trygghet",
        "utveckling", "delaktighet", "introduktion", "återkoppling", "jämställdhet", "mångfald", "rekrytering", "mål",
        "verksamheten", "invånarna", "förbättra", "stödja", "följa", "planera", "tydliggöra", "värna", "främja",
    ]

    private mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func sentence() -> String {
        let count = 6 + next(10)
        let body = (0..<count).map { _ in Self.words[next(Self.words.count)] }.joined(separator: " ")
        return "\(Self.subjects[next(Self.subjects.count)]) \(Self.verbs[next(Self.verbs.count)]) \(body)."
    }

    mutating func title() -> String {
        let word = Self.words[next(Self.words.count)]
        return word.prefix(1).uppercased() + word.dropFirst() + " och " + Self.words[next(Self.words.count)]
    }
}
