import XCTest
@testable import ForankraKit

final class BenchCommandLineTests: XCTestCase {
    private func run(_ arguments: [String], in folder: String) -> (ExitCode, String, String) {
        let captured = CapturedOutput()
        let code = BenchCommandLine(arguments: arguments, workingDirectory: folder, output: captured.output).run()
        return (code, captured.standardOutput, captured.standardError)
    }

    func testGenerateWritesTheWorkspaceAndSaysWhatItMade() throws {
        let folder = try TemporaryFolder()
        let (code, out, err) = run(["generate", "--size", "small", "--seed", "7", "--out", "kommun",
                                    "--programme", TestPaths.markdownExample], in: folder.path)
        XCTAssertEqual(code, .success, err)
        XCTAssertTrue(out.hasPrefix("small (seed 7): 40 chefer, 500 medarbetare, 4 workshoppar, 300 APT: 307 filer"), out)
        XCTAssertTrue(folder.exists("kommun/forankra.md"))
        XCTAssertTrue(folder.exists("kommun/programme/personalpolitiskt-program.md"))
    }

    func testAMissingOrUnknownSizeIsAUsageError() throws {
        let folder = try TemporaryFolder()
        let (missing, _, missingErr) = run(["generate", "--out", "x"], in: folder.path)
        XCTAssertEqual(missing, .usage)
        XCTAssertTrue(missingErr.contains("missing option '--size'"), missingErr)
        let (unknown, _, unknownErr) = run(["generate", "--size", "huge", "--out", "x"], in: folder.path)
        XCTAssertEqual(unknown, .usage)
        XCTAssertTrue(unknownErr.contains("expected small or medium or large"), unknownErr)
        XCTAssertFalse(folder.exists("x"))
    }

    func testAMissingProgrammeIsMissingInput() throws {
        let folder = try TemporaryFolder()
        let (code, _, err) = run(["generate", "--size", "small", "--out", "x"], in: folder.path)
        XCTAssertEqual(code, .noInput)
        XCTAssertTrue(err.contains("cannot read the programme"), err)
    }

    func testHelpGoesToStandardOutput() throws {
        let (code, out, _) = run(["generate", "--help"], in: "/")
        XCTAssertEqual(code, .success)
        XCTAssertTrue(out.contains("Usage: forankra-bench generate --size small|medium|large"), out)
    }

    // MARK: programme

    func testALongProgrammeReachesItsSizeAndIsTheSameForTheSameSeed() throws {
        let folder = try TemporaryFolder()
        for name in ["a.md", "b.md"] {
            let (code, out, err) = run(["programme", "--kilobytes", "200", "--seed", "3", "--out", name,
                                        "--programme", TestPaths.markdownExample], in: folder.path)
            XCTAssertEqual(code, .success, err)
            XCTAssertTrue(out.hasSuffix("byte i \(folder.path)/\(name)\n"), out)
        }
        let first = try XCTUnwrap(FileManager.default.contents(atPath: folder.path + "/a.md"))
        XCTAssertEqual(FileManager.default.contents(atPath: folder.path + "/b.md"), first)
        XCTAssertGreaterThanOrEqual(first.count, 200_000)
        XCTAssertLessThan(first.count, 210_000, "it stops soon after the size asked for")
        let (_, _, err) = run(["programme", "--kilobytes", "200", "--seed", "4", "--out", "c.md",
                               "--programme", TestPaths.markdownExample], in: folder.path)
        XCTAssertNotEqual(FileManager.default.contents(atPath: folder.path + "/c.md"), first, err)
    }

    /// The long programme reads as a programme: numbered chapters of nine subsections, every
    /// sentence one of the example's own, so themes and quotes are found as in a real one.
    func testALongProgrammeReadsBackAsChaptersOfTheExamplesSentences() throws {
        let folder = try TemporaryFolder()
        let (code, _, err) = run(["programme", "--kilobytes", "100", "--out", "lang.md",
                                  "--programme", TestPaths.markdownExample], in: folder.path)
        XCTAssertEqual(code, .success, err)
        let long = try ProgrammeReader.read(path: folder.path + "/lang.md")
        let example = try ProgrammeReader.read(path: TestPaths.markdownExample)
        XCTAssertTrue(long.warnings.allSatisfy { $0.kind != .noSections })
        let chapters = long.sections.filter { $0.level == long.sections[0].level }
        XCTAssertEqual(chapters.map(\.id), (1...chapters.count).map(String.init))
        XCTAssertEqual(long.children(of: "1").map(\.id), (1...9).map { "1.\($0)" })
        let known = Set(example.sections.flatMap { $0.blocks.flatMap { SentenceSplitter.sentences(in: $0.text).map(String.init) } })
        let sentences = long.sections.flatMap { $0.blocks.flatMap { SentenceSplitter.sentences(in: $0.text).map(String.init) } }
        XCTAssertGreaterThan(sentences.count, 300)
        XCTAssertEqual(sentences.filter { !known.contains($0) }, [])
        XCTAssertGreaterThan(long.sections.flatMap(KeyStatementFinder.candidates).count, 100, "quotes are found as in the example")
    }

    func testABadSizeOrAnUnknownCommandIsAUsageError() throws {
        let folder = try TemporaryFolder()
        let (zero, _, zeroErr) = run(["programme", "--kilobytes", "0", "--out", "x.md"], in: folder.path)
        XCTAssertEqual(zero, .usage)
        XCTAssertTrue(zeroErr.contains("--kilobytes"), zeroErr)
        let (unknown, _, unknownErr) = run(["progam"], in: folder.path)
        XCTAssertEqual(unknown, .usage)
        XCTAssertTrue(unknownErr.contains("'generate', 'programme', 'inflate' and 'pdf-lines'"), unknownErr)
        XCTAssertFalse(folder.exists("x.md"))
    }
}
