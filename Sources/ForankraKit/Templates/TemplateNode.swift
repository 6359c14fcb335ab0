/// The parsed template: text, placeholders and (inverted) sections holding their own bodies.
indirect enum TemplateNode: Sendable, Equatable {
    case text(String)
    /// `{{name}}`, or `{{& name}}` when `escaped` is false.
    case placeholder(TemplateName, escaped: Bool, tag: TemplateTag)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TemplateName, inverted: Bool, body: [TemplateNode], tag: TemplateTag)
}

extension TemplateNode {
    /// Builds the tree from the flat tokens, matching every section with its own closing tag.
    static func tree(from tokens: [TemplateToken]) throws -> [TemplateNode] {
        var builder = TreeBuilder()
        for token in tokens {
            try builder.add(token)
        }
        return try builder.finish()
    }

    /// Every name used by placeholders and sections in `nodes`, as written (dotted), without `.`.
    static func names(in nodes: [TemplateNode]) -> Set<String> {
        var names: Set<String> = []
        for node in nodes {
            switch node {
            case .text:
                break
            case .placeholder(let name, _, _):
                if !name.isCurrentItem { names.insert(name.description) }
            case .section(let name, _, let body, _):
                if !name.isCurrentItem { names.insert(name.description) }
                names.formUnion(Self.names(in: body))
            }
        }
        return names
    }
}

/// A stack of the sections that are open while the tokens are read.
private struct TreeBuilder {
    private struct OpenSection {
        var name: TemplateName
        var tag: TemplateTag
    }

    private var open: [OpenSection] = []
    /// The body being filled for each open section, after the template's top level at index 0.
    private var bodies: [[TemplateNode]] = [[]]

    mutating func add(_ token: TemplateToken) throws {
        switch token {
        case .text(let text):
            appendText(text)
        case .tag(let tag):
            try add(tag)
        }
    }

    func finish() throws -> [TemplateNode] {
        if let section = open.last {
            throw TemplateProblem.unclosedSection(section.tag)
        }
        return bodies[0]
    }

    private mutating func add(_ tag: TemplateTag) throws {
        guard let name = tag.name else { return }  // a comment
        switch tag.kind {
        case .placeholder, .raw:
            append(.placeholder(name, escaped: tag.kind == .placeholder, tag: tag))
        case .sectionOpen, .invertedOpen:
            open.append(OpenSection(name: name, tag: tag))
            bodies.append([])
        case .sectionClose:
            try close(name, tag: tag)
        case .comment:
            break
        }
    }

    private mutating func close(_ name: TemplateName, tag: TemplateTag) throws {
        guard let section = open.popLast() else {
            throw TemplateProblem.closeWithoutOpen(tag)
        }
        guard section.name == name else {
            throw TemplateProblem.mismatchedClose(tag, open: section.tag)
        }
        let body = bodies.removeLast()
        append(.section(name, inverted: section.tag.kind == .invertedOpen, body: body, tag: section.tag))
    }

    /// Adjacent text (left where a comment was) is joined, so rendering appends one string.
    private mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        let level = bodies.count - 1
        if case .text(let previous) = bodies[level].last {
            bodies[level].removeLast()
            bodies[level].append(.text(previous + text))
        } else {
            bodies[level].append(.text(text))
        }
    }

    private mutating func append(_ node: TemplateNode) {
        bodies[bodies.count - 1].append(node)
    }
}
