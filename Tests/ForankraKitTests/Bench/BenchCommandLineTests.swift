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
}
