/// The labelled parts of the return part, with every wording a manager may have left or typed.
enum ReturnSheetField: CaseIterable, Sendable {
    case date, unit, manager, participants, section, conclusion, questions, commitments

    /// The label as the printed sheet words it, for messages.
    func name(_ language: Language) -> String {
        switch self {
        case .date: return language.pick("Datum för arbetsplatsträffen", "Date of the meeting")
        case .unit: return language.pick("Arbetsplats/enhet", "Workplace/unit")
        case .manager: return language.pick("Chef", "Manager")
        case .participants: return language.pick("Antal deltagare", "Number of participants")
        case .section: return language.pick("Avsnitt", "Section")
        case .conclusion: return language.pick("Det viktigaste vi kom fram till", "Our main conclusion")
        case .questions: return language.pick("Frågor till HR", "Questions for HR")
        case .commitments: return language.pick("Våra åtaganden", "Our commitments")
        }
    }

    /// Lower-case wordings, Swedish and English, whatever the sheet's language.
    var labels: [String] {
        switch self {
        case .date: return ["datum för arbetsplatsträffen", "datum för arbetsplatsträff", "datum för apt", "apt-datum", "datum",
                            "date of the meeting", "date of meeting", "meeting date", "date"]
        case .unit: return ["arbetsplats/enhet", "arbetsplats / enhet", "arbetsplats", "enhet",
                            "workplace/unit", "workplace / unit", "workplace", "unit"]
        case .manager: return ["chefens namn", "ansvarig chef", "chef", "manager"]
        case .participants: return ["antal deltagare", "deltagare", "number of participants", "participants"]
        case .section: return ["programavsnitt", "avsnitt", "sections", "section"]
        case .conclusion: return ["det viktigaste vi kom fram till", "sammanfattning", "our main conclusion", "main conclusion", "summary"]
        case .questions: return ["frågor till hr", "questions for hr", "questions to hr"]
        case .commitments: return ["våra åtaganden", "åtaganden", "our commitments", "commitments"]
        }
    }

    /// Every wording of every field, longest first, so "datum för apt" wins over "datum".
    static let allLabels: [(label: String, field: ReturnSheetField)] =
        allCases.flatMap { field in field.labels.map { ($0, field) } }.sorted { $0.label.count > $1.label.count }

    /// The commitments table's column names, for messages.
    static func columnNames(_ language: Language) -> (what: String, who: String, due: String) {
        (language.pick("Vad ska göras", "What is to be done"), language.pick("Vem ansvarar", "Who is responsible"),
         language.pick("Klart senast", "By when"))
    }
}
