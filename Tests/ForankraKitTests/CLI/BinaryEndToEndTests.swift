import Foundation
import XCTest
@testable import ForankraKit

/// Runs the built executable, as a user would, to check the wiring in main.swift.
final class BinaryEndToEndTests: XCTestCase {
    private func forankra(_ arguments: [String], in folder: String) throws -> (code: Int32, out: String, err: String) {
        let binary = TestPaths.packageRoot + "/.build/debug/forankra"
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw XCTSkip("no debug build of forankra at \(binary); `make test` builds it")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["NO_COLOR": "1", "PATH": "/usr/bin:/bin"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    func testDemoRunsTheWholeFlowAndPrintsWhatItMade() throws {
        let folder = try TemporaryFolder()
        let result = try forankra(["demo", "ut"], in: folder.path)
        XCTAssertEqual(result.code, 0, result.err)
        XCTAssertTrue(result.out.contains("$ forankra sheets ut/programme/personalpolitiskt-program-pdf.txt"))
        XCTAssertTrue(result.out.contains("Skrev 11 APT-underlag"))
        XCTAssertTrue(result.out.contains("Skrev workshoppaketet"))
        XCTAssertTrue(folder.exists("ut/apt-underlag/index.html"))
        XCTAssertTrue(folder.exists("ut/outline.json"))
        XCTAssertEqual(folder.listing().filter { $0.hasPrefix("ut/packs/") && $0.hasSuffix("/index.html") }.count, 1)
        XCTAssertEqual(result.err, "")
    }

    func testErrorsGoToStandardErrorWithTheExitCode() throws {
        let folder = try TemporaryFolder()
        let missing = try forankra(["outline", "finns-inte.md"], in: folder.path)
        XCTAssertEqual(missing.code, 66)
        XCTAssertEqual(missing.out, "")
        XCTAssertTrue(missing.err.hasPrefix("finns-inte.md: fel: filen finns inte"))
        let usage = try forankra(["outlien"], in: folder.path)
        XCTAssertEqual(usage.code, 64)
        XCTAssertTrue(usage.err.contains("Menade du 'outline'?"))
    }

    func testOutlineJSONHasTheDocumentedShape() throws {
        let result = runForankra(["outline", TestPaths.pdfExample, "--json"], in: NSTemporaryDirectory())
        XCTAssertEqual(result.code, .success)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        XCTAssertEqual(object?["title"] as? String, "Personalpolitiskt program för Sjöhamra kommun")
        let metadata = object?["metadata"] as? [String: String]
        XCTAssertEqual(metadata?["Dnr"], "KS 2025/0412")
        XCTAssertEqual(metadata?["Antagen av"], "kommunfullmäktige 2025-09-22, § 141")
        let sections = object?["sections"] as? [[String: Any]] ?? []
        XCTAssertEqual(sections.map { $0["id"] as? String }.prefix(4), ["1", "2", "2.1", "2.1.1"])
        let subsection = sections.first { $0["id"] as? String == "2.1.1" }
        XCTAssertEqual(subsection?["level"] as? Int, 3)
        XCTAssertEqual(subsection?["parent"] as? String, "2.1")
        XCTAssertEqual(subsection?["title"] as? String, "För medarbetare innebär det")
        let work = sections.first { $0["id"] as? String == "5" }
        XCTAssertEqual((work?["themes"] as? [String])?.first, "arbetsmiljo")
        XCTAssertTrue((work?["keyStatements"] as? [String] ?? []).contains(
            "Chefen ansvarar för att arbetsmiljön undersöks, riskbedöms och följs upp tillsammans med medarbetarna och skyddsombudet."))
        XCTAssertTrue(sections.allSatisfy { $0["keyStatements"] is [String] && $0["themes"] is [String] })
    }
}
