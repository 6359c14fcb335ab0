@testable import ForankraKit
import Foundation

/// A template HR adapted (Template.parse: the mustache-subset scanner, standalone lines, the
/// section tree), rendered with an APT sheet's context (Template.render with markdown escaping)
/// and printed as HTML, as `sheets --templates DIR` does.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "mallar/sv/apt-underlag.md") { text in
        let template = try Template.parse(text, name: "mallar/sv/apt-underlag.md")
        FuzzSink.keep(template.referencedNames)
        let markdown = try template.render(FuzzTemplate.context, escape: MarkdownText.escape)
        FuzzSink.keep(PrintHTML.render(title: "Fuzz", language: "sv", documents: [PrintDocument(title: "Fuzz", markdown: markdown)]))
    }
}

/// The shape AptSheet.templateContext gives the sheet templates.
enum FuzzTemplate {
    static let context: [String: TemplateValue] = [
        "document": .object(["heading": .text("Sjöhamra kommun")]),
        "sheet": .object([
            "id": .text("5"), "title": .text("Arbetsmiljö och hälsa"), "numberedTitle": .text("5 Arbetsmiljö och hälsa"),
            "reference": .text("avsnitt 5 av 11"), "minutes": .text("30"), "source": .text("avsnitt 5, Arbetsmiljö och hälsa"),
            "more": .text(""),
        ]),
        "plan": .object(["introduction": .text("5"), "conversation": .text("15"), "sharing": .text("5"), "nextStep": .text("5")]),
        "quotes": .list([
            .object(["text": .text("Som chef förväntas du:"), "source": .text("5.1"), "items": .list([
                .object(["text": .text("leda *arbetet*"), "last": .flag(false)]),
                .object(["text": .text("vara tillgänglig"), "last": .flag(true)]),
            ])]),
            .object(["text": .text("Vi arbetar för en god arbetsmiljö."), "source": .text(""), "items": .list([])]),
        ]),
        "questions": .list([
            .object(["number": .text("1"), "text": .text("Vad fungerar bra hos oss?")]),
            .object(["number": .text("2"), "text": .text("Vad vill vi ändra på?")]),
        ]),
        "themes": .text("Arbetsmiljö, Ledarskap"),
        "guidance": .list([.text("Låt alla komma till tals.")]),
        "empty": .list([]),
        "flag": .flag(true),
    ]
}
