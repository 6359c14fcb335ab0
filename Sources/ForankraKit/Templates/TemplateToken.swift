/// The flat reading of a template: runs of text and tags, in source order.
enum TemplateToken: Sendable, Equatable {
    case text(String)
    case tag(TemplateTag)

    /// Splits `source` into text and tags. A tag must close on the line it opens on, except a
    /// comment, which may run over several lines.
    static func read(_ source: String) throws -> [TemplateToken] {
        var scanner = TemplateScanner(source)
        var tokens: [TemplateToken] = []
        while !scanner.isAtEnd {
            if scanner.isLooking(at: "{{") {
                tokens.append(.tag(try readTag(from: &scanner)))
            } else {
                tokens.append(.text(scanner.read(upTo: "{{")))
            }
        }
        return tokens
    }

    private static func readTag(from scanner: inout TemplateScanner) throws -> TemplateTag {
        let start = scanner.location
        scanner.skip(2)
        let content = scanner.read(upTo: "}}")
        guard !scanner.isAtEnd else {
            throw TemplateProblem.unclosedTag(at: start)
        }
        scanner.skip(2)
        let isComment = content.trimmingSpacesAndTabs().first == "!"
        // `{{name` followed later by another tag would otherwise swallow the text between them.
        if !isComment && (content.contains("\n") || content.contains("{{")) {
            throw TemplateProblem.unclosedTag(at: start)
        }
        return try TemplateTag(content: content, location: start)
    }
}
