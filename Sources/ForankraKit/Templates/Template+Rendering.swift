extension Template {
    /// Fills the template from `context`. `escape` is applied to every `{{name}}` value (the
    /// output format decides it); `{{& name}}` inserts the text as it is. Throws `ForankraError`
    /// (exit 65) naming the template, line and column of a tag whose name is unknown or whose
    /// value does not fit it.
    public func render(_ context: [String: TemplateValue], escape: (String) -> String) throws -> String {
        var output = ""
        do {
            try Self.render(nodes, in: TemplateContext(root: context), escape: escape, into: &output)
        } catch let error as ForankraError {
            throw error.inFile(name)
        }
        return output
    }

    private static func render(
        _ nodes: [TemplateNode], in context: TemplateContext, escape: (String) -> String, into output: inout String
    ) throws {
        for node in nodes {
            switch node {
            case .text(let text):
                output += text
            case .placeholder(let name, let escaped, let tag):
                let text = try context.text(for: name, at: tag)
                output += escaped ? escape(text) : text
            case .section(let name, let inverted, let body, let tag):
                let value = try context.resolve(name, at: tag)
                if inverted {
                    if !value.isShown {
                        try render(body, in: context, escape: escape, into: &output)
                    }
                } else {
                    for frame in value.sectionFrames {
                        try render(body, in: context.pushing(frame), escape: escape, into: &output)
                    }
                }
            }
        }
    }
}

extension TemplateValue {
    /// What a `{{#name}}` section renders its body with: once per list item, once with any other
    /// shown value, never when the value is not shown.
    fileprivate var sectionFrames: [TemplateValue] {
        guard isShown else { return [] }
        if case .list(let items) = self { return items }
        return [self]
    }
}
