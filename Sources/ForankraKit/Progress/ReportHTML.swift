/// The report as one self-contained, printable HTML file: the markdown parts as print HTML,
/// each chart drawn as SVG where the document places it.
enum ReportHTML {
    static func render(_ report: ProgressReport) -> String {
        let parts = ReportMarkdown.document(report).parts.map { part -> PrintDocument.Part in
            switch part {
            case .text(let markdown): return .markdown(markdown)
            case .chart(let chart): return .figure(svg: ReportCharts.svg(chart, report))
            }
        }
        return PrintHTML.render(title: report.language.pick("Uppföljning av införandet", "Rollout progress") + " · " + report.heading,
                                language: report.language.rawValue, documents: [PrintDocument(title: report.heading, parts: parts)])
    }
}
