import XCTest
@testable import ForankraKit

final class SVGChartTests: XCTestCase {
    private let axis = ChartAxisLabels(x: "Andel chefer som gått utbildningen", y: "Förvaltning")

    private func chart(_ bars: [BarChart.Bar], target: Double? = nil, targetLabel: String? = nil) -> BarChart {
        BarChart(title: "Utbildade chefer per förvaltning", axis: axis, bars: bars, target: target, targetLabel: targetLabel)
    }

    private let threeBars = [
        BarChart.Bar(label: "Socialförvaltningen", value: 0.72, valueText: "72 %"),
        BarChart.Bar(label: "Skola", value: 0.36, valueText: "36 %"),
        BarChart.Bar(label: "Kultur", value: 0.18, valueText: "18 %"),
    ]

    func testRootIsAnAccessibleImageNamedByItsTitleElement() throws {
        let root = try SVGTestDocument.parse(chart(threeBars).svg())
        XCTAssertEqual(root.name, "svg")
        XCTAssertEqual(root.attributes["role"], "img")
        XCTAssertEqual(root.attributes["width"], "100%")
        XCTAssertEqual(root.attributes["viewBox"]?.hasPrefix("0 0 640 "), true)
        let title = try XCTUnwrap(root.children.first)
        XCTAssertEqual(title.name, "title")
        XCTAssertEqual(title.text, "Utbildade chefer per förvaltning")
        XCTAssertEqual(title.attributes["id"], root.attributes["aria-labelledby"])
        XCTAssertEqual(root.withClass("chart-title").first?.text, "Utbildade chefer per förvaltning")
    }

    func testBothAxisLabelsAndShareTicksAreVisible() throws {
        let root = try SVGTestDocument.parse(chart(threeBars).svg())
        XCTAssertEqual(root.withClass("axis-label-x").first?.text, "Andel chefer som gått utbildningen")
        XCTAssertEqual(root.withClass("axis-label-y").first?.text, "Förvaltning")
        let ticks = root.withClass("axis-x").first?.all("text").map(\.text)
        XCTAssertEqual(ticks, ["0 %", "25 %", "50 %", "75 %", "100 %", "Andel chefer som gått utbildningen"])
    }

    func testOneBarPerCategoryWithWidthsProportionalToTheValues() throws {
        let root = try SVGTestDocument.parse(chart(threeBars).svg())
        let groups = root.withClass("bar")
        XCTAssertEqual(groups.map { $0.withClass("bar-label").first?.text }, ["Socialförvaltningen", "Skola", "Kultur"])
        let widths = try groups.map { try XCTUnwrap($0.all("rect").first).number("width") }
        let plot = try plotBounds(root)
        XCTAssertEqual(widths[0], 0.72 * (plot.right - plot.left), accuracy: 0.01)
        XCTAssertEqual(widths[1], widths[0] / 2, accuracy: 0.01)
        XCTAssertEqual(widths[2], widths[0] / 4, accuracy: 0.01)
        XCTAssertEqual(groups.map { $0.withClass("bar-value").first?.text }, ["72 %", "36 %", "18 %"])
    }

    func testValuesOutsideZeroToOneAreClampedToThePlot() throws {
        let bars = [
            BarChart.Bar(label: "Över", value: 1.7, valueText: "170 %"),
            BarChart.Bar(label: "Under", value: -0.2, valueText: "-20 %"),
            BarChart.Bar(label: "Trasig", value: .nan, valueText: "?"),
        ]
        let root = try SVGTestDocument.parse(chart(bars).svg())
        let widths = try root.withClass("bar").map { try XCTUnwrap($0.all("rect").first).number("width") }
        let plot = try plotBounds(root)
        XCTAssertEqual(widths, [plot.right - plot.left, 0, 0])
    }

    func testTargetLineIsDrawnAndLabelledWhenGiven() throws {
        let without = try SVGTestDocument.parse(chart(threeBars).svg())
        XCTAssertTrue(without.withClass("target").isEmpty)
        let root = try SVGTestDocument.parse(chart(threeBars, target: 0.5, targetLabel: "Plan i dag").svg())
        let target = try XCTUnwrap(root.withClass("target").first)
        let line = try XCTUnwrap(target.all("line").first)
        let plot = try plotBounds(root)
        XCTAssertEqual(try line.number("x1"), (plot.left + plot.right) / 2, accuracy: 0.01)
        XCTAssertEqual(try line.number("x2"), try line.number("x1"))
        XCTAssertEqual(target.withClass("target-label").first?.text, "Plan i dag")
        let unlabelled = try SVGTestDocument.parse(chart(threeBars, target: 0.6).svg())
        XCTAssertEqual(unlabelled.withClass("target-label").first?.text, "Plan i dag: 60 %")
    }

    func testTargetLabelAtTheRightEdgeEndsAtTheLine() throws {
        let root = try SVGTestDocument.parse(chart(threeBars, target: 1, targetLabel: "Enligt planen ska alla vara klara nu").svg())
        XCTAssertEqual(root.withClass("target-label").first?.attributes["text-anchor"], "end")
    }

    func testChartsNeedNothingFromOutside() {
        let svg = chart(threeBars, target: 0.3).svg() + chart([]).svg()
        for forbidden in ["url(", "href", "<script", "<style", "<image", "@import"] {
            XCTAssertFalse(svg.contains(forbidden), forbidden)
        }
    }

    func testALongDepartmentNameIsNotCutWhileTheChartHasRoom() throws {
        let bars = [BarChart.Bar(label: "Barn- och utbildningsförvaltningen", value: 0.9, valueText: "90 %"),
                    BarChart.Bar(label: String(repeating: "Mycket lång förvaltning ", count: 4), value: 0.5, valueText: "50 %")]
        let root = try SVGTestDocument.parse(chart(bars).svg())
        let labels = root.withClass("bar-label").map(\.text)
        XCTAssertEqual(labels.first, "Barn- och utbildningsförvaltningen")
        XCTAssertTrue(labels.last?.hasSuffix("…") ?? false, "a label past the widest column is still cut: \(labels)")
        let full = try XCTUnwrap(root.withClass("bar").first?.all("rect").first)
        let right = (Double(full.attributes["x"] ?? "") ?? 0) + (Double(full.attributes["width"] ?? "") ?? 0)
        XCTAssertLessThanOrEqual(right + 40, 640, "a full bar leaves room for its value text")
    }

    func testLabelsFromUserDataAreEscaped() throws {
        let bars = [BarChart.Bar(label: "<script>alert(1)</script> & \"IT\"", value: 0.5, valueText: "50 %")]
        let svg = BarChart(title: "R&D <b>", axis: ChartAxisLabels(x: "x & y", y: "<y>"), bars: bars).svg()
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("<b>"))
        XCTAssertTrue(svg.contains("&lt;script&gt;"))
        XCTAssertTrue(svg.contains("R&amp;D"))
        let root = try SVGTestDocument.parse(svg)
        XCTAssertEqual(root.children.first?.text, "R&D <b>")
        XCTAssertEqual(root.withClass("bar").first?.all("title").first?.text, "<script>alert(1)</script> & \"IT\": 50 %")
    }

    func testLongLabelsAreCutWithAnEllipsisAndKeptWholeInTheBarTitle() throws {
        let long = "Samhällsbyggnadsförvaltningens avdelning för planering och exploatering"
        let root = try SVGTestDocument.parse(chart([BarChart.Bar(label: long, value: 0.4, valueText: "40 %")]).svg())
        let group = try XCTUnwrap(root.withClass("bar").first)
        let shown = try XCTUnwrap(group.withClass("bar-label").first?.text)
        XCTAssertTrue(shown.hasSuffix("…"))
        XCTAssertLessThan(shown.count, long.count)
        XCTAssertTrue(long.hasPrefix(String(shown.dropLast())))
        XCTAssertEqual(group.all("title").first?.text, "\(long): 40 %")
    }

    func testNoBarsShowsTheEmptyMessageInstead() throws {
        let root = try SVGTestDocument.parse(chart([]).svg())
        XCTAssertEqual(root.withClass("chart-empty").first?.text, "Inga uppgifter ännu")
        XCTAssertTrue(root.all("rect").allSatisfy { $0.attributes["fill"] == "none" })
        let custom = BarChart(title: "T", axis: axis, bars: [], emptyText: "Inga svar än").svg()
        XCTAssertEqual(try SVGTestDocument.parse(custom).withClass("chart-empty").first?.text, "Inga svar än")
    }

    func testOutputIsTheSameInEveryRun() {
        let first = chart(threeBars, target: 0.45).svg()
        XCTAssertEqual(first, chart(threeBars, target: 0.45).svg())
        XCTAssertTrue(first.contains("id=\"chart-bar-"))
    }

    func testNumbersUseAPointAndAtMostTwoDecimals() {
        XCTAssertEqual(SVGNumber.format(259.2), "259.2")
        XCTAssertEqual(SVGNumber.format(1.0 / 3.0), "0.33")
        XCTAssertEqual(SVGNumber.format(-0.001), "0")
        XCTAssertEqual(SVGNumber.format(-12.505), "-12.51")
        XCTAssertEqual(SVGNumber.format(640), "640")
        XCTAssertEqual(SVGNumber.format(0.05), "0.05")
        XCTAssertEqual(SVGNumber.format(.infinity), "0")
    }

    /// Where the share axis runs: the 0 % and 100 % tick lines.
    private func plotBounds(_ root: SVGTestElement) throws -> (left: Double, right: Double) {
        let ticks = try XCTUnwrap(root.withClass("axis-x").first).all("line")
        return (try XCTUnwrap(ticks.first).number("x1"), try XCTUnwrap(ticks.dropFirst(4).first).number("x1"))
    }
}
