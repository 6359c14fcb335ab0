import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import ForankraKit

final class ReportChartTests: XCTestCase {
    func testHTMLReportHasThreeWellFormedChartsWithTitlesAndAxisLabels() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        XCTAssertEqual(runForankra(["report", "--format", "html", "-o", "r.html"], in: folder.path).code, .success)
        let html = try folder.read("r.html")
        let charts = html.components(separatedBy: "<svg").dropFirst().map { "<svg" + $0.components(separatedBy: "</svg>")[0] + "</svg>" }
        XCTAssertEqual(charts.count, 3)
        for chart in charts {
            let parser = XMLParser(data: Data(chart.utf8))
            XCTAssertTrue(parser.parse(), "an SVG chart is not well-formed XML")
            XCTAssertTrue(chart.contains("<title id=\"chart-"), "every chart has a title for screen readers")
            XCTAssertTrue(chart.contains("axis-label-x") && chart.contains("axis-label-y"), "both axes are labelled")
        }
        XCTAssertTrue(charts[0].contains(">Införandet per förvaltning</text>"))
        XCTAssertTrue(charts[0].contains(">Förvaltning</text>"), "y axis label")
        XCTAssertTrue(charts[0].contains("Planen i dag: 90 %"), "the plan marker")
        XCTAssertTrue(charts[1].contains(">Andel aktiva chefer</text>"), "x axis label")
        XCTAssertTrue(charts[2].contains("stroke-dasharray"), "the plan is a dashed line")
        XCTAssertTrue(charts[2].contains(">Datum</text>") && charts[2].contains(">Planen</text>"), "axis label and legend")
        XCTAssertFalse(html.contains("[[chart:"), "no marker is left on paper")
        for external in ["<script", "src=", "<link", "url("] { XCTAssertFalse(html.contains(external)) }
    }
}
