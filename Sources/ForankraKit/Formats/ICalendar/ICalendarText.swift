/// How values are made safe for a content line (RFC 5545 §3.1, §3.3.11).
enum ICalendarText {
    /// A TEXT value: `\` `;` `,` are escaped and every line break (`\r\n`, `\r`, `\n`) becomes
    /// `\n`. Other control characters cannot appear in TEXT and are dropped; a tab is kept.
    static func escaped(_ text: String) -> String {
        var result = ""
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasCarriageReturn = scalar == "\r" }
            switch scalar {
            case "\\": result += "\\\\"
            case ";": result += "\\;"
            case ",": result += "\\,"
            case "\r": result += "\\n"
            case "\n": if !previousWasCarriageReturn { result += "\\n" }
            case "\t": result.unicodeScalars.append(scalar)
            default:
                if !isControl(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// A parameter value such as CN. It cannot hold DQUOTE or control characters at all, so
    /// DQUOTE is dropped and a line break or tab becomes a space; the value is quoted when it
    /// holds `:` `;` or `,`.
    static func parameterValue(_ text: String) -> String {
        var cleaned = ""
        for scalar in text.unicodeScalars where scalar != "\"" {
            if scalar == "\r" || scalar == "\n" || scalar == "\t" {
                if cleaned.unicodeScalars.last != " " { cleaned += " " }
            } else if !isControl(scalar) {
                cleaned.unicodeScalars.append(scalar)
            }
        }
        let needsQuotes = cleaned.unicodeScalars.contains { $0 == ":" || $0 == ";" || $0 == "," }
        return needsQuotes ? "\"\(cleaned)\"" : cleaned
    }

    /// A URI value such as `mailto:…`, written as given (non-ASCII included) except control
    /// characters, which would break the line and could smuggle in a property of their own.
    static func uri(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars where !isControl(scalar) {
            result.unicodeScalars.append(scalar)
        }
        return result
    }

    /// CONTROL in RFC 5545: U+0000–U+001F and U+007F.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
