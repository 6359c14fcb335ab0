/// How every figure is computed, printed with the figures so any reader can recompute them.
/// Written for leadership: dates and lengths are given as they are, not as setting names.
enum ReportDefinitions {
    static func text(_ language: Language, minimumGroup: Int, plan: RolloutPlan? = nil, aptMinutes: Int = 30, rolloutSections: [String] = [],
                     catchUp: Bool = true, forecast: Bool = false) -> [String] {
        let counted = rolloutSections.joined(separator: ", ")
        var lines = language == .sv ? [
            "**Aktiv chef**: en chef på chefslistan från den dag hen blev chef till dagen innan hen slutade.",
            "**Har gått workshoppen**: en aktiv chef som har varit närvarande på en genomförd workshop.",
            "**Ska nås i efterhand**: en aktiv chef som inte har gått workshoppen men blev chef efter den senaste workshoppen; hen har inte missat något.",
            "**Arbetsplats**: en aktiv chefs enhet; varje chef håller APT med sin egen arbetsplats.",
            "**Andel av arbetsplatserna med APT om ett avsnitt**: andelen aktiva chefer som har rapporterat en APT om avsnittet (underavsnitt räknas till sitt huvudavsnitt).",
            "**Avsnitt som tagits upp på APT** (införandet): par av aktiv chef och huvudavsnitt med en rapporterad APT, delat med antalet aktiva chefer gånger antalet huvudavsnitt."
                + (counted.isEmpty ? "" : " Huvudavsnitten som räknas är de som ska tas upp på APT: \(counted)."),
            "**Medarbetare vars arbetsplats har haft APT**: antal medarbetare hos de aktiva chefer vars arbetsplats har haft APT om minst ett avsnitt (per avsnitt: om just det avsnittet).",
            "**Närvaro på en workshop**: närvarande delat med inbjudna. **Närvaro eller förhinder**: närvarande plus de som anmält förhinder, delat med inbjudna.",
            planText(plan, language),
            "**Arbetstid**: workshoppens längd gånger antalet närvarande, plus APT:ns längd (\(aptMinutes) minuter) gånger antalet deltagare på varje APT.",
            "**Integritet**: betyg och återkoppling redovisas bara för grupper med minst \(minimumGroup) svar; fritext bara från anonym återkoppling. Rapporten innehåller inga namn.",
        ] : [
            "**Active manager**: a manager on the roster from the day they became a manager up to the day before they left.",
            "**Has attended the workshop**: an active manager who was present at a held workshop.",
            "**To be reached later**: an active manager who has not attended a workshop but became a manager after the last one; they have not missed anything.",
            "**Workplace**: an active manager's unit; each manager holds APTs with their own workplace.",
            "**Share of the workplaces with an APT on a section**: the share of active managers who reported an APT on it (subsections count towards their main section).",
            "**Sections taken up at APT** (the rollout): pairs of active manager and main section with a reported APT, over active managers times main sections."
                + (counted.isEmpty ? "" : " The main sections counted are those to take up at APT: \(counted)."),
            "**Staff whose workplace has held an APT**: the staff of active managers whose workplace held an APT on at least one section (per section: on that section).",
            "**Attendance at a workshop**: present over invited. **Present or excused**: present plus those who sent apologies, over invited.",
            planText(plan, language),
            "**Staff hours**: workshop length times those present, plus the length of an APT (\(aptMinutes) minutes) times the participants of every APT.",
            "**Privacy**: ratings and feedback are shown only for groups of at least \(minimumGroup) answers; free text only from anonymous feedback. The report holds no names.",
        ]
        if forecast {
            lines.insert(language.pick(
                "**Prognos**: andelen avsnitt som tagits upp på APT ökar lika mycket varje vecka som den har gjort i genomsnitt de senaste \(language.numberWord(RolloutForecast.window)) veckorna; datumet är när den då når 100 %.",
                "**Forecast**: the share of sections taken up grows each week by its average over the last \(language.numberWord(RolloutForecast.window)) weeks; the date is when it then reaches 100 %."), at: 9)
        }
        // Without anyone to reach later the term is not used in the report.
        if !catchUp { lines.remove(at: 2) }
        return lines
    }

    private static func planText(_ plan: RolloutPlan?, _ language: Language) -> String {
        guard let plan else {
            return language.pick("**Planen**: ingen plan är angiven (införandets start och slut saknas i inställningarna).",
                                 "**Plan**: no plan is set (the rollout's start and end are missing from the settings).")
        }
        let milestones = plan.milestones.map { "\($0.date.proseText(language)) \(FigureText.percent($0.share))" }.joined(separator: ", ")
        let start = language.pick("från 0 % när införandet startar (\(plan.start.proseText(language)))", "from 0 % when the rollout starts (\(plan.start.proseText(language)))")
        let end = plan.target.map { language.pick("till 100 % när det ska vara klart (\($0.proseText(language)))", "to 100 % when it is to be done (\($0.proseText(language)))") }
        if milestones.isEmpty {
            return language.pick("**Planen**: rak linje ", "**Plan**: a straight line ") + start + (end.map { " " + $0 } ?? "") + "."
        }
        return language.pick("**Planen**: ", "**Plan**: ") + start + language.pick(" i raka linjer genom delmålen ", " in straight lines through the milestones ")
            + milestones + (end.map { language.pick(" och vidare ", " and on ") + $0 } ?? "") + "."
    }
}
