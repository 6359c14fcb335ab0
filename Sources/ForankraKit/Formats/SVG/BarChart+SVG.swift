extension BarChart {
    /// Where things go, in viewBox units: labels in a column on the left, bars to the right of
    /// it, the value text after each bar, the share axis below.
    struct Layout {
        /// The label column is as wide as the longest label needs, between these bounds, so a
        /// name such as "Barn- och utbildningsförvaltningen" is not cut while there is room;
        /// the bars take what is left, less room for the value text after a full bar.
        static let labelColumn = 120.0...300.0
        static let valueSpace = 72.0
        static let headerY = 52.0
        static let firstRowTop = 62.0
        static let rowHeight = 28.0
        static let barHeight = 18.0
        static let ticks = [0.0, 0.25, 0.5, 0.75, 1.0]

        let rows: Int
        let labelRight: Double
        var plotLeft: Double { labelRight + 8 }
        var plotWidth: Double { ChartStyle.width - plotLeft - Self.valueSpace }

        init(rows: Int, labels: [String]) {
            self.rows = rows
            let widest = labels.map { ChartLabel.estimatedWidth(ChartLabel.singleLine($0), fontSize: ChartStyle.textSize) }.max() ?? 0
            labelRight = min(max(widest + 8, Self.labelColumn.lowerBound), Self.labelColumn.upperBound)
        }

        var plotTop: Double { Self.firstRowTop - 6 }
        var plotBottom: Double { Self.firstRowTop + Double(rows) * Self.rowHeight }
        var height: Double { plotBottom + 48 }

        func x(_ share: Double) -> Double { plotLeft + share.clamped(to: 0...1) * plotWidth }
        func barTop(_ row: Int) -> Double { Self.firstRowTop + Double(row) * Self.rowHeight + (Self.rowHeight - Self.barHeight) / 2 - 4 }
    }

    public func svg() -> String {
        let id = ChartIdentifier.make(kind: "bar", title: title, explicit: id)
        guard !bars.isEmpty else { return ChartFrame.empty(id: id, title: title, message: emptyText) }
        let layout = Layout(rows: bars.count, labels: bars.map(\.label) + [axis.y])
        let frame = ChartFrame(id: id, title: title, height: layout.height)
        var markup = SVGMarkup()
        frame.open(&markup)
        drawGridAndAxes(layout, &markup)
        for (row, bar) in bars.enumerated() {
            draw(bar, row: row, layout, &markup)
        }
        if let target, target.isFinite {
            drawTarget(target, layout, &markup)
        }
        frame.close(&markup)
        return markup.text
    }

    private func drawGridAndAxes(_ layout: Layout, _ markup: inout SVGMarkup) {
        markup.element("text", [
            ("class", "axis-label-y"), ("x", layout.labelRight.svg), ("y", Layout.headerY.svg),
            ("text-anchor", "end"), ("font-weight", "bold"),
        ], text: ChartLabel.truncated(axis.y, maxWidth: layout.labelRight - 8, fontSize: ChartStyle.textSize))
        markup.open("g", [("class", "axis-x")])
        for tick in Layout.ticks {
            let x = layout.x(tick).svg
            markup.empty("line", [
                ("x1", x), ("y1", layout.plotTop.svg), ("x2", x), ("y2", (layout.plotBottom + 4).svg),
                ("stroke", tick == 0 ? ChartStyle.axis : ChartStyle.grid), ("stroke-width", "1"),
            ])
            markup.element("text", [
                ("x", x), ("y", (layout.plotBottom + 18).svg), ("text-anchor", "middle"),
            ], text: ChartStyle.percent(tick))
        }
        markup.empty("line", [
            ("x1", layout.plotLeft.svg), ("y1", layout.plotBottom.svg),
            ("x2", layout.x(1).svg), ("y2", layout.plotBottom.svg),
            ("stroke", ChartStyle.axis), ("stroke-width", "1"),
        ])
        markup.element("text", [
            ("class", "axis-label-x"), ("x", (layout.plotLeft + layout.plotWidth / 2).svg),
            ("y", (layout.plotBottom + 38).svg), ("text-anchor", "middle"), ("font-weight", "bold"),
        ], text: ChartLabel.truncated(axis.x, maxWidth: ChartStyle.width - 16, fontSize: ChartStyle.textSize))
        markup.close("g")
    }

    private func draw(_ bar: Bar, row: Int, _ layout: Layout, _ markup: inout SVGMarkup) {
        let top = layout.barTop(row)
        let middle = top + Layout.barHeight / 2 + 4
        markup.open("g", [("class", "bar")])
        markup.element("title", text: ChartLabel.singleLine("\(bar.label): \(bar.valueText)"))
        markup.element("text", [
            ("class", "bar-label"), ("x", layout.labelRight.svg), ("y", middle.svg), ("text-anchor", "end"),
        ], text: ChartLabel.truncated(bar.label, maxWidth: layout.labelRight - 8, fontSize: ChartStyle.textSize))
        let end = layout.x(bar.value)
        markup.empty("rect", [
            ("x", layout.plotLeft.svg), ("y", top.svg), ("width", (end - layout.plotLeft).svg),
            ("height", Layout.barHeight.svg), ("fill", ChartStyle.bar),
        ])
        markup.element("text", [
            ("class", "bar-value"), ("x", (end + 6).svg), ("y", middle.svg),
        ], text: ChartLabel.singleLine(bar.valueText))
        markup.close("g")
    }

    private func drawTarget(_ target: Double, _ layout: Layout, _ markup: inout SVGMarkup) {
        let x = layout.x(target)
        let label = ChartLabel.singleLine(targetLabel ?? "Plan i dag: \(ChartStyle.percent(target))")
        let halfWidth = ChartLabel.estimatedWidth(label, fontSize: ChartStyle.textSize) / 2
        let anchor = x - halfWidth < layout.plotLeft ? "start" : (x + halfWidth > ChartStyle.width - 4 ? "end" : "middle")
        markup.open("g", [("class", "target")])
        markup.empty("line", [
            ("x1", x.svg), ("y1", (layout.plotTop + 2).svg), ("x2", x.svg), ("y2", (layout.plotBottom + 4).svg),
            ("stroke", ChartStyle.target), ("stroke-width", "2"), ("stroke-dasharray", "5 3"),
        ])
        markup.element("text", [
            ("class", "target-label"), ("x", x.svg), ("y", Layout.headerY.svg), ("text-anchor", anchor),
            ("fill", ChartStyle.target), ("font-weight", "bold"),
        ], text: label)
        markup.close("g")
    }
}
