/// One logical content line, `NAME;PARAM=value:value`, before folding.
/// The value is written as given: callers escape TEXT with `ICalendarText.escaped(_:)`.
struct ICalendarContentLine: Equatable {
    struct Parameter: Equatable {
        var name: String
        /// Raw parameter text; `ICalendarText.parameterValue(_:)` quotes or cleans it.
        var value: String
    }

    var name: String
    var parameters: [Parameter]
    var value: String

    init(_ name: String, _ parameters: [Parameter], _ value: String) {
        self.name = name
        self.parameters = parameters
        self.value = value
    }

    init(_ name: String, _ value: String) {
        self.init(name, [], value)
    }

    /// The unfolded line, without its line ending.
    var unfolded: String {
        let parameterText = parameters.map { ";\($0.name)=\(ICalendarText.parameterValue($0.value))" }.joined()
        return "\(name)\(parameterText):\(value)"
    }

    /// Folded to at most 75 octets per physical line, each ending in CRLF.
    var rendered: String {
        ICalendarFolding.fold(unfolded).map { $0 + "\r\n" }.joined()
    }
}
