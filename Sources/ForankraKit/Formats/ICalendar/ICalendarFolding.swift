/// Folding of long content lines (RFC 5545 §3.1): no physical line longer than 75 octets of
/// UTF-8, continuation lines start with one space, and a fold never splits a character.
enum ICalendarFolding {
    static let maximumOctets = 75

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

        for character in line {
            let octets = character.utf8.count
            if currentOctets + octets <= room {
                current.append(character)
                currentOctets += octets
                continue
            }
            if currentOctets > 0 { startNewLine() }
            if octets <= room {
                current.append(character)
                currentOctets = octets
                continue
            }
            // A character longer than a whole line (a long run of combining marks or a family
            // emoji sequence): fold between its scalars, which unfolding joins back exactly.
            for scalar in character.unicodeScalars {
                let scalarOctets = String(scalar).utf8.count
                if currentOctets + scalarOctets > room { startNewLine() }
                current.unicodeScalars.append(scalar)
                currentOctets += scalarOctets
            }
        }
        lines.append(current)
        return lines.enumerated().map { index, text in index == 0 ? text : " " + text }
    }
}
