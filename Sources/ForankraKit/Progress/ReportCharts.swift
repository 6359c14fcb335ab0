/// The report's charts: coverage by department with the plan marker, by section, and the
/// rollout over time against the plan. Each has a title and axis labels; its table stands by it.
enum ReportCharts {
    /// The chart as SVG, drawn from the report's figures.
    static func svg(_ chart: ReportDocument.Chart, _ report: ProgressReport) -> String {
        let l = report.language
        let f = report.figures
        let empty = l.pick("Inga uppgifter ännu", "No data yet")
        switch chart {
        case .departments:
            return BarChart(
                title: l.pick("Avsnitt som tagits upp på APT, per förvaltning", "Sections taken up at APT, by department"),
                axis: ChartAxisLabels(x: l.pick("Andel av avsnitten på förvaltningens arbetsplatser", "Share of the sections at the department's workplaces"),
                                      y: l.pick("Förvaltning", "Department")),
                bars: f.departments.map { BarChart.Bar(label: $0.name, value: $0.coverage, valueText: FigureText.percent($0.coverage)) },
                target: f.planned, targetLabel: f.planned.map { l.pick("Planen i dag: \(FigureText.percent($0))", "Plan today: \(FigureText.percent($0))") },
                emptyText: empty, id: "chart-departments").svg()
        case .sections:
            return BarChart(
                title: l.pick("Andel arbetsplatser som har haft APT om avsnittet", "Share of workplaces that held an APT on the section"),
                axis: ChartAxisLabels(x: l.pick("Andel av arbetsplatserna", "Share of the workplaces"), y: l.pick("Avsnitt", "Section")),
                bars: f.sections.map { BarChart.Bar(label: "\($0.id) \($0.title)", value: $0.coverage, valueText: FigureText.percent($0.coverage)) },
                emptyText: empty, id: "chart-sections").svg()
        case .timeline:
            return timeline(report.timeline, language: l, empty: empty)
        case .promises:
            return BarChart(
                title: l.pick("Programmets åtgärder och mål: andel klara per år", "The programme's actions and targets: share done by year"),
                axis: ChartAxisLabels(x: l.pick("Andel klara av årets punkter", "Share done of the year's points"), y: l.pick("Klart senast", "Due")),
                bars: (report.promises?.years ?? []).map { year in
                    BarChart.Bar(label: String(year.year), value: year.share, valueText: promiseYearText(year, l))
                },
                emptyText: empty, id: "chart-promises").svg()
        }
    }

    /// "2 av 5, 1 försenad".
    static func promiseYearText(_ year: PromiseProgress.Year, _ l: Language) -> String {
        l.pick("\(year.done) av \(year.due)", "\(year.done) of \(year.due)")
            + (year.late > 0 ? ", " + l.count(year.late, ("försenad", "försenade"), ("late", "late")) : "")
    }

    static func timeline(_ timeline: ProgressTimeline, language l: Language, empty: String) -> String {
        let points = timeline.points
        let first = Double(points.first?.date.dayNumber ?? 0)
        func x(_ date: CalendarDate) -> Double { Double(date.dayNumber) - first }
        let months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        var ticks: [(x: Double, label: String)] = []
        var lastMonth = -1
        for point in points where point.date.month != lastMonth {
            lastMonth = point.date.month
            // A start late in a month gets no label of its own; it would run into the next one.
            if ticks.isEmpty && point.date == points.first?.date && point.date.day > 15 { continue }
            ticks.append((x(point.date), months[point.date.month - 1] + (ticks.isEmpty || point.date.month == 1 ? " \(point.date.year)" : "")))
        }
        // About a dozen month labels at most, so they never run into each other.
        let step = max(1, (ticks.count + 11) / 12)
        ticks = ticks.enumerated().filter { $0.offset % step == 0 }.map(\.element)
        var series = [LineChart.Series(name: l.pick("Avsnitt som tagits upp på APT", "Sections taken up"), points: points.map { (x($0.date), $0.coverage) })]
        let planned = points.compactMap { point in point.planned.map { (x(point.date), $0) } }
        if !planned.isEmpty { series.append(LineChart.Series(name: l.pick("Planen", "Plan"), points: planned, dashed: true)) }
        return LineChart(
            title: l.pick("Avsnitt som tagits upp på APT över tid, mot planen", "Sections taken up at APT over time, against the plan"),
            axis: ChartAxisLabels(x: l.pick("Datum", "Date"), y: l.pick("Andel av avsnitten på alla arbetsplatser", "Share of the sections at all workplaces")),
            xTicks: ticks, yMaximum: 1, yTicks: stride(from: 0.0, through: 1.0, by: 0.25).map { ($0, FigureText.percent($0)) },
            series: series, emptyText: empty, id: "chart-timeline").svg()
    }
}
