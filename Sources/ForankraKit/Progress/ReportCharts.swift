/// The report's charts: bars by department and by section, and the rollout over time against
/// the plan. Each has a title and axis labels; the table it draws stands beside it.
enum ReportCharts {
    static func charts(_ report: ProgressReport) -> [(String, String)] {
        let l = report.language
        let f = report.figures
        var charts: [(String, String)] = []
        if !f.departments.isEmpty {
            charts.append(("departments", bars(
                id: "chart-departments", title: l.pick("APT-täckning per förvaltning", "APT coverage by department"),
                xLabel: l.pick("Andel av alla avsnitt på förvaltningens arbetsplatser", "Share of all sections at the department's workplaces"),
                yLabel: l.pick("Förvaltning", "Department"),
                bars: f.departments.map { ($0.name, $0.coverage) }, marker: f.planned, markerLabel: l.pick("planen i dag", "plan today"))))
        }
        if !f.sections.isEmpty {
            charts.append(("sections", bars(
                id: "chart-sections", title: l.pick("Andel chefer som har haft APT om avsnittet", "Share of managers who held an APT on the section"),
                xLabel: l.pick("Andel aktiva chefer", "Share of active managers"), yLabel: l.pick("Avsnitt", "Section"),
                bars: f.sections.map { ("\($0.id) \($0.title)", $0.coverage) }, marker: nil, markerLabel: nil)))
        }
        if report.timeline.points.count >= 2 {
            charts.append(("timeline", timeline(report.timeline, language: l)))
        }
        return charts
    }

    static let barColour = "#2f5d8a"

    static func bars(id: String, title: String, xLabel: String, yLabel: String, bars: [(String, Double)], marker: Double?, markerLabel: String?) -> String {
        let left = 210.0, right = 44.0, top = 34.0, rowHeight = 22.0, width = 560.0
        let plotWidth = width - left - right
        let height = top + Double(bars.count) * rowHeight + 44
        var canvas = SVGCanvas()
        canvas.text(title, x: 0, y: 16, size: 14, weight: "600")
        canvas.text(yLabel, x: 0, y: top - 6, size: 10, fill: "#555")
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let x = left + tick * plotWidth
            canvas.line(x1: x, y1: top, x2: x, y2: top + Double(bars.count) * rowHeight, stroke: "#dddddd")
            canvas.text(StatusText.percent(tick), x: x, y: top + Double(bars.count) * rowHeight + 14, anchor: "middle", size: 10, fill: "#555")
        }
        for (index, bar) in bars.enumerated() {
            let y = top + Double(index) * rowHeight
            let label = bar.0.count > 32 ? String(bar.0.prefix(31)) + "…" : bar.0
            canvas.text(label, x: left - 8, y: y + 15, anchor: "end", size: 10.5)
            canvas.rect(x: left, y: y + 4, width: min(max(bar.1, 0), 1) * plotWidth, height: rowHeight - 8, fill: barColour)
            canvas.text(StatusText.percent(bar.1), x: left + min(max(bar.1, 0), 1) * plotWidth + 4, y: y + 15, size: 10)
        }
        if let marker {
            let x = left + min(max(marker, 0), 1) * plotWidth
            canvas.line(x1: x, y1: top - 4, x2: x, y2: top + Double(bars.count) * rowHeight, stroke: "#b03a2e", dashed: true, width: 1.5)
            if let markerLabel { canvas.text(markerLabel, x: x, y: top - 8, anchor: "middle", size: 10, fill: "#b03a2e") }
        }
        canvas.text(xLabel, x: left + plotWidth / 2, y: height - 8, anchor: "middle", size: 10.5, fill: "#333")
        return canvas.svg(id: id, title: title, width: width, height: height)
    }

    static func timeline(_ timeline: ProgressTimeline, language l: Language) -> String {
        let title = l.pick("Införandet över tid, mot planen", "The rollout over time, against the plan")
        let left = 52.0, right = 20.0, top = 40.0, plotHeight = 180.0, width = 560.0
        let plotWidth = width - left - right
        let height = top + plotHeight + 56
        let points = timeline.points
        let first = Double(points.first?.date.dayNumber ?? 0), last = Double(points.last?.date.dayNumber ?? 1)
        let span = max(last - first, 1)
        func x(_ date: CalendarDate) -> Double { left + (Double(date.dayNumber) - first) / span * plotWidth }
        func y(_ share: Double) -> Double { top + plotHeight - min(max(share, 0), 1) * plotHeight }
        var canvas = SVGCanvas()
        canvas.text(title, x: 0, y: 16, size: 14, weight: "600")
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            canvas.line(x1: left, y1: y(tick), x2: left + plotWidth, y2: y(tick), stroke: "#dddddd")
            canvas.text(StatusText.percent(tick), x: left - 6, y: y(tick) + 4, anchor: "end", size: 10, fill: "#555")
        }
        let months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        var lastMonth = -1
        var lastLabelX = -1_000.0
        // One label a month, and none so close to the last that the two would overlap.
        for point in points where point.date.month != lastMonth && x(point.date) - lastLabelX >= 44 {
            lastMonth = point.date.month
            lastLabelX = x(point.date)
            canvas.text(months[point.date.month - 1] + (point.date.month == 1 || point.date == points[0].date ? " \(point.date.year)" : ""),
                        x: x(point.date), y: top + plotHeight + 16, anchor: "middle", size: 10, fill: "#555")
        }
        let planned = points.compactMap { point in point.planned.map { (x(point.date), y($0)) } }
        canvas.path(planned, stroke: "#b03a2e", dashed: true, width: 2)
        canvas.path(points.map { (x($0.date), y($0.coverage)) }, stroke: barColour, dashed: false, width: 2.5)
        canvas.text(l.pick("Andel av alla avsnitt på alla arbetsplatser", "Share of all sections at all workplaces"), x: 0, y: top - 8, size: 10, fill: "#555")
        canvas.text(l.pick("Datum", "Date"), x: left + plotWidth / 2, y: top + plotHeight + 34, anchor: "middle", size: 10.5, fill: "#333")
        canvas.line(x1: left, y1: height - 10, x2: left + 24, y2: height - 10, stroke: barColour, width: 2.5)
        canvas.text(l.pick("Införandet", "Rollout"), x: left + 30, y: height - 6, size: 10.5)
        if !planned.isEmpty {
            canvas.line(x1: left + 140, y1: height - 10, x2: left + 164, y2: height - 10, stroke: "#b03a2e", dashed: true, width: 2)
            canvas.text(l.pick("Planen", "Plan"), x: left + 170, y: height - 6, size: 10.5)
        }
        return canvas.svg(id: "chart-timeline", title: title, width: width, height: height)
    }
}
