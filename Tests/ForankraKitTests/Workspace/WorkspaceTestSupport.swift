import Foundation
import XCTest
@testable import ForankraKit

/// A workspace in a fresh temporary folder, made with the real commands in-process.
final class TestWorkspace {
    let folder: TemporaryFolder
    var root: String { folder.path + "/ws" }

    init() throws {
        folder = try TemporaryFolder()
        let made = runForankra(["init", "ws", "--programme", TestPaths.markdownExample], in: folder.path)
        XCTAssertEqual(made.code, .success, made.standardError)
    }

    /// Runs a command in-process from the workspace root.
    @discardableResult
    func run(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> CommandResult {
        runForankra(arguments, in: root)
    }

    /// Runs a command and fails the test unless it succeeds.
    @discardableResult
    func succeed(_ arguments: [String], file: StaticString = #filePath, line: UInt = #line) -> CommandResult {
        let result = runForankra(arguments, in: root)
        XCTAssertEqual(result.code, .success, "\(arguments.joined(separator: " ")): \(result.standardError)", file: file, line: line)
        return result
    }

    /// Writes a CSV (or any file) next to the workspace, not inside it, and returns its path.
    func writeOutside(_ name: String, _ data: Data) throws -> String {
        try folder.write(name, data)
        return folder.path + "/" + name
    }

    func writeOutside(_ name: String, _ text: String) throws -> String {
        try writeOutside(name, Data(text.utf8))
    }

    func data(_ relative: String) -> Data? {
        FileManager.default.contents(atPath: root + "/" + relative)
    }

    func text(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    func write(_ relative: String, _ data: Data) throws {
        try data.write(to: URL(fileURLWithPath: root + "/" + relative))
    }

    func write(_ relative: String, _ text: String) throws {
        try write(relative, Data(text.utf8))
    }

    func modificationDate(_ relative: String) throws -> Date? {
        try FileManager.default.attributesOfItem(atPath: root + "/" + relative)[.modificationDate] as? Date
    }

    /// Every file with its bytes, so a failed command can be shown to have changed nothing.
    func snapshot() -> [String: Data] {
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
        var contents: [String: Data] = [:]
        for file in files {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root + "/" + file, isDirectory: &isFolder)
            contents[file] = isFolder.boolValue ? Data("(folder)".utf8) : FileManager.default.contents(atPath: root + "/" + file)
        }
        return contents
    }

    func workspace() throws -> Workspace { try Workspace.open(root: root) }

    func roster() throws -> RosterFile { try RosterStore.read(workspace()) }

    func workshops() throws -> [Workshop] { try WorkshopStore.read(workspace()).workshops }
}

/// Asserts two snapshots are the same, naming the first file that differs.
func assertSameFiles(_ before: [String: Data], _ after: [String: Data], _ message: String, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(before.keys.sorted(), after.keys.sorted(), "\(message): the listing changed", file: file, line: line)
    for (name, data) in before where after[name] != nil && after[name] != data {
        XCTFail("\(message): \(name) changed", file: file, line: line)
    }
}

/// The lines that differ between two texts of the same line count, as (line number, old, new).
func changedLines(_ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) -> [(Int, String, String)] {
    let oldLines = old.components(separatedBy: "\n"), newLines = new.components(separatedBy: "\n")
    XCTAssertEqual(oldLines.count, newLines.count, "the number of lines changed", file: file, line: line)
    return zip(oldLines, newLines).enumerated().compactMap { $0.element.0 == $0.element.1 ? nil : ($0.offset + 1, $0.element.0, $0.element.1) }
}

/// The built executable, run as a separate process the way HR runs it.
enum ForankraBinary {
    static let path = TestPaths.packageRoot + "/.build/debug/forankra"

    static func requireBuilt() throws {
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("no debug build of forankra at \(path); run `swift build` first")
        }
    }

    /// Starts the binary; output goes to files so a killed process never blocks on a full pipe.
    static func start(_ arguments: [String], in folder: String, log: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        try handle.close()
        return process
    }

    /// Runs the binary to the end and returns its exit status and everything it printed.
    static func run(_ arguments: [String], in folder: String, log: String) throws -> (code: Int32, output: String) {
        let process = try start(arguments, in: folder, log: log)
        process.waitUntilExit()
        let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return (process.terminationStatus, output)
    }
}

/// A roster export of `count` managers in six departments, in the columns HR systems use.
func generatedRosterCSV(count: Int, unitSuffix: String = "") -> String {
    var text = "Förnamn;Efternamn;E-post;Förvaltning;Enhet;Antal medarbetare\n"
    for number in 1...count {
        text += "Chef\(number);Testsson;chef\(number)@sjohamra.se;Förvaltning \(number % 6);Enhet \(number)\(unitSuffix);\(number % 40 + 3)\n"
    }
    return text
}
