import Foundation
import XCTest
@testable import ForankraKit

final class OutputFolderTests: XCTestCase {
    private var scratch = ""
    private let files = FileManager.default

    override func setUpWithError() throws {
        scratch = NSTemporaryDirectory() + "forankra-output-\(UUID().uuidString)"
        try files.createDirectory(atPath: scratch, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch + "/locked")
        try? files.removeItem(atPath: scratch)
    }

    private func folder(_ entries: [(String, String)]) -> OutputFolder {
        var folder = OutputFolder()
        for (path, contents) in entries { folder.add(path, contents) }
        return folder
    }

    private func read(_ path: String) -> String? {
        files.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Every path under `path`, relative and sorted, hidden ones included.
    private func listing(_ path: String) -> [String] {
        (files.enumerator(atPath: path)?.allObjects as? [String] ?? []).sorted()
    }

    private func assertCannotWrite(_ body: @autoclosure () throws -> Any, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try body(), file: file, line: line) { error in
            XCTAssertEqual((error as? ForankraError)?.exitCode, .cannotWrite, "\(error)", file: file, line: line)
        }
    }

    func testEveryFileLandsAndTheListIsSorted() throws {
        let root = scratch + "/pack"
        let written = try folder([("index.html", "<h1>Paket</h1>"), ("apt/02-lon.md", "# Lön"), ("apt/01-tillit.md", "# Tillit")]).write(to: root)
        XCTAssertEqual(written, ["apt/01-tillit.md", "apt/02-lon.md", "index.html"])
        XCTAssertEqual(read(root + "/apt/02-lon.md"), "# Lön")
        XCTAssertEqual(listing(root), [".forankra-utdata", "apt", "apt/01-tillit.md", "apt/02-lon.md", "index.html"])
        XCTAssertEqual(read(root + "/.forankra-utdata"), "apt/\nindex.html\n", "what forankra wrote is listed, so a later run may replace it")
        XCTAssertEqual(listing(scratch), ["pack"] + listing(root).map { "pack/" + $0 }, "no staging folder is left beside the target")
    }

    func testMissingParentFoldersAreCreated() throws {
        try folder([("a.md", "a")]).write(to: scratch + "/deep/er/pack")
        XCTAssertEqual(read(scratch + "/deep/er/pack/a.md"), "a")
    }

    func testRewritingReplacesItsFilesAndKeepsUnrelatedOnes() throws {
        let root = scratch + "/pack"
        try folder([("agenda.md", "gammal"), ("apt/01.md", "gammal")]).write(to: root)
        try "mina anteckningar".write(toFile: root + "/anteckningar.txt", atomically: false, encoding: .utf8)
        try folder([("agenda.md", "ny"), ("apt/01.md", "ny")]).write(to: root)
        XCTAssertEqual(read(root + "/agenda.md"), "ny")
        XCTAssertEqual(read(root + "/apt/01.md"), "ny")
        XCTAssertEqual(read(root + "/anteckningar.txt"), "mina anteckningar")
        XCTAssertEqual(listing(scratch).filter { $0.hasPrefix(".") }, [])
    }

    func testAFileWhereTheFolderShouldBeIsRefusedAndLeavesNoStaging() throws {
        let root = scratch + "/pack"
        try "inte en mapp".write(toFile: root, atomically: false, encoding: .utf8)
        assertCannotWrite(try folder([("a.md", "a")]).write(to: root))
        XCTAssertEqual(read(root), "inte en mapp")
        XCTAssertEqual(listing(scratch), ["pack"], "no .pack.tmp-* staging folder")
    }

    func testAFileWhereAParentShouldBeIsRefused() throws {
        try "fil".write(toFile: scratch + "/blocker", atomically: false, encoding: .utf8)
        assertCannotWrite(try folder([("a.md", "a")]).write(to: scratch + "/blocker/pack"))
        XCTAssertEqual(listing(scratch), ["blocker"])
    }

    func testAFileInTheWayInsideTheTargetLeavesTheTargetAsItWas() throws {
        let root = scratch + "/pack"
        try files.createDirectory(atPath: root, withIntermediateDirectories: true)
        try "gammal".write(toFile: root + "/a.md", atomically: false, encoding: .utf8)
        try "en fil, inte en mapp".write(toFile: root + "/apt", atomically: false, encoding: .utf8)
        assertCannotWrite(try folder([("a.md", "ny"), ("apt/01.md", "ny")]).write(to: root))
        XCTAssertEqual(read(root + "/a.md"), "gammal", "all files land, or none does")
        XCTAssertEqual(listing(root), ["a.md", "apt"])
        XCTAssertEqual(listing(scratch).filter { $0.hasPrefix(".") }, [])
    }

    func testAFolderWhereAFileShouldGoLeavesTheTargetAsItWas() throws {
        let root = scratch + "/pack"
        try files.createDirectory(atPath: root + "/b.md", withIntermediateDirectories: true)
        try "gammal".write(toFile: root + "/a.md", atomically: false, encoding: .utf8)
        assertCannotWrite(try folder([("a.md", "ny"), ("b.md", "ny")]).write(to: root))
        XCTAssertEqual(read(root + "/a.md"), "gammal", "all files land, or none does")
        XCTAssertEqual(listing(scratch).filter { $0.hasPrefix(".") }, [])
    }

    func testAnUnwritableParentIsRefused() throws {
        if getuid() == 0 { throw XCTSkip("root may write anywhere, so permissions cannot be tested") }
        let locked = scratch + "/locked"
        try files.createDirectory(atPath: locked, withIntermediateDirectories: true)
        try files.setAttributes([.posixPermissions: 0o500], ofItemAtPath: locked)
        assertCannotWrite(try folder([("a.md", "a")]).write(to: locked + "/pack"))
        assertCannotWrite(try folder([("a.md", "a")]).write(to: locked + "/sub/pack"))
        XCTAssertEqual(listing(locked), [])
    }

    func testAtomicFileReplacesContentsAndLeavesNoTemporaryFile() throws {
        let path = scratch + "/svar.md"
        try AtomicFile.write("första", to: path)
        try AtomicFile.write("andra, med å ä ö", to: path)
        XCTAssertEqual(read(path), "andra, med å ä ö")
        XCTAssertEqual(listing(scratch), ["svar.md"])
    }

    func testAtomicFileRefusesAMissingFolderOrAFolderInTheWay() throws {
        assertCannotWrite(try AtomicFile.write("x", to: scratch + "/saknas/svar.md"))
        try files.createDirectory(atPath: scratch + "/mapp", withIntermediateDirectories: true)
        assertCannotWrite(try AtomicFile.write("x", to: scratch + "/mapp"))
        XCTAssertEqual(listing(scratch), ["mapp"], "the temporary file is removed again")
    }

    func testMakeFolderRefusesAFileInTheWay() throws {
        try "fil".write(toFile: scratch + "/fil", atomically: false, encoding: .utf8)
        assertCannotWrite(try AtomicFile.makeFolder(scratch + "/fil"))
        assertCannotWrite(try AtomicFile.makeFolder(scratch + "/fil/under"))
        XCTAssertNoThrow(try AtomicFile.makeFolder(scratch + "/ny/mapp"))
        XCTAssertNoThrow(try AtomicFile.makeFolder(scratch + "/ny/mapp"))
    }
}
