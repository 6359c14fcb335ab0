import Foundation
import XCTest

/// The library's folders depend one way: the command line (`CLI/`) parses, dispatches and
/// prints, and nothing below it names a type it defines.
final class LayeringTests: XCTestCase {
    private let library = TestPaths.packageRoot + "/Sources/ForankraKit"

    private func swiftFiles(under folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".swift") }.sorted()
    }

    /// Type names declared at the start of a line in the CLI folder.
    private func typesDeclaredInCLI() throws -> Set<String> {
        var names: Set<String> = []
        let declaration = try NSRegularExpression(pattern: #"^(?:public |final |private |fileprivate )*(?:struct|enum|class|protocol)\s+(\w+)"#, options: .anchorsMatchLines)
        for file in swiftFiles(under: library + "/CLI") {
            let text = try String(contentsOfFile: library + "/CLI/" + file, encoding: .utf8)
            for match in declaration.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                if let range = Range(match.range(at: 1), in: text) { names.insert(String(text[range])) }
            }
        }
        return names
    }

    func testNoFileOutsideTheCommandLineNamesATypeDefinedThere() throws {
        let cliTypes = try typesDeclaredInCLI()
        XCTAssertTrue(cliTypes.contains("RunContext") && cliTypes.contains("StatusText"), "the scan finds the CLI's types: \(cliTypes.sorted())")
        var offenders: [String] = []
        for file in swiftFiles(under: library) where !file.hasPrefix("CLI/") {
            let text = try String(contentsOfFile: library + "/" + file, encoding: .utf8)
            let words = Set(text.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "_") }).map(String.init))
            for name in cliTypes.intersection(words) { offenders.append("\(file) names \(name)") }
        }
        XCTAssertEqual(offenders, [], "move the type down, or the code up into CLI/")
    }
}
