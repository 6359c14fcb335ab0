/// The stack of values a name is looked up in while rendering: the data the template was given
/// at the bottom, then one frame per section being rendered. Names resolve innermost first.
struct TemplateContext {
    /// Innermost last; never empty.
    private var frames: [TemplateValue]

    init(root: [String: TemplateValue]) {
        self.frames = [.object(root)]
    }

    func pushing(_ value: TemplateValue) -> TemplateContext {
        var copy = self
        copy.frames.append(value)
        return copy
    }

    /// The value `name` stands for at `tag`. The first part of a dotted name is looked for in
    /// every frame, innermost first; the rest only inside what the first part found.
    func resolve(_ name: TemplateName, at tag: TemplateTag) throws -> TemplateValue {
        guard let first = name.parts.first else {
            return frames[frames.count - 1]
        }
        guard var value = innermostField(first) else {
            throw TemplateProblem.unknownName(tag, known: namesInScope)
        }
        var path = first
        for part in name.parts.dropFirst() {
            guard case .object(let fields) = value else {
                throw TemplateProblem.notAnObject(tag, path: path, value: value)
            }
            guard let next = fields[part] else {
                throw TemplateProblem.unknownName(tag, known: fields.keys.sorted().map { path + "." + $0 })
            }
            value = next
            path += "." + part
        }
        return value
    }

    /// The text a `{{name}}` placeholder inserts; anything else there is an error.
    func text(for name: TemplateName, at tag: TemplateTag) throws -> String {
        let value = try resolve(name, at: tag)
        guard case .text(let text) = value else {
            throw TemplateProblem.notText(tag, value: value)
        }
        return text
    }

    private func innermostField(_ key: String) -> TemplateValue? {
        for frame in frames.reversed() {
            if case .object(let fields) = frame, let value = fields[key] { return value }
        }
        return nil
    }

    /// Every name a single-part lookup could find here, sorted.
    private var namesInScope: [String] {
        var names: Set<String> = []
        for case .object(let fields) in frames {
            names.formUnion(fields.keys)
        }
        return names.sorted()
    }
}
