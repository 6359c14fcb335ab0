/// A JSON value that keeps its keys in the order they were written, so output is stable and
/// reads in the order the README documents.
public indirect enum JSONValue: Equatable, Sendable {
    case string(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.rendered() == rhs.rendered()
    }

    public static func optional(_ text: String?) -> JSONValue {
        text.map(JSONValue.string) ?? .null
    }

    /// Pretty-printed with two-space indents and a final newline.
    public func rendered() -> String {
        var out = ""
        write(into: &out, indent: 0)
        return out + "\n"
    }

    private func write(into out: inout String, indent: Int) {
        switch self {
        case .string(let text): JSONValue.appendQuoted(text, to: &out)
        case .integer(let value): out += String(value)
        case .number(let value):
            out += value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null"
        case .bool(let value): out += value ? "true" : "false"
        case .null: out += "null"
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            let pad = String(repeating: "  ", count: indent + 1)
            out += "[\n"
            for (index, item) in items.enumerated() {
                out += pad
                item.write(into: &out, indent: indent + 1)
                out += index < items.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let fields):
            guard !fields.isEmpty else { out += "{}"; return }
            let pad = String(repeating: "  ", count: indent + 1)
            out += "{\n"
            for (index, field) in fields.enumerated() {
                out += pad
                JSONValue.appendQuoted(field.0, to: &out)
                out += ": "
                field.1.write(into: &out, indent: indent + 1)
                out += index < fields.count - 1 ? ",\n" : "\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// `text` quoted onto `out`; as it stands when nothing in it needs an escape, which is
    /// nearly every question and name of a report that lists thousands.
    static func appendQuoted(_ text: String, to out: inout String) {
        if needsNoEscape(text) {
            out += "\""
            out += text
            out += "\""
        } else {
            out += quoted(text)
        }
    }

    /// No quote mark, backslash, control character or line or paragraph separator
    /// (U+2028 and U+2029 are E2 80 A8 and E2 80 A9 in UTF-8).
    private static func needsNoEscape(_ text: String) -> Bool {
        var afterE2 = 0
        for byte in text.utf8 {
            if byte < 0x20 || byte == 0x22 || byte == 0x5C { return false }
            if afterE2 == 1 { afterE2 = byte == 0x80 ? 2 : 0 } else if afterE2 == 2 {
                if byte == 0xA8 || byte == 0xA9 { return false }
                afterE2 = 0
            }
            if byte == 0xE2 { afterE2 = 1 }
        }
        return true
    }

    /// RFC 8259 string escaping; non-ASCII text (å ä ö) is written as itself, in UTF-8.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
