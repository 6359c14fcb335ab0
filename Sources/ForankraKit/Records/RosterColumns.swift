/// Which CSV column holds which roster field. HR systems and Excel sheets name them in many
/// ways; these are the usual Swedish and English ones, and `--map COLUMN=FIELD` covers the rest.
enum RosterField: String, CaseIterable {
    case name, firstName = "firstname", lastName = "lastname", email, department, unit, staff, from, to

    /// Header names as they are compared: lower case, letters and digits only.
    static let synonyms: [RosterField: [String]] = [
        .name: ["namn", "name", "fullstandigtnamn", "fulltnamn", "chef", "chefsnamn", "fullname", "managername"],
        .firstName: ["fornamn", "firstname", "givenname", "tilltalsnamn"],
        .lastName: ["efternamn", "lastname", "surname", "familyname"],
        .email: ["epost", "epostadress", "mail", "email", "emailaddress", "mejl", "mailadress"],
        .department: ["forvaltning", "verksamhet", "department", "forvaltningbolag", "sektor", "division", "forvaltningsnamn"],
        .unit: ["enhet", "avdelning", "unit", "arbetsplats", "enhetsnamn", "team"],
        .staff: ["antalmedarbetare", "medarbetare", "staff", "antalanstallda", "anstallda", "headcount", "antal"],
        .from: ["chefsedan", "cheffran", "startdatum", "fran", "from", "start", "startdate", "tilltradde"],
        .to: ["cheftill", "slutdatum", "till", "to", "end", "enddate", "slutade"],
    ]

    /// "E-post" → "epost", "Antal medarbetare" → "antalmedarbetare", "Förvaltning" → "forvaltning".
    static func normalised(_ header: String) -> String {
        let folded: [Character: Character] = ["å": "a", "ä": "a", "ö": "o", "é": "e"]
        return String(header.lowercased().compactMap { character -> Character? in
            let plain = folded[character] ?? character
            return plain.isASCII && (plain.isLetter || plain.isNumber) ? plain : nil
        })
    }

    static func field(named text: String) -> RosterField? {
        let key = normalised(text)
        return allCases.first { $0.rawValue == key || normalised($0.rawValue) == key }
            ?? allCases.first { synonyms[$0, default: []].contains(key) }
    }
}

/// The columns of one CSV, matched to roster fields.
struct RosterColumns {
    var index: [RosterField: Int]
    var ignored: [String]

    /// `mapping` holds `--map COLUMN=FIELD` choices, which win over the usual names.
    static func match(header: [String], mapping: [String: RosterField], path: String) throws -> RosterColumns {
        var index: [RosterField: Int] = [:]
        var ignored: [String] = []
        let explicit = Dictionary(mapping.map { (RosterField.normalised($0.key), $0.value) }, uniquingKeysWith: { $1 })
        for (position, name) in header.enumerated() {
            let key = RosterField.normalised(name)
            let field = explicit[key] ?? RosterField.allCases.first { RosterField.synonyms[$0, default: []].contains(key) }
            if let field, index[field] == nil { index[field] = position } else if !name.isEmpty { ignored.append(name) }
        }
        for column in mapping.keys where !header.contains(where: { RosterField.normalised($0) == RosterField.normalised(column) }) {
            throw ForankraError(.usage, "--map names the column '\(column)', which the file does not have", path: path, location: SourceLocation(line: 1),
                                hint: "Columns are: " + header.joined(separator: ", ") + ".")
        }
        let hasName = index[.name] != nil || (index[.firstName] != nil && index[.lastName] != nil)
        var missing: [String] = []
        if !hasName { missing.append("name (Namn, or Förnamn and Efternamn)") }
        if index[.department] == nil { missing.append("department (Förvaltning)") }
        if !missing.isEmpty {
            throw ForankraError.data(
                "the header does not say which column holds " + missing.joined(separator: " and "), path: path, line: 1,
                hint: "Columns found: " + header.joined(separator: ", ") + ". Name the column with --map, e.g. --map 'Org.enhet=department'.")
        }
        return RosterColumns(index: index, ignored: ignored)
    }
}
