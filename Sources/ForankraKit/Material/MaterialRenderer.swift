import Foundation

/// Renders the language's templates with markdown escaping, so text from the programme or the
/// user can never turn into markup on a printed page.
struct MaterialRenderer {
    var templates: TemplateSource
    var language: Language
    /// Each template parsed once per run: `sheets --all` renders the sheet template for every
    /// section of the programme.
    private let parsed = ParsedTemplates()

    init(templates: TemplateSource, language: Language) {
        self.templates = templates
        self.language = language
    }

    func render(_ name: String, _ context: [String: TemplateValue]) throws -> String {
        let relative = "\(language.rawValue)/\(name)"
        let template = try parsed.template(relative) { try templates.template(relative) }
        return try template.render(context, escape: MarkdownText.escape)
    }

    /// One self-contained printable page set of documents already rendered with
    /// `PrintHTML.section`, in order.
    func html(title: String, sections: [String]) -> String {
        PrintHTML.page(title: title, language: language.rawValue, sections: sections)
    }
}

/// The printable documents one command produces, written as a folder of markdown and HTML
/// files plus an index that prints everything in order.
struct MaterialSet {
    struct Document: Sendable {
        var fileStem: String
        var title: String
        var markdown: String
    }

    var title: String
    var documents: [Document] = []

    func folder(renderer: MaterialRenderer, indexIntro: String) -> OutputFolder {
        var folder = OutputFolder()
        // Each document's HTML is made once, for its own page and for the index, and its own
        // page around it, on every core.
        let pages = ParallelMap.map(documents) { document in
            let section = PrintHTML.section(PrintDocument(title: document.title, markdown: document.markdown))
            return (section: section, page: renderer.html(title: document.title, sections: [section]))
        }
        let sections = pages.map(\.section)
        for (document, page) in zip(documents, pages) {
            folder.add(document.fileStem + ".md", document.markdown)
            folder.add(document.fileStem + ".html", page.page)
        }
        let language = renderer.language
        var index = "# \(MarkdownText.escape(title))\n\n\(indexIntro)\n\n"
        index += language.pick("| Dokument | Markdown | För utskrift |\n| --- | --- | --- |\n", "| Document | Markdown | For printing |\n| --- | --- | --- |\n")
        for document in documents {
            index += "| \(MarkdownText.escape(document.title)) | \(document.fileStem).md | \(document.fileStem).html |\n"
        }
        index += "\n" + language.pick(
            "Öppna index.html i en webbläsare och skriv ut den för att få alla dokument i ordning, vart och ett på en ny sida.",
            "Open index.html in a web browser and print it to get every document in order, each on a new page.") + "\n"
        folder.add("index.md", index)
        // The printed pack opens with its first document (the agenda), not with a page of file
        // names nobody at the workshop needs; the list stays in index.md.
        folder.add("index.html", renderer.html(title: title, sections: sections))
        return folder
    }
}

/// Templates parsed so far, by path. A template that does not parse is not kept, so every use
/// of it fails with its message.
private final class ParsedTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var byPath: [String: Template] = [:]

    func template(_ relative: String, parse: () throws -> Template) throws -> Template {
        if let known = lock.withLock({ byPath[relative] }) { return known }
        let template = try parse()
        lock.withLock { byPath[relative] = template }
        return template
    }
}
