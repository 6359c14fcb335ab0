/// Reads the cover or title block of a decision document: "Antagen av kommunfullmäktige
/// 2018-06-18, § 93", "Dnr KS 2025/0412", "Giltighetstid: 2026–2029". These say where the
/// text comes from, not what it asks of anyone, so they become metadata and never a section.
enum CoverBlock {
    /// Keys as they open a line, longest first so "Gäller till och med" wins over "Gäller".
    static let keys: [String] = [
        "Antagen av", "Antaget av", "Antagen", "Antaget", "Fastställd av", "Fastställt av", "Fastställd",
        "Beslutad av", "Beslutat av", "Beslutad", "Beslutsinstans", "Beslutsdatum", "Beslut",
        "Senast reviderad", "Reviderad", "Reviderat", "Giltighetstid", "Giltig till", "Giltig från",
        "Gäller till och med", "Gäller t.o.m.", "Gäller från och med", "Gäller fr.o.m.", "Gäller från", "Gäller för",
        "Dokumentansvarig", "Dokumentägare", "Dokumenttyp", "Dokumentnamn", "Diarienummer", "Dnr", "Ersätter",
        "Version", "Målgrupp", "Giltigt för",
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
}
