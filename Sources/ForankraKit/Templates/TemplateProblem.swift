/// The one place that words template errors. Each carries the line and column of the tag; the
/// template's path is added by `Template`, which knows it.
enum TemplateProblem {
    // MARK: Parsing

    static func unclosedTag(at location: SourceLocation) -> ForankraError {
        problem("`{{` is never closed", at: location,
                hint: "End the tag with `}}` on the same line (only {{! comments }} may span lines).")
    }

    static func emptyName(tag: String, at location: SourceLocation) -> ForankraError {
        problem("\(tag) has no name", at: location,
                hint: "Write a name between the braces, e.g. {{sheet.title}}.")
    }

    static func malformedName(_ spelling: String, tag: String, at location: SourceLocation) -> ForankraError {
        let hint = spelling.hasPrefix("{")
            ? "Triple braces are not supported; write {{& name}} to insert text without escaping."
            : "A name holds letters, digits, `_` and `-`, with dots between its parts (e.g. {{sheet.title}}); {{.}} is the current item."
        return problem("malformed name `\(spelling)` in \(tag)", at: location, hint: hint)
    }

    static func unclosedSection(_ open: TemplateTag) -> ForankraError {
        problem("section \(open.display) is opened here but never closed", at: open.location,
                hint: "Add {{/\(open.nameText)}} where the section should end.")
    }

    static func closeWithoutOpen(_ close: TemplateTag) -> ForankraError {
        problem("\(close.display) closes `\(close.nameText)` but no section is open", at: close.location,
                hint: "Remove it, or open the section before it with {{#\(close.nameText)}}.")
    }

    static func mismatchedClose(_ close: TemplateTag, open: TemplateTag) -> ForankraError {
        problem("\(close.display) closes `\(close.nameText)` but `\(open.nameText)` (line \(open.location.line)) is open",
                at: close.location,
                hint: "Sections close innermost first: add {{/\(open.nameText)}} before \(close.display), or correct the name.")
    }

    // MARK: Rendering

    static func unknownName(_ tag: TemplateTag, known: [String]) -> ForankraError {
        let what = tag.kind == .placeholder || tag.kind == .raw ? "placeholder" : "section"
        let list = known.isEmpty ? "(none)" : known.joined(separator: ", ")
        return problem("unknown \(what) \(tag.display); known here: \(list)", at: tag.location,
                       hint: "Check the spelling in the template; names are case-sensitive.")
    }

    static func notText(_ tag: TemplateTag, value: TemplateValue) -> ForankraError {
        let name = tag.nameText
        let hint: String
        switch value {
        case .list:
            hint = "Use {{#\(name)}}…{{/\(name)}} to repeat over the list."
        case .object(let fields):
            let examples = fields.keys.sorted().prefix(3).map { "{{\(name == "." ? "" : name + ".")\($0)}}" }
            hint = "Name one of its fields" + (examples.isEmpty ? "." : ", e.g. " + examples.joined(separator: ", ") + ".")
        case .flag:
            hint = "Use {{#\(name)}}…{{/\(name)}} or {{^\(name)}}…{{/\(name)}} to show text depending on it."
        case .text:
            hint = ""
        }
        return problem("\(tag.display) is \(value.shapeDescription), not text", at: tag.location, hint: hint)
    }

    static func notAnObject(_ tag: TemplateTag, path: String, value: TemplateValue) -> ForankraError {
        problem("\(tag.display) reaches through `\(path)`, which is \(value.shapeDescription), not an object with fields",
                at: tag.location, hint: "Only objects have fields; check the name.")
    }

    private static func problem(_ message: String, at location: SourceLocation, hint: String) -> ForankraError {
        ForankraError.data(message, line: location.line, column: location.column, hint: hint)
    }
}

extension TemplateTag {
    fileprivate var nameText: String { name?.description ?? "" }
}
