import XCTest
@testable import ForankraKit

/// A count agrees with its noun: "1 plats", "2 platser", never "1 platser".
final class CountAgreementTests: XCTestCase {
    func testOneTakesTheSingularInBothLanguages() {
        XCTAssertEqual(Language.sv.count(1, ("fil", "filer"), ("file", "files")), "1 fil")
        XCTAssertEqual(Language.sv.count(0, ("fil", "filer"), ("file", "files")), "0 filer")
        XCTAssertEqual(Language.en.count(1, ("fil", "filer"), ("file", "files")), "1 file")
        XCTAssertEqual(Language.en.count(12, ("fil", "filer"), ("file", "files")), "12 files")
    }

    func testAWorkshopForOnePersonSaysOnePlace() throws {
        let workspace = try TestWorkspace()
        let result = workspace.succeed(["workshop", "new", "--date", "2026-12-08", "--start", "13:00", "--end", "16:00", "--place", "Sal A",
                                        "--capacity", "1", "--sections", "3"])
        XCTAssertTrue(result.standardOutput.contains(", 1 plats, avsnitt 3."), result.standardOutput)
        let sheets = runForankra(["sheets", TestPaths.markdownExample, "3", "-o", "ut", "--lang", "en"], in: workspace.folder.path)
        XCTAssertTrue(sheets.standardOutput.hasPrefix("Wrote 1 APT sheet ("), sheets.standardOutput)
    }
}
