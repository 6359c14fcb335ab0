/// The report as one self-contained, printable HTML file; charts stand where the markdown has
/// its `[[chart:…]]` markers.
enum ReportHTML {
    static func render(_ report: ProgressReport) -> String {
        let markdown = ReportMarkdown.render(report)
        var html = PrintHTML.render(title: report.language.pick("Uppföljning av införandet", "Rollout progress") + " · " + report.heading,
                                    language: report.language.rawValue, documents: [PrintDocument(title: report.heading, markdown: markdown)])
        for (name, svg) in ReportCharts.charts(report) {
            html = html.replacingOccurrences(of: "<p>[[chart:\(name)]]</p>", with: "<figure class=\"chart\">\(svg)</figure>")
        }
        // A chart not drawn (too little data) leaves no marker behind on paper.
        for name in ["departments", "sections", "timeline"] {
            html = html.replacingOccurrences(of: "<p>[[chart:\(name)]]</p>", with: "")
        }
        return html
    }
}

