import Foundation

/// Reads the cover or title block of a decision document: "Antagen av kommunfullmäktige
/// 2018-06-18, § 93", "Dnr KS 2025/0412", "Giltighetstid: 2026–2029". These say where the
/// text comes from, not what it asks of anyone, so they become metadata and never a section.
enum CoverBlock {
    /// Keys as they open a line, longest first so "Gäller till och med" wins over "Gäller".
    static let keys: [String] = [
        "Antagen av", "Antaget av", "Antagen", "Antaget", "Fastställd av", "Fastställt av", "Fastställd/upprättad", "Fastställd",
        "Beslutad av", "Beslutade av", "Beslutat av", "Beslutad", "Beslutsinstans", "Beslutsdatum", "Beslut",
        "Upprättad av", "Upprättat av", "Senast reviderad", "Reviderad", "Reviderat", "Revideras", "Giltighetstid",
        "Giltig till och med", "Giltig till", "Giltigt till", "Giltig från",
        "Gäller till och med", "Gäller t.o.m.", "Gäller från och med", "Gäller fr.o.m.", "Gäller från", "Gäller för",
        "Dokumentansvarig/processägare", "Dokumentansvarig", "Dokumentägare", "Processägare", "Dokumenttyp", "Dokumentnamn",
        "Dokumentnummer", "Diarienummer", "Diarienr", "Dnr", "Ersätter", "Version", "Målgrupp", "Giltigt för",
        "Informationssäkerhetsklass", "Senast uppdaterad",
    ].sorted { $0.count > $1.count }

    /// "Antagen av kommunfullmäktige 2018-06-18" → ("Antagen av", "kommunfullmäktige 2018-06-18").
    static func entry(from text: String) -> (key: String, value: String)? {
        guard text.count <= 140 else { return nil }
        for key in keys {
            guard text.count > key.count, text.lowercased().hasPrefix(key.lowercased()) else { continue }
            let rest = text.dropFirst(key.count)
            guard let next = rest.first, next == ":" || next == " " else { continue }
            var value = rest.drop(while: { $0 == ":" || $0 == " " })
            if value.last == "." && !value.hasSuffix("m.") { value = value.dropLast() }
            guard !value.isEmpty else { continue }
            // A sentence that merely starts with "Beslut" is body text: cover values are short.
            if next == " " && value.split(separator: " ").count > 10 { continue }
            return (key, String(value).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// A row of a cover table whose cells were run together: "Dokumenttyp Fastställd Giltig
    /// till och med" holds nothing but keys; its values stand on the next line.
    static func keyRow(_ text: String) -> [String]? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var found: [String] = []
        while !rest.isEmpty {
            guard let key = keys.first(where: { key in
                rest.lowercased().hasPrefix(key.lowercased()) && (rest.count == key.count || rest.dropFirst(key.count).first == " ")
            }) else { return nil }
            found.append(String(rest.prefix(key.count)))
            rest = rest.dropFirst(key.count).drop(while: { $0 == " " || $0 == ":" })
        }
        return found.isEmpty ? nil : found
    }

    /// The keys that stand in a run-together cover ("Dokumentansvarig: HR-direktör Upprättad av:
    /// Stadsledningskontoret Beslutad av: Kommunfullmäktige"): each key at a word start, with
    /// where it starts and ends.
    static func keyPositions(in text: String) -> [(key: String, range: Range<String.Index>)] {
        var found: [(String, Range<String.Index>)] = []
        var index = text.startIndex
        while index < text.endIndex {
            let atWordStart = index == text.startIndex || text[text.index(before: index)] == " "
            // Inside a line a key opens with a capital, as a cover's label does; "ersätter" in
            // running text is a verb.
            if atWordStart, text[index].isUppercase,
               let key = keys.first(where: { text[index...].prefix($0.count).lowercased() == $0.lowercased() }) {
                let end = text.index(index, offsetBy: key.count)
                if end == text.endIndex || [" ", ":"].contains(text[end]) {
                    found.append((String(text[index..<end]), index..<end))
                    index = end
                    continue
                }
            }
            index = text.index(after: index)
        }
        return found
    }

    /// A line that names only the kind of document ("Policy", "STYRDOKUMENT"), as covers do.
    static func documentTypeLabel(_ text: String) -> String? {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        return documentTypes.contains(lower) ? text.trimmingCharacters(in: .whitespaces) : nil
    }

    static let documentTypes: Set<String> = [
        "policy", "program", "riktlinje", "riktlinjer", "plan", "handlingsplan", "strategi", "styrdokument", "regel",
        "regler", "rutin", "instruktion", "reglemente", "taxa", "vision",
    ]
}
