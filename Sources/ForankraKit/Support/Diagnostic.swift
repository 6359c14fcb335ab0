/// One message about a place in a file, in the form compilers and swift-format print:
/// `path:line:column: error: [CODE] message`. The keyword and the code stay as they are for
/// editors and scripts; the message is in the user's language.
struct Diagnostic: Equatable {
    enum Severity: String {
        case error, warning

        func word(_ language: Language) -> String {
            switch self {
            case .error: return language.pick("fel", "error")
            case .warning: return language.pick("varning", "warning")
            }
        }
    }

    var severity: Severity
    var path: String?
    var location: SourceLocation?
    var code: String?
    var message: String

    init(severity: Severity, path: String? = nil, location: SourceLocation? = nil, code: String? = nil, message: String) {
        self.severity = severity
        self.path = path
        self.location = location
        self.code = code
        self.message = message
    }

    /// `path:line: fel: [CODE] message` in Swedish, `error:` in English: the form compilers
    /// print, so an editor can still jump to the place, with the word a person reads in the
    /// language of the interface.
    func text(_ language: Language) -> String {
        var place = path ?? "forankra"
        if path != nil, let location { place += ":\(location)" }
        var text = "\(place): \(severity.word(language)): "
        if path == nil, let location { text += language.pick("rad", "line") + " \(location): " }
        if let code { text += "[\(code)] " }
        return text + message
    }
}
