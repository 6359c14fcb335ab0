/// The sheets of a set of sections, rendered.
enum SheetMaterial {
    static func make(ids: [String], analysis: ProgrammeAnalysis, settings: MaterialSettings, renderer: MaterialRenderer) throws -> MaterialSet {
        let heading = settings.documentHeading(for: analysis.programme)
        var set = MaterialSet(title: settings.language.pick("APT-underlag: ", "APT sheets: ") + analysis.programme.title)
        var asked = Set<String>()
        for id in ids {
            guard let sheet = AptSheet.make(for: id, analysis: analysis, settings: settings, askedElsewhere: asked) else { continue }
            asked.formUnion(sheet.questions)
            let markdown = try renderer.render("apt-underlag.md", sheet.templateContext(heading: heading, language: settings.language))
            set.documents.append(.init(fileStem: sheet.fileStem, title: sheet.section.numberedTitle, markdown: markdown))
        }
        return set
    }
}
