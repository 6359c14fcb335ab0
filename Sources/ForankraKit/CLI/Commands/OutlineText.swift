/// The outline as a person reads it in a 100-column terminal.
enum OutlineText {
    static func render(_ analysis: ProgrammeAnalysis, path: String, language: Language, output: Output) -> String {
        let programme = analysis.programme
        var lines: [String] = [output.bold(programme.title)]
        var source = [shapeName(programme.source.shape, language), programme.source.encoding.rawValue]
        if let pages = programme.source.pageCount { source.append(language.pick("\(pages) sidor", "\(pages) pages")) }
        lines.append(language.pick("Källa: ", "Source: ") + path + " (" + source.joined(separator: ", ") + ")")
        if let layout = programme.source.layout { lines.append(layoutLine(layout, language)) }
        if !programme.metadata.isEmpty {
            lines.append("")
            lines.append(language.pick("Uppgifter om dokumentet:", "About the document:"))
            for entry in programme.metadata { lines.append("  \(entry.key): \(entry.value)") }
        }
        lines.append("")
        lines += sectionTable(analysis, language: language, output: output)
        let sentenceTotal = analysis.facts.values.reduce(0) { $0 + $1.sentenceCount }
        let statementTotal = analysis.facts.values.reduce(0) { $0 + $1.keyStatements.count }
        lines.append("")
        lines.append(language.pick(
            "\(programme.sections.count) avsnitt, \(sentenceTotal) meningar och punkter, \(statementTotal) möjliga citat (kärnpåståenden).",
            "\(programme.sections.count) sections, \(sentenceTotal) sentences and items, \(statementTotal) quotable key statements."))
        if !programme.warnings.isEmpty {
            lines.append("")
            lines.append(output.warning(language.pick("Att kontrollera:", "To check:")))
            for warning in programme.warnings { lines.append("  " + warning.text(language)) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func shapeName(_ shape: Programme.Shape, _ language: Language) -> String {
        switch shape {
        case .markdown: return "markdown"
        case .plainText: return language.pick("text", "text")
        case .html: return language.pick("webbsida", "web page")
        case .word: return language.pick("Word-dokument", "Word document")
        case .openDocument: return language.pick("OpenDocument-text", "OpenDocument text")
        case .pdf: return "PDF"
        }
    }

    /// "Ur layouten: rubriker i 3 nivåer från formatmallarna, 12 listpunkter, 6 tabellrader."
    static func layoutLine(_ layout: Programme.Layout, _ language: Language) -> String {
        let source = layout.headingSource == .styles
            ? language.pick("från formatmallarna", "from the paragraph styles")
            : language.pick("från teckenstorlek och fetstil", "from font size and weight")
        var parts = [language.pick("rubriker i \(layout.headingLevels) \(layout.headingLevels == 1 ? "nivå" : "nivåer") ",
                                   "headings on \(language.count(layout.headingLevels, ("", ""), ("level", "levels"))) ") + source]
        if layout.listItems > 0 { parts.append(language.count(layout.listItems, ("listpunkt", "listpunkter"), ("list item", "list items"))) }
        if layout.tableRows > 0 { parts.append(language.count(layout.tableRows, ("tabellrad", "tabellrader"), ("table row", "table rows"))) }
        if layout.pageFurniture > 0 {
            parts.append(language.count(layout.pageFurniture, ("sidhuvud eller sidfot borttaget", "sidhuvuden och sidfötter borttagna"),
                                        ("running header or footer removed", "running headers and footers removed")))
        }
        return language.pick("Ur layouten: ", "From the layout: ") + parts.joined(separator: ", ") + "."
    }

    private static func sectionTable(_ analysis: ProgrammeAnalysis, language: Language, output: Output) -> [String] {
        let sections = analysis.programme.sections
        let idWidth = min(14, (sections.map { $0.id.count + 2 * ($0.level - 1) }.max() ?? 2) + 2)
        let titleWidth = 36
        let themeWidth = 100 - idWidth - titleWidth - 20 - 2
        var lines = [output.dim(
            pad(language.pick("Avsnitt", "Section"), idWidth + titleWidth)
            + leftPad(language.pick("Meningar", "Sentences"), 10)
            + leftPad(language.pick("Citat", "Quotes"), 10) + "  " + language.pick("Teman", "Themes"))]
        for section in sections {
            let facts = analysis.facts[section.id]
            let indent = String(repeating: "  ", count: max(0, section.level - 1))
            let themes = (facts?.themes ?? []).map { $0.name(english: language == .en) }
            lines.append(
                pad(indent + section.id, idWidth) + pad(truncate(section.title, titleWidth - 1), titleWidth)
                + leftPad(String(facts?.sentenceCount ?? 0), 10) + leftPad(String(facts?.keyStatements.count ?? 0), 10)
                + "  " + fitting(themes, width: themeWidth))
        }
        return lines
    }

    /// Whole theme names, as many as fit, then "+N" for the rest: a cut-off name reads worse
    /// than a count.
    static func fitting(_ names: [String], width: Int) -> String {
        var shown: [String] = []
        for (index, name) in names.enumerated() {
            let rest = names.count - index - 1
            let candidate = (shown + [name]).joined(separator: ", ") + (rest > 0 ? " +\(rest)" : "")
            if candidate.count > width && !shown.isEmpty {
                return shown.joined(separator: ", ") + " +\(names.count - shown.count)"
            }
            shown.append(name)
        }
        return truncate(shown.joined(separator: ", "), width)
    }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    static func leftPad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    static func truncate(_ text: String, _ width: Int) -> String {
        guard width > 1, text.count > width else { return text }
        return String(text.prefix(width - 1)) + "…"
    }
}
