/// Renders the language's templates with markdown escaping, so text from the programme or the
/// user can never turn into markup on a printed page.
struct MaterialRenderer {
    var templates: TemplateSource
    var language: Language

    func render(_ name: String, _ context: [String: TemplateValue]) throws -> String {
        let template = try templates.template("\(language.rawValue)/\(name)")
        return try template.render(context, escape: MarkdownText.escape)
    }

    /// One self-contained printable page set for the documents, in order.
    func html(title: String, documents: [PrintDocument]) -> String {
        PrintHTML.render(title: title, language: language.rawValue, documents: documents)
    }
}

/// The printable documents one command produces, written as a folder of markdown and HTML
/// files plus an index that prints everything in order.
struct MaterialSet {
    struct Document {
        var fileStem: String
        var title: String
        var markdown: String
    }

    var title: String
    var documents: [Document] = []

    func folder(renderer: MaterialRenderer, indexIntro: String) -> OutputFolder {
        var folder = OutputFolder()
        for document in documents {
            folder.add(document.fileStem + ".md", document.markdown)
            folder.add(document.fileStem + ".html", renderer.html(title: document.title, documents: [PrintDocument(title: document.title, markdown: document.markdown)]))
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
        let all = documents.map { PrintDocument(title: $0.title, markdown: $0.markdown) }
        folder.add("index.html", renderer.html(title: title, documents: all))
        return folder
    }
}
