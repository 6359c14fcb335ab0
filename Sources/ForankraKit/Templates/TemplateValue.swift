/// What a template is filled from: a closed set of shapes, never reflection over Swift types.
public enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([TemplateValue])
    case object([String: TemplateValue])
}

extension TemplateValue {
    /// Whether a `{{#name}}` section shows: false, an empty list and empty text do not;
    /// everything else (including an object, even an empty one) does.
    var isShown: Bool {
        switch self {
        case .text(let text): return !text.isEmpty
        case .flag(let flag): return flag
        case .list(let items): return !items.isEmpty
        case .object: return true
        }
    }

    /// The value's shape in words, for error messages ("is a list, not text").
    var shapeDescription: String {
        switch self {
        case .text: return "text"
        case .flag: return "a yes/no flag"
        case .list: return "a list"
        case .object: return "an object"
        }
    }
}
