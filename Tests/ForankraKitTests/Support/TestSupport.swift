import Foundation
import XCTest
@testable import ForankraKit

/// Where the package lives, found from this file so tests run from any working directory.
enum TestPaths {
    static let packageRoot: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    static let fixtures = packageRoot + "/Tests/ForankraKitTests/Fixtures"
    static let expected = packageRoot + "/Tests/ForankraKitTests/Expected"
    static let pdfExample = packageRoot + "/materials/programme/personalpolitiskt-program-pdf.txt"
    static let markdownExample = packageRoot + "/materials/programme/personalpolitiskt-program.md"
}

/// A fresh folder for one test, removed afterwards.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "forankra-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func write(_ relative: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func exists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: path + "/" + relative)
    }

    /// Every file below the folder, relative and sorted.
    func listing() -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
    }
}

struct CommandResult {
    var code: ExitCode
    var standardOutput: String
    var standardError: String
}

/// Runs the command line in-process with a fixed day, so output never depends on the clock.
func runForankra(_ arguments: [String], in folder: String, environment: [String: String] = [:]) -> CommandResult {
    let captured = CapturedOutput()
    let cli = CommandLineInterface(
        arguments: arguments, workingDirectory: folder, environment: environment,
        today: Date(timeIntervalSince1970: 1_795_392_000), output: captured.output)
    let code = cli.run()
    return CommandResult(code: code, standardOutput: captured.standardOutput, standardError: captured.standardError)
}

/// Compares generated text with a golden file a person has read. With
/// FORANKRA_RECORD_GOLDEN=1 it writes the file and fails, so every change to printed material
/// is a reviewed diff.
func assertMatchesGolden(_ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) throws {
    let path = TestPaths.expected + "/" + name
    if ProcessInfo.processInfo.environment["FORANKRA_RECORD_GOLDEN"] == "1" {
        try FileManager.default.createDirectory(atPath: TestPaths.expected, withIntermediateDirectories: true)
        try actual.write(toFile: path, atomically: true, encoding: .utf8)
        XCTFail("recorded \(name); read it, then run the tests again without FORANKRA_RECORD_GOLDEN", file: file, line: line)
        return
    }
    guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
        XCTFail("no golden file \(name); run with FORANKRA_RECORD_GOLDEN=1 to record it", file: file, line: line)
        return
    }
    guard actual != expected else { return }
    let actualLines = actual.components(separatedBy: "\n")
    let expectedLines = expected.components(separatedBy: "\n")
    let firstDifference = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(actualLines.count, expectedLines.count)
    let got = firstDifference < actualLines.count ? actualLines[firstDifference] : "(end of text)"
    let wanted = firstDifference < expectedLines.count ? expectedLines[firstDifference] : "(end of text)"
    XCTFail("\(name) differs at line \(firstDifference + 1):\n  expected: \(wanted)\n  actual:   \(got)", file: file, line: line)
}

/// The library's seeded SplitMix64, usable with the standard library's `random(in:using:)` in
/// tests, so a property test draws the same cases on every machine. The library itself keeps
/// away from that API (see `SeededGenerator`).
extension SeededGenerator: RandomNumberGenerator {}

/// The demo in a fresh folder, its workspace without the follow-up table the demo keeps, for
/// tests that make theirs from the start. Returns the folder (kept alive by the caller) and the
/// workspace path.
func demoWorkspaceWithoutFollowUpTable() throws -> (TemporaryFolder, String) {
    let folder = try TemporaryFolder()
    XCTAssertEqual(runForankra(["demo", "demo"], in: folder.path).code, .success)
    let workspace = folder.path + "/demo/arbetsyta"
    try FileManager.default.removeItem(atPath: workspace + "/uppfoljning.md")
    return (folder, workspace)
}
