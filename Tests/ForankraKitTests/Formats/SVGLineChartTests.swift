import XCTest
@testable import ForankraKit

final class SVGLineChartTests: XCTestCase {
    private func chart(_ series: [LineChart.Series], yMaximum: Double = 100) -> LineChart {
        LineChart(
            title: "Genomförda workshoppar",
            axis: ChartAxisLabels(x: "Månad", y: "Antal chefer"),
            xTicks: [(0, "jan"), (1, "feb"), (2, "mar"), (3, "apr")],
            yMaximum: yMaximum,
            yTicks: [(0, "0"), (50, "50"), (100, "100")],
            series: series)
    }

    private let actual = LineChart.Series(name: "Utfall", points: [(0, 0), (1, 20), (2, 45)])
    private let plan = LineChart.Series(name: "Plan", points: [(0, 0), (3, 100)], dashed: true)

    func testEverySeriesIsOnePathAndThePlanIsDashed() throws {
        let root = try SVGTestDocument.parse(chart([actual, plan]).svg())
        let paths = root.all("path")
        XCTAssertEqual(paths.count, 2)
        XCTAssertNil(paths[0].attributes["stroke-dasharray"])
        XCTAssertNotNil(paths[1].attributes["stroke-dasharray"])
    }

    func testPointsAreMappedIntoThePlot() throws {
        // x 0...3 over 64...616, y 0...100 over 264...80.
        let root = try SVGTestDocument.parse(chart([actual, plan]).svg())
        let paths = root.all("path").map { $0.attributes["d"] }
        XCTAssertEqual(paths, ["M64 264 L248 227.2 L432 181.2", "M64 264 L616 80"])
    }

    func testValuesAboveTheMaximumAreDrawnAtTheTop() throws {
        let over = LineChart.Series(name: "Utfall", points: [(0, -5), (3, 250)])
        let root = try SVGTestDocument.parse(chart([over]).svg())
        XCTAssertEqual(root.all("path").first?.attributes["d"], "M64 264 L616 80")
    }

    func testLegendNamesEachSeriesWithItsOwnStroke() throws {
        let root = try SVGTestDocument.parse(chart([actual, plan]).svg())
        let legend = try XCTUnwrap(root.withClass("legend").first)
        XCTAssertEqual(legend.all("text").map(\.text), ["Utfall", "Plan"])
        let samples = legend.all("line")
        XCTAssertEqual(samples.count, 2)
        XCTAssertNil(samples[0].attributes["stroke-dasharray"])
        XCTAssertEqual(samples[1].attributes["stroke-dasharray"], root.all("path")[1].attributes["stroke-dasharray"])
    }

    func testTitleAxisLabelsAndTicksAreVisible() throws {
        let root = try SVGTestDocument.parse(chart([actual, plan]).svg())
        XCTAssertEqual(root.attributes["role"], "img")
        XCTAssertEqual(root.children.first?.name, "title")
        XCTAssertEqual(root.children.first?.attributes["id"], root.attributes["aria-labelledby"])
        XCTAssertEqual(root.withClass("chart-title").first?.text, "Genomförda workshoppar")
        XCTAssertEqual(root.withClass("axis-label-x").first?.text, "Månad")
        XCTAssertEqual(root.withClass("axis-label-y").first?.text, "Antal chefer")
        XCTAssertEqual(root.withClass("axis-x").first?.all("text").map(\.text), ["jan", "feb", "mar", "apr"])
        XCTAssertEqual(root.withClass("axis-y").first?.all("text").map(\.text), ["0", "50", "100"])
    }

    func testNoPointsShowsTheEmptyMessageInstead() throws {
        for series in [[], [LineChart.Series(name: "Utfall", points: [])], [LineChart.Series(name: "x", points: [(.nan, 1)])]] {
            let root = try SVGTestDocument.parse(chart(series).svg())
            XCTAssertEqual(root.withClass("chart-empty").first?.text, "Inga uppgifter ännu")
            XCTAssertTrue(root.all("path").isEmpty)
        }
    }

    func testOnePointAndNoMaximumDoNotDivideByZero() throws {
        let single = LineChart(
            title: "T", axis: ChartAxisLabels(x: "x", y: "y"), xTicks: [], yMaximum: 0, yTicks: [],
            series: [LineChart.Series(name: "Utfall", points: [(5, 0)])])
        let root = try SVGTestDocument.parse(single.svg())
        XCTAssertEqual(root.all("path").first?.attributes["d"], "M340 264")
    }

    func testNamesAndTicksFromUserDataAreEscaped() throws {
        let series = LineChart.Series(name: "<script>x</script> & co", points: [(0, 1)])
        let svg = LineChart(
            title: "A & B", axis: ChartAxisLabels(x: "<x>", y: "y"), xTicks: [(0, "<jan>")], yMaximum: 1,
            yTicks: [(1, "1 & mer")], series: [series]).svg()
        XCTAssertFalse(svg.contains("<script"))
        XCTAssertFalse(svg.contains("<jan>"))
        let root = try SVGTestDocument.parse(svg)
        XCTAssertEqual(root.withClass("legend").first?.all("text").first?.text, "<script>x</script> & co")
    }

    func testOutputIsTheSameInEveryRun() {
        XCTAssertEqual(chart([actual, plan]).svg(), chart([actual, plan]).svg())
    }
}
