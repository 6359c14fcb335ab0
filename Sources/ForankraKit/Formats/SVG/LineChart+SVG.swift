extension LineChart {
    /// Maps data to viewBox units. x runs over every point and tick; y from 0 to the maximum.
    /// A range of zero width is widened so nothing is divided by zero.
    struct Layout {
        static let height = 320.0
        static let plotLeft = 64.0
        static let plotRight = 616.0
        static let plotTop = 80.0
        static let plotBottom = 264.0
        static let legendY = 48.0

        let xRange: ClosedRange<Double>
        let yMaximum: Double

        init(xValues: [Double], yValues: [Double], requestedYMaximum: Double) {
            let low = xValues.min() ?? 0
            let high = xValues.max() ?? 1
            xRange = low < high ? low...high : (low - 0.5)...(low + 0.5)
            let largest = yValues.max() ?? 0
            let requested = requestedYMaximum.isFinite && requestedYMaximum > 0 ? requestedYMaximum : largest
            yMaximum = requested > 0 ? requested : 1
        }

        func x(_ value: Double) -> Double {
            let share = (value - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound)
            return Self.plotLeft + share.clamped(to: 0...1) * (Self.plotRight - Self.plotLeft)
        }

        func y(_ value: Double) -> Double {
            Self.plotBottom - (value / yMaximum).clamped(to: 0...1) * (Self.plotBottom - Self.plotTop)
        }
    }

    /// How one series is stroked: solid series take the solid inks in order, dashed ones the
    /// plan inks and dash patterns in order.
    struct Stroke {
        let colour: String
        let dash: String?
        let width: Double
        var hasMarkers: Bool { dash == nil }

        static func all(for series: [Series]) -> [Stroke] {
            var solid = 0
            var dashed = 0
            return series.map { line in
                if line.dashed {
                    defer { dashed += 1 }
                    return Stroke(
                        colour: ChartStyle.dashedSeries[dashed % ChartStyle.dashedSeries.count],
                        dash: ChartStyle.dashPatterns[dashed % ChartStyle.dashPatterns.count], width: 2)
                }
                defer { solid += 1 }
                return Stroke(colour: ChartStyle.solidSeries[solid % ChartStyle.solidSeries.count], dash: nil, width: 2.5)
            }
        }

        var attributes: SVGMarkup.Attributes {
            [("stroke", colour), ("stroke-width", width.svg)] + (dash.map { [("stroke-dasharray", $0)] } ?? [])
        }
    }

    public func svg() -> String {
        let id = ChartIdentifier.make(kind: "line", title: title, explicit: id)
        let lines = series.map { $0.points.filter { $0.x.isFinite && $0.y.isFinite } }
        guard lines.contains(where: { !$0.isEmpty }) else {
            return ChartFrame.empty(id: id, title: title, message: emptyText)
        }
        let layout = Layout(
            xValues: lines.flatMap { $0.map(\.x) } + xTicks.map(\.x).filter(\.isFinite),
            yValues: lines.flatMap { $0.map(\.y) },
            requestedYMaximum: yMaximum)
        let strokes = Stroke.all(for: series)
        let frame = ChartFrame(id: id, title: title, height: Layout.height)
        var markup = SVGMarkup()
        frame.open(&markup)
        drawLegend(strokes, &markup)
        drawAxes(layout, &markup)
        for (index, points) in lines.enumerated() where !points.isEmpty {
            draw(points, name: series[index].name, stroke: strokes[index], layout, &markup)
        }
        frame.close(&markup)
        return markup.text
    }

    private func drawLegend(_ strokes: [Stroke], _ markup: inout SVGMarkup) {
        markup.open("g", [("class", "legend")])
        var x = Layout.plotLeft
        for (line, stroke) in zip(series, strokes) {
            let name = ChartLabel.truncated(line.name, maxWidth: 200, fontSize: ChartStyle.textSize)
            markup.empty("line", [
                ("x1", x.svg), ("y1", (Layout.legendY - 4).svg), ("x2", (x + 28).svg), ("y2", (Layout.legendY - 4).svg),
            ] + stroke.attributes)
            if stroke.hasMarkers {
                markup.empty("circle", [("cx", (x + 14).svg), ("cy", (Layout.legendY - 4).svg), ("r", "3"), ("fill", stroke.colour)])
            }
            markup.element("text", [("x", (x + 34).svg), ("y", Layout.legendY.svg)], text: name)
            x += 34 + ChartLabel.estimatedWidth(name, fontSize: ChartStyle.textSize) + 24
        }
        markup.close("g")
    }

    private func drawAxes(_ layout: Layout, _ markup: inout SVGMarkup) {
        markup.element("text", [
            ("class", "axis-label-y"), ("x", "8"), ("y", (Layout.plotTop - 14).svg), ("font-weight", "bold"),
        ], text: ChartLabel.truncated(axis.y, maxWidth: ChartStyle.width - 16, fontSize: ChartStyle.textSize))
        markup.open("g", [("class", "axis-y")])
        for tick in yTicks where tick.y.isFinite && (0...layout.yMaximum).contains(tick.y) {
            let y = layout.y(tick.y).svg
            markup.empty("line", [
                ("x1", (Layout.plotLeft - 4).svg), ("y1", y), ("x2", Layout.plotRight.svg), ("y2", y),
                ("stroke", ChartStyle.grid), ("stroke-width", "1"),
            ])
            markup.element("text", [("x", (Layout.plotLeft - 8).svg), ("y", y), ("dy", "4"), ("text-anchor", "end")],
                           text: ChartLabel.singleLine(tick.label))
        }
        markup.close("g")
        markup.open("g", [("class", "axis-x")])
        for tick in xTicks where tick.x.isFinite {
            let x = layout.x(tick.x).svg
            markup.empty("line", [
                ("x1", x), ("y1", Layout.plotBottom.svg), ("x2", x), ("y2", (Layout.plotBottom + 4).svg),
                ("stroke", ChartStyle.axis), ("stroke-width", "1"),
            ])
            markup.element("text", [("x", x), ("y", (Layout.plotBottom + 18).svg), ("text-anchor", "middle")],
                           text: ChartLabel.singleLine(tick.label))
        }
        markup.close("g")
        for (x1, y1, x2, y2) in [
            (Layout.plotLeft, Layout.plotTop, Layout.plotLeft, Layout.plotBottom),
            (Layout.plotLeft, Layout.plotBottom, Layout.plotRight, Layout.plotBottom),
        ] {
            markup.empty("line", [
                ("x1", x1.svg), ("y1", y1.svg), ("x2", x2.svg), ("y2", y2.svg),
                ("stroke", ChartStyle.axis), ("stroke-width", "1"),
            ])
        }
        markup.element("text", [
            ("class", "axis-label-x"), ("x", ((Layout.plotLeft + Layout.plotRight) / 2).svg),
            ("y", (Layout.plotBottom + 40).svg), ("text-anchor", "middle"), ("font-weight", "bold"),
        ], text: ChartLabel.truncated(axis.x, maxWidth: ChartStyle.width - 16, fontSize: ChartStyle.textSize))
    }

    private func draw(_ points: [(x: Double, y: Double)], name: String, stroke: Stroke, _ layout: Layout, _ markup: inout SVGMarkup) {
        let mapped = points.map { (x: layout.x($0.x), y: layout.y($0.y)) }
        let path = mapped.enumerated().map { "\($0.offset == 0 ? "M" : "L")\($0.element.x.svg) \($0.element.y.svg)" }
        markup.open("g", [("class", stroke.dash == nil ? "series" : "series series-dashed")])
        markup.element("title", text: ChartLabel.singleLine(name))
        markup.empty("path", [
            ("d", path.joined(separator: " ")), ("fill", "none"),
            ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
        ] + stroke.attributes)
        if stroke.hasMarkers {
            for point in mapped {
                markup.empty("circle", [("cx", point.x.svg), ("cy", point.y.svg), ("r", "3"), ("fill", stroke.colour)])
            }
        }
        markup.close("g")
    }
}
