/// One message about a place in a file, in the form compilers and swift-format print:
/// `path:line:column: error: [CODE] message`. The keyword and the code stay as they are for
/// editors and scripts; the message is in the user's language.
struct Diagnostic: Equatable {
    enum Severity: String {
        case error, warning
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

    var text: String {
        var place = path ?? "forankra"
        if path != nil, let location { place += ":\(location)" }
        var text = "\(place): \(severity.rawValue): "
        if path == nil, let location { text += "line \(location): " }
        if let code { text += "[\(code)] " }
        return text + message
    }
}
