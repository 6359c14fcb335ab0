/// What the people in the demo wrote: feedback after workshops, conclusions, commitments and
/// questions from APTs. Written as Swedish staff would write them.
enum DemoTexts {
    static let feedback: [(rating: Int, tags: String, text: String)] = [
        (4, "bra-samtal,tidsbrist", "Bra att träffa chefer från andra förvaltningar. Lite kort tid för avsnitt 5."),
        (5, "tydligt", "Tydligt upplägg och underlag som går att använda direkt på APT."),
        (3, "tidsbrist", "Intressant, men vi hann inte prata klart om arbetsmiljön."),
        (4, "bra-samtal", "Samtalen i blandade grupper gav mest. Fler exempel från verkligheten vore bra."),
        (2, "oklart-syfte", "Svårt att se vad som är nytt jämfört med det vi redan gör."),
        (5, "bra-samtal,tydligt", "Äntligen ett program som går att prata om med medarbetarna."),
        (4, "underlag", "Underlagen är bra. Skicka dem gärna digitalt också."),
        (3, "tidsbrist,underlag", "Bra innehåll men för mycket på en eftermiddag."),
        (4, "tydligt", "Bra att vi fick öva på frågorna innan vi ska ha dem på APT."),
        (3, "oklart-syfte", "Jag vet fortfarande inte hur uppföljningen ska gå till efteråt."),
        (5, "bra-samtal", "Givande att höra hur andra chefer tänker kring arbetsmiljön."),
        (4, "underlag,tidsbrist", "Tidsplanen för träffen är bra, men 30 minuter blir snålt för avsnitt 3."),
        (4, "bra-samtal", "Övningen med fallet från hemtjänsten var det bästa under dagen."),
        (3, "tidsbrist", "Hade gärna haft en paus till och lite mindre genomgång."),
        (5, "tydligt,underlag", "Nu vet jag hur jag ska lägga upp träffen med min arbetsgrupp."),
        (4, "underlag", "Citaten på underlaget gör det lätt att komma igång."),
    ]

    static let conclusions: [String: [String]] = [
        "2": [
            "Tillit märks mest i hur vi fördelar arbetet; vi vill prata mer om det.",
            "Vi vill bli bättre på att säga ifrån när något inte stämmer med värdegrunden.",
        ],
        "3": [
            "Vi vill ha tätare återkoppling från chefen, inte bara i medarbetarsamtalet.",
            "Chefen är ofta på möten; vi kom överens om fasta tider då hon är nåbar.",
            "Vi behöver bli tydligare med vem som beslutar vad i vardagen.",
            "Medarbetarna vill vara med tidigare när förändringar planeras.",
        ],
        "5": [
            "Arbetsbelastningen är hög under semesterperioden och vid sjukfrånvaro.",
            "Vi rapporterar för få tillbud; många visste inte hur man gör.",
            "Bullret i lunchrummet tar mycket kraft.",
            "Vi vill ha en gemensam plan för återhämtning under dagen.",
        ],
    ]

    static let commitments: [String: [String]] = [
        "2": ["Skriva in värdeorden i vår introduktion för nya kollegor", "Ta upp bemötande som stående punkt en gång per termin"],
        "3": ["Boka in fasta avstämningar varannan vecka", "Ta fram en enkel beslutsordning för enheten", "Följa upp medarbetarsamtalen i mars"],
        "5": ["Gå igenom hur man rapporterar tillbud", "Se över rastschemat", "Beställa ljuddämpning till lunchrummet", "Ta upp arbetsbelastningen på nästa APT"],
    ]

    static let owners = ["chefen", "skyddsombudet", "arbetsgruppen", "Lena Berg", "Omar Haddad", "Maria Sjöberg"]

    static let questions = [
        "Hur söker man friskvårdsbidraget?",
        "När kommer nästa medarbetarundersökning?",
        "Finns det stöd från HR när någon är långtidssjuk?",
        "Gäller heltidsnormen också timanställda?",
    ]

    /// The blank sheet with its return part filled in, in the different ways people write.
    static func filledIn(_ blank: String, manager: Manager, date: CalendarDate, random: inout DemoRandom, language: Language) -> String {
        let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
        let dateText = [date.description, "\(date.day) \(months[date.month - 1]) \(date.year)", "\(date.day)/\(date.month)"][random.next(3)]
        let staff = manager.staff ?? 10
        let participants = max(2, staff - random.next(max(staff / 3, 1)))
        let count = ["\(participants)", "\(participants) st", "ca \(participants)"][random.next(3)]
        var lines = blank.components(separatedBy: "\n")
        var answeredRuled = 0
        for index in lines.indices {
            let line = lines[index]
            if line.hasPrefix("- Datum för arbetsplatsträffen") || line.hasPrefix("- Date of the meeting") { lines[index] = line + dateText }
            if line.hasPrefix("- Arbetsplats/enhet") || line.hasPrefix("- Workplace/unit") { lines[index] = line + manager.unit }
            if line.hasPrefix("- Chef*") || line.hasPrefix("- Manager*") { lines[index] = line + manager.name }
            if line.hasPrefix("- Antal deltagare") || line.hasPrefix("- Number of participants") { lines[index] = line + count }
            if line.hasPrefix("**Det viktigaste") || line.hasPrefix("**Our main conclusion") {
                lines[index + 2] = random.pick(conclusions["5", default: []])
                answeredRuled += 1
            }
            if line.hasPrefix("**Frågor till HR") || line.hasPrefix("**Questions for HR") {
                lines[index + 2] = random.next(2) == 0 ? random.pick(questions) : "Inga"
                answeredRuled += 1
            }
            if line == "|  |  |  |" && random.next(2) == 0 {
                lines[index] = "| \(random.pick(commitments["5", default: []])) | \(random.pick(owners)) | \(date.adding(days: 45)) |"
            }
        }
        return lines.joined(separator: "\n")
    }
}
