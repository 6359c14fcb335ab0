/// The sheets of a set of sections, rendered.
enum SheetMaterial {
    static func make(ids: [String], analysis: ProgrammeAnalysis, settings: MaterialSettings, renderer: MaterialRenderer) throws -> MaterialSet {
        try make(sheets(ids: ids, analysis: analysis, settings: settings), analysis: analysis, settings: settings, renderer: renderer)
    }

    static func make(_ sheets: [AptSheet], analysis: ProgrammeAnalysis, settings: MaterialSettings, renderer: MaterialRenderer) throws -> MaterialSet {
        let heading = settings.documentHeading(for: analysis.programme)
        var set = MaterialSet(title: settings.language.pick("APT-underlag: ", "APT sheets: ") + analysis.programme.title)
        for sheet in sheets {
            let markdown = try renderer.render("apt-underlag.md", sheet.templateContext(heading: heading, language: settings.language))
            set.documents.append(.init(fileStem: sheet.fileStem, title: sheet.section.numberedTitle, markdown: markdown))
        }
        return set
    }

    /// The sheets in order, each avoiding the questions the ones before it ask: the same
    /// questions whether the set is printed or quoted in a facilitator guide.
    static func sheets(ids: [String], analysis: ProgrammeAnalysis, settings: MaterialSettings) -> [AptSheet] {
        var asked = Set<String>()
        var sheets: [AptSheet] = []
        for id in ids {
            guard let sheet = AptSheet.make(for: id, analysis: analysis, settings: settings, askedElsewhere: asked) else { continue }
            asked.formUnion(sheet.questions)
            sheets.append(sheet)
        }
        return sheets
    }
}
