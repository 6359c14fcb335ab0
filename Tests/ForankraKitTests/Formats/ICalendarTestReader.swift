/// Reads an `.ics` text back, property by property, so tests can check what the writer made.
/// Test-only and strict: every line must end in CRLF, components must nest properly, and a
/// TEXT escape outside RFC 5545 is an error rather than a guess.
enum ICalendarTestReader {
    struct ReadError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    struct Property: Equatable {
        var name: String
        var parameters: [(name: String, value: String)]
        /// As written (still escaped).
        var value: String

        static func == (lhs: Property, rhs: Property) -> Bool {
            lhs.name == rhs.name && lhs.value == rhs.value
                && lhs.parameters.map(\.name) == rhs.parameters.map(\.name)
                && lhs.parameters.map(\.value) == rhs.parameters.map(\.value)
        }

        /// A parameter's value without its quotes.
        func parameter(_ name: String) -> String? {
            parameters.first { $0.name == name }?.value
        }

        /// The value read as TEXT: `\\` `\;` `\,` `\n` unescaped; a bare `;` or `,` is an error.
        func text() throws -> String {
            try ICalendarTestReader.unescape(value)
        }
    }

    struct Component {
        var name: String
        var properties: [Property] = []
        var components: [Component] = []

        func properties(named name: String) -> [Property] {
            properties.filter { $0.name == name }
        }

        func property(_ name: String) -> Property? {
            properties.first { $0.name == name }
        }

        func components(named name: String) -> [Component] {
            components.filter { $0.name == name }
        }
    }

    /// The one top-level component (VCALENDAR) with everything inside it.
    static func read(_ text: String) throws -> Component {
        var stack: [Component] = []
        var finished: [Component] = []
        for (index, line) in try unfold(text).enumerated() {
            let property = try parse(line, line: index + 1)
            switch property.name {
            case "BEGIN":
                stack.append(Component(name: property.value))
            case "END":
                guard let component = stack.popLast(), component.name == property.value else {
                    throw ReadError(line: index + 1, message: "END:\(property.value) closes nothing open")
                }
                if stack.isEmpty { finished.append(component) } else { stack[stack.count - 1].components.append(component) }
            default:
                guard !stack.isEmpty else { throw ReadError(line: index + 1, message: "property outside a component") }
                stack[stack.count - 1].properties.append(property)
            }
        }
        guard stack.isEmpty, finished.count == 1, let calendar = finished.first else {
            throw ReadError(line: 0, message: "expected exactly one closed top-level component")
        }
        return calendar
    }

    /// Logical lines: CRLF followed by a space or tab continues the line. Works on scalars,
    /// since in Swift "\r\n" is one Character.
    static func unfold(_ text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                if index + 2 < scalars.count, scalars[index + 2] == " " || scalars[index + 2] == "\t" {
                    index += 3
                } else {
                    lines.append(String(current))
                    current = String.UnicodeScalarView()
                    index += 2
                }
                continue
            }
            guard scalar != "\r", scalar != "\n" else {
                throw ReadError(line: lines.count + 1, message: "line break that is not CRLF")
            }
            current.append(scalar)
            index += 1
        }
        guard current.isEmpty else { throw ReadError(line: lines.count + 1, message: "last line lacks CRLF") }
        return lines
    }

    /// `NAME;PARAM=value;PARAM="quoted: value":value`.
    static func parse(_ line: String, line number: Int) throws -> Property {
        var scanner = Substring(line).unicodeScalars[...]
        let name = take(&scanner) { $0 != ";" && $0 != ":" }
        var parameters: [(name: String, value: String)] = []
        while scanner.first == ";" {
            scanner.removeFirst()
            let parameterName = take(&scanner) { $0 != "=" }
            guard scanner.popFirst() == "=" else { throw ReadError(line: number, message: "parameter without '='") }
            parameters.append((parameterName, try parameterValue(&scanner, line: number)))
        }
        guard !name.isEmpty, scanner.popFirst() == ":" else {
            throw ReadError(line: number, message: "expected NAME[;params]:value in '\(line)'")
        }
        return Property(name: name, parameters: parameters, value: String(String.UnicodeScalarView(scanner)))
    }

    private static func parameterValue(_ scanner: inout Substring.UnicodeScalarView.SubSequence, line number: Int) throws -> String {
        guard scanner.first == "\"" else {
            let value = take(&scanner) { $0 != ";" && $0 != ":" && $0 != "\"" }
            guard scanner.first != "\"" else { throw ReadError(line: number, message: "DQUOTE inside an unquoted parameter") }
            return value
        }
        scanner.removeFirst()
        let value = take(&scanner) { $0 != "\"" }
        guard scanner.popFirst() == "\"" else { throw ReadError(line: number, message: "unclosed quoted parameter") }
        return value
    }

    private static func take(_ scanner: inout Substring.UnicodeScalarView.SubSequence, while keep: (Unicode.Scalar) -> Bool) -> String {
        let taken = scanner.prefix(while: keep)
        scanner.removeFirst(taken.count)
        return String(String.UnicodeScalarView(taken))
    }

    static func unescape(_ value: String) throws -> String {
        var result = String.UnicodeScalarView()
        var scalars = value.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\\" else {
                guard scalar != ";", scalar != "," else {
                    throw ReadError(line: 0, message: "unescaped '\(scalar)' in TEXT '\(value)'")
                }
                result.append(scalar)
                continue
            }
            switch scalars.next() {
            case "\\": result.append("\\")
            case ";": result.append(";")
            case ",": result.append(",")
            case "n", "N": result.append("\n")
            default: throw ReadError(line: 0, message: "unknown escape in '\(value)'")
            }
        }
        return String(result)
    }
}
