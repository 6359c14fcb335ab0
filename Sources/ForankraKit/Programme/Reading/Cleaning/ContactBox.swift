import Foundation

/// The "Kontakta oss" box a municipal web page shows beside its text: a heading, a greeting,
/// phone numbers, opening hours and an e-mail address. It is recognised by its hard facts
/// (a phone number, an e-mail address, opening hours) and taken out with the short lines
/// around them that belong to it.
enum ContactBox {
    /// The indices of the lines of every contact box.
    static func lineIndices(in lines: [SourceLine]) -> Set<Int> {
        let text = lines.indices.filter { !lines[$0].isBlank }
        var found = Set<Int>()
        for (position, index) in text.enumerated() where isHardFact(lines[index].trimmed) {
            found.insert(index)
            // The box's own lines stand within a few lines of its facts: its heading and
            // greeting before them, more opening hours after.
            for neighbour in text[max(0, position - 4)..<min(text.count, position + 4)] where belongsToBox(lines[neighbour].trimmed) {
                found.insert(neighbour)
            }
        }
        return found
    }

    /// A phone number, an e-mail address or opening hours.
    static func isHardFact(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 14 else { return false }
        let lower = line.lowercased()
        if words.contains(where: { $0.contains("@") && $0.contains(".") }) { return true }
        if ["telefon", "tel.", "tel:", "växel", "fax"].contains(where: lower.hasPrefix) && line.contains(where: \.isASCIIDigit) { return true }
        if isPhoneNumber(line) { return true }
        return mentionsOpeningHours(lower)
    }

    /// "08-579 210 00", "+46 8 579 210 00", "0771-25 25 25".
    private static func isPhoneNumber(_ line: String) -> Bool {
        let digits = line.filter(\.isASCIIDigit).count
        let allowed = line.allSatisfy { $0.isASCIIDigit || " -+()".contains($0) }
        return allowed && (8...15).contains(digits)
    }

    /// "Måndag - fredag, 08.00 - 17.00", "Torsdagar tar vi emot besök fram till 18.30".
    private static func mentionsOpeningHours(_ lower: String) -> Bool {
        let days = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "vardagar", "helgdagar"]
        guard days.contains(where: lower.contains) else { return false }
        return lower.range(of: #"\b\d{1,2}[.:]\d{2}\b"#, options: .regularExpression) != nil
    }

    /// A short line that names the box or greets the reader ("Kontaktcenter", "Välkommen att
    /// höra av dig till oss. Vi hjälper dig!"), or another fact.
    private static func belongsToBox(_ line: String) -> Bool {
        if isHardFact(line) { return true }
        let lower = line.lowercased()
        guard line.split(separator: " ").count <= 12 else { return false }
        return ["kontakt", "kundtjänst", "växel", "öppettider", "besöksadress", "postadress"].contains(where: lower.hasPrefix)
            || lower.contains("höra av dig") || lower.contains("hjälper dig") || lower.contains("kontakta oss")
    }
}
