/// Folding of long content lines (RFC 5545 §3.1): no physical line longer than 75 octets of
/// UTF-8, continuation lines start with one space, and a fold never splits a character.
/// Nor does it split an escape such as `\n`: RFC 5545 allows it, since unfolding comes first,
/// but keeping the pair together costs nothing and spares clients that unescape too early.
enum ICalendarFolding {
    static let maximumOctets = 75

    /// The text with every fold undone, so a name split across two physical lines is found whole.
    static func unfold(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n ", with: "").replacingOccurrences(of: "\r\n\t", with: "")
            .replacingOccurrences(of: "\n ", with: "").replacingOccurrences(of: "\n\t", with: "")
    }

    /// The physical lines of `line`, without line endings.
    static func fold(_ line: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentOctets = 0
        // The first line has 75 octets of room; continuation lines give one to the space.
        var room: Int { lines.isEmpty ? maximumOctets : maximumOctets - 1 }

        func startNewLine() {
            lines.append(current)
            current = ""
            currentOctets = 0
        }

        for unit in units(line) {
            let octets = unit.utf8.count
            if currentOctets + octets <= room {
                current += unit
                currentOctets += octets
                continue
            }
            if currentOctets > 0 { startNewLine() }
            if octets <= room {
                current += unit
                currentOctets = octets
                continue
            }
            // A character longer than a whole line (a long run of combining marks): fold
            // between its scalars, which unfolding joins back exactly.
            for scalar in unit.unicodeScalars {
                let scalarOctets = String(scalar).utf8.count
                if currentOctets + scalarOctets > room { startNewLine() }
                current.unicodeScalars.append(scalar)
                currentOctets += scalarOctets
            }
        }
        lines.append(current)
        return lines.enumerated().map { index, text in index == 0 ? text : " " + text }
    }

    /// The pieces a fold may not go through: a character, or a backslash with the character
    /// it escapes.
    private static func units(_ line: String) -> [String] {
        var units: [String] = []
        var pendingBackslash = false
        for character in line {
            if pendingBackslash {
                units[units.count - 1].append(character)
                pendingBackslash = false
            } else {
                units.append(String(character))
                pendingBackslash = character == "\\"
            }
        }
        return units
    }
}
