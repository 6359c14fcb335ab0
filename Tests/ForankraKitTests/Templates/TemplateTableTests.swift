import XCTest
@testable import ForankraKit

/// Every row of a pipe table in a bundled template has as many cells as its header. A short row
/// is padded with empty cells by forankra's own reader and by pandoc, so it prints without the
/// boxes to tick (found by `make conformance`: two statements of the evaluation form had none).
final class TemplateTableTests: XCTestCase {
    func testEveryTableRowInTheBundledTemplatesHasTheHeadersCells() {
        var tables = 0
        for file in BundledTemplates.files where file.path.hasSuffix(".md") {
            let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
            var index = 0
            while index < lines.count {
                let next = index + 1 < lines.count ? lines[index + 1] : nil
                guard MarkdownTable.starts(at: lines[index], next: next) else {
                    index += 1
                    continue
                }
                tables += 1
                let header = MarkdownTable.cells(of: lines[index])
                index += 2
                while index < lines.count, !lines[index].trimmingCharacters(in: .whitespaces).isEmpty {
                    let line = lines[index]
                    let isTagAlone = line.hasPrefix("{{") && line.hasSuffix("}}") && !line.contains("|")
                    if !isTagAlone {
                        XCTAssertEqual(MarkdownTable.cells(of: line).count, header.count,
                                       "templates/\(file.path):\(index + 1): \(line)")
                    }
                    index += 1
                }
            }
        }
        XCTAssertGreaterThan(tables, 10, "the templates' tables were not found")
    }
}
