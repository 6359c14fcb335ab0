/// The sheets of a set of sections, rendered.
enum SheetMaterial {
    static func make(ids: [String], analysis: ProgrammeAnalysis, settings: MaterialSettings, renderer: MaterialRenderer) throws -> MaterialSet {
        try make(sheets(ids: ids, analysis: analysis, settings: settings), analysis: analysis, settings: settings, renderer: renderer)
    }

    static func make(_ sheets: [AptSheet], analysis: ProgrammeAnalysis, settings: MaterialSettings, renderer: MaterialRenderer) throws -> MaterialSet {
        let heading = settings.documentHeading(for: analysis.programme)
        var set = MaterialSet(title: settings.language.pick("APT-underlag: ", "APT sheets: ") + analysis.programme.title)
        // Rendered on every core; the first sheet in order that fails gives the error.
        let language = settings.language
        let rendered = ParallelMap.map(sheets) { sheet in
            Result { try renderer.render("apt-underlag.md", sheet.templateContext(heading: heading, language: language)) }
        }
        for (sheet, markdown) in zip(sheets, rendered) {
            set.documents.append(.init(fileStem: sheet.fileStem, title: sheet.section.numberedTitle, markdown: try markdown.get()))
        }
        return set
    }

    /// The sheets in order, each avoiding the questions the ones before it ask: the same
    /// questions whether the set is printed or quoted in a facilitator guide.
    /// With `revision`, each sheet also says what changed in its chapter since the previous version.
    static func sheets(ids: [String], analysis: ProgrammeAnalysis, settings: MaterialSettings, revision: ProgrammeRevision? = nil) -> [AptSheet] {
        let drafts = ParallelMap.map(ids) { AptSheet.draft(for: $0, analysis: analysis, settings: settings) }
        var asked = Set<String>()
        var sheets: [AptSheet] = []
        for (id, draft) in zip(ids, drafts) {
            guard var sheet = draft?.sheet(avoiding: asked, analysis: analysis, settings: settings) else { continue }
            if let revision, let changes = SheetChanges(chapter: id, revision: revision, language: settings.language) {
                // What changed goes first on page 1; the quotes keep what room is left.
                sheet.changes = changes
                let fitted = AptSheet.Quote.fitting(sheet.quotes, lines: max(AptSheet.quoteLines - changes.printedLines, 0), keepingFirst: false)
                sheet.quotes = fitted.shown
                sheet.notShown += fitted.leftOut
            }
            asked.formUnion(sheet.questions)
            sheets.append(sheet)
        }
        return sheets
    }
}
