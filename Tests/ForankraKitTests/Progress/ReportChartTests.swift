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
        XCTAssertTrue(charts[0].contains(">Avsnitt som tagits upp på APT, per förvaltning</text>"))
        XCTAssertTrue(charts[0].contains(">Förvaltning</text>"), "y axis label")
        XCTAssertTrue(charts[0].contains("Planen i dag: 90 %"), "the plan marker")
        XCTAssertTrue(charts[1].contains(">Andel av arbetsplatserna</text>"), "x axis label")
        XCTAssertTrue(charts[2].contains("stroke-dasharray"), "the plan is a dashed line")
        XCTAssertTrue(charts[2].contains(">Datum</text>") && charts[2].contains(">Planen</text>"), "axis label and legend")
        XCTAssertFalse(html.contains("[[chart:"), "no marker is left on paper")
        for external in ["<script", "src=", "<link", "url("] { XCTAssertFalse(html.contains(external)) }
    }

    func testTheMarkdownReportShowsEachChartsFiguresAsATableAndNoMarker() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", "r.md"], in: folder.path).code, .success)
        let markdown = try folder.read("r.md")
        XCTAssertFalse(markdown.contains("[["), "a reader of the markdown never sees a chart marker")
        XCTAssertFalse(markdown.contains("\n\n\n"), "where a chart stands in the HTML, markdown has one blank line")
        for heading in ["## Per förvaltning\n\n| Förvaltning |", "## Per avsnitt\n\n| Avsnitt |", "## Avsnitt som tagits upp på APT över tid, jämfört med planen\n\n| Datum |"] {
            XCTAssertTrue(markdown.contains(heading), "the chart's figures as a table right under its heading: \(heading)")
        }
    }

    func testTheHTMLChartsStandWhereTheDocumentPlacesThem() throws {
        let folder = try TemporaryFolder()
        try ProgressWorkspaceFixture.write(into: folder)
        XCTAssertEqual(runForankra(["report", "--format", "html", "-o", "r.html"], in: folder.path).code, .success)
        let html = try folder.read("r.html")
        for (heading, id) in [("Per förvaltning", "chart-departments"), ("Per avsnitt", "chart-sections"), ("Avsnitt som tagits upp på APT över tid, jämfört med planen", "chart-timeline")] {
            let after = try XCTUnwrap(html.components(separatedBy: "<h2>\(heading)</h2>\n").dropFirst().first, heading)
            XCTAssertTrue(after.trimmingCharacters(in: .whitespaces).hasPrefix("<figure class=\"chart\"><svg"), "\(heading): the chart comes first")
            XCTAssertTrue(after.components(separatedBy: "</figure>")[0].contains("id=\"\(id)"), "\(heading): its own chart")
        }
    }
}
