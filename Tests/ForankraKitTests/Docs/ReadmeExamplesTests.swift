import Foundation
import XCTest
@testable import ForankraKit

/// Every console example in README.md is run as written, and what it prints must be what the
/// README shows, so an example cannot go stale. A line "…" in the README stands for any
/// number of lines. A comment before a block says where it runs:
/// `<!-- readme-example: in the demo workspace -->`, or `<!-- readme-example: skip: WHY -->`
/// for one that cannot run as written (it names the reason). Without a comment a block runs in
/// a folder holding the bundled programme files (materials/programme/). The tests run on 2026-11-23.
final class ReadmeExamplesTests: XCTestCase {
    struct Step {
        var arguments: [String]
        var expected: [String]
    }

    struct Example {
        var line: Int
        var setting: String?
        var steps: [Step]
    }

    static func examples(in readme: String) -> [Example] {
        let lines = readme.components(separatedBy: "\n")
        var examples: [Example] = []
        var index = 0
        while index < lines.count {
            guard lines[index] == "```console" else {
                index += 1
                continue
            }
            let setting = lines[max(0, index - 3)..<index].last { $0.hasPrefix("<!-- readme-example:") }
                .map { String($0.dropFirst("<!-- readme-example:".count).dropLast(" -->".count)).trimmingCharacters(in: .whitespaces) }
            var example = Example(line: index + 1, setting: setting, steps: [])
            index += 1
            while index < lines.count, lines[index] != "```" {
                let line = lines[index]
                if line.hasPrefix("$ ") {
                    var command = String(line.dropFirst(2))
                    while command.hasSuffix("\\"), index + 1 < lines.count {
                        index += 1
                        command = String(command.dropLast()) + " " + lines[index].trimmingCharacters(in: .whitespaces)
                    }
                    example.steps.append(Step(arguments: Self.words(command), expected: []))
                } else if !example.steps.isEmpty {
                    example.steps[example.steps.count - 1].expected.append(line)
                }
                index += 1
            }
            examples.append(example)
            index += 1
        }
        return examples
    }

    /// Words as a shell splits them: double and single quotes, and a `#` comment to the end.
    static func words(_ command: String) -> [String] {
        var words: [String] = []
        var word = ""
        var quote: Character?
        var started = false
        for character in command {
            if let open = quote {
                if character == open { quote = nil } else { word.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                started = true
            } else if character == "#" && !started {
                break
            } else if character == " " {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    /// The README's lines, with "…" for any number of lines, against what was printed.
    static func matches(_ expected: [String], _ actual: [String]) -> Bool {
        let expected = expected.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        let actual = actual.map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
        func match(_ e: Int, _ a: Int) -> Bool {
            if e == expected.count { return a == actual.count }
            if expected[e] == "…" { return (a...actual.count).contains { match(e + 1, $0) } }
            return a < actual.count && expected[e] == actual[a] && match(e + 1, a + 1)
        }
        return match(0, 0)
    }

    func testEveryConsoleExampleInTheReadmePrintsWhatTheReadmeShows() throws {
        let readme = try String(contentsOfFile: TestPaths.packageRoot + "/README.md", encoding: .utf8)
        let examples = Self.examples(in: readme).filter { !$0.steps.isEmpty }
        XCTAssertGreaterThan(examples.count, 5)
        var ran = 0
        for example in examples {
            if let setting = example.setting, setting.hasPrefix("skip") {
                XCTAssertGreaterThan(setting.count, "skip: ".count + 10, "README.md:\(example.line): a skipped example says why")
                continue
            }
            let folder = try TemporaryFolder()
            var directory = folder.path
            let programmes = try FileManager.default.contentsOfDirectory(atPath: TestPaths.packageRoot + "/materials/programme")
                .filter { !$0.hasSuffix(".sh") }
            for name in programmes {
                try FileManager.default.copyItem(atPath: TestPaths.packageRoot + "/materials/programme/" + name, toPath: folder.path + "/" + name)
            }
            if example.setting == "in the demo workspace" {
                XCTAssertEqual(runForankra(["demo", "demo"], in: folder.path).code, .success)
                directory = folder.path + "/demo/arbetsyta"
            }
            for step in example.steps {
                guard step.arguments.first == "forankra" else {
                    XCTFail("README.md:\(example.line): only forankra commands can run here: \(step.arguments.joined(separator: " "))")
                    continue
                }
                let result = runForankra(Array(step.arguments.dropFirst()), in: directory, environment: ["NO_COLOR": "1"])
                let printed = (result.standardOutput + result.standardError).components(separatedBy: "\n").dropLast()
                XCTAssertTrue(Self.matches(step.expected, Array(printed)),
                              "README.md:\(example.line): '\(step.arguments.joined(separator: " "))' printed\n\(printed.joined(separator: "\n"))\nbut the README shows\n\(step.expected.joined(separator: "\n"))")
                ran += 1
            }
        }
        XCTAssertGreaterThanOrEqual(ran, 5)
    }

    func testTheMatcherTakesAnEllipsisForAnyNumberOfLines() {
        XCTAssertTrue(Self.matches(["a", "…", "d"], ["a", "b", "c", "d"]))
        XCTAssertTrue(Self.matches(["a", "…"], ["a"]))
        XCTAssertFalse(Self.matches(["a", "c"], ["a", "b", "c"]))
        XCTAssertEqual(Self.words(#"forankra pack x --place "Sal A" --facilitator 'Karin Holm'   # comment"#),
                       ["forankra", "pack", "x", "--place", "Sal A", "--facilitator", "Karin Holm"])
    }
}
