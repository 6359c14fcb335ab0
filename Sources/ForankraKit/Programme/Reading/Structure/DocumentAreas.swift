/// The parts a document names itself: "Policyn består av fyra områden:" and the list after it,
/// "Programmet omfattar följande avsnitt: Ledarskap, Medarbetarskap …". A line that repeats one
/// of those names is a heading, whatever its shape would otherwise suggest.
enum DocumentAreas {
    static func names(in lines: [SourceLine]) -> Set<String> {
        var names = Set<String>()
        var collecting = false
        for line in lines where !line.isBlank {
            let text = line.trimmed
            if announcesAreas(text) {
                collecting = true
                // "… omfattar följande avsnitt: Ledarskap, Medarbetarskap och Lön."
                if let colon = text.firstIndex(of: ":"), text.index(after: colon) < text.endIndex {
                    let listed = text[text.index(after: colon)...].split(whereSeparator: { $0 == "," }).flatMap { $0.components(separatedBy: " och ") }
                    names.formUnion(listed.map { folded(String($0)) }.filter { !$0.isEmpty })
                }
                continue
            }
            guard collecting else { continue }
            switch LineShapes.bullet(text) {
            case .symbol(let item)?, .dash(let item)?, .ordered(let item)?:
                names.insert(folded(item))
            case nil:
                collecting = false
            }
        }
        return names
    }

    private static func announcesAreas(_ text: String) -> Bool {
        let lower = text.lowercased()
        let verbs = ["består av", "omfattar", "innehåller", "är indelad i", "delas in i", "är uppdelad i", "bygger på"]
        let parts = ["avsnitt", "områden", "delar", "perspektiv", "kapitel", "rubriker", "ledord", "värderingar"]
        return verbs.contains(where: lower.contains) && parts.contains(where: lower.contains) && (text.hasSuffix(":") || text.contains(": "))
    }

    /// Lower-cased words only, so "Jag vill lyckas." matches a heading "Jag vill lyckas".
    static func folded(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}
