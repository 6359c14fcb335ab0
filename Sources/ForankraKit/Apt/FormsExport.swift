/// A forms export (Microsoft Forms, Google Forms, a survey tool): one row per APT reported.
/// Columns are recognised by their usual Swedish and English names.
enum FormsExport {
    enum Field: CaseIterable {
        case date, manager, respondent, unit, section, participants, conclusion, questions, commitments
    }

    static let synonyms: [Field: [String]] = [
        .date: ["datumforarbetsplatstraffen", "datumforapt", "datum", "aptdatum", "date", "dateofthemeeting", "dateofapt"],
        .manager: ["chef", "chefsnamn", "manager", "managerid", "chefid"],
        .respondent: ["epost", "email", "namn", "name", "respondent"],
        .unit: ["arbetsplatsenhet", "enhet", "arbetsplats", "unit", "workplaceunit", "workplace"],
        .section: ["avsnitt", "section", "programavsnitt"],
        .participants: ["antaldeltagare", "deltagare", "participants", "numberofparticipants"],
        .conclusion: ["detviktigastevikomframtill", "viktigaste", "slutsats", "conclusion", "ourmainconclusion"],
        .questions: ["fragortillhr", "fragor", "questionsforhr", "questionstohr", "questions"],
        .commitments: ["varaatagandenvadvemnar", "varaatagandenvadvemnar", "varaataganden", "ataganden", "ourcommitments", "commitments"],
    ]

    struct Row {
        var number: Int
        var line: Int
        var values: [Field: String]
    }

    static func rows(of table: CSVTable, path: String) throws -> [Row] {
        var index: [Field: Int] = [:]
        for (position, name) in table.header.enumerated() {
            let key = RosterField.normalised(name)
            if let field = Field.allCases.first(where: { synonyms[$0, default: []].contains(key) }), index[field] == nil {
                index[field] = position
            }
        }
        let missing = [(Field.date, "date (Datum)"), (.section, "section (Avsnitt)"), (.participants, "participants (Antal deltagare)")]
            .filter { index[$0.0] == nil }.map(\.1)
        let hasManager = index[.manager] != nil || index[.respondent] != nil || index[.unit] != nil
        if !missing.isEmpty || !hasManager {
            throw ForankraError.data(
                "the header does not say which column holds " + (missing + (hasManager ? [] : ["the manager (Chef, E-post or Enhet)"])).joined(separator: ", "),
                path: path, line: 1, hint: "Columns found: " + table.header.joined(separator: ", ") + ".")
        }
        return table.rows.map { row in
            var values: [Field: String] = [:]
            for (field, position) in index where position < row.fields.count {
                values[field] = row.fields[position].trimmingCharacters(in: .whitespacesAndNewlines)
            }
            return Row(number: row.number, line: row.line, values: values)
        }
    }
}
