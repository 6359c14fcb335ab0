/// How every figure is computed, printed with the figures so any reader can recompute them.
/// Written for leadership: dates and lengths are given as they are, not as setting names.
enum ReportDefinitions {
    static func text(_ language: Language, minimumGroup: Int, plan: RolloutPlan? = nil, aptMinutes: Int = 30, rolloutSections: [String] = []) -> [String] {
        let counted = rolloutSections.joined(separator: ", ")
        return language == .sv ? [
            "**Aktiv chef**: en chef på chefslistan från den dag hen blev chef till dagen innan hen slutade. Den som har slutat räknas inte från den dag hen slutade.",
            "**Nådd**: en aktiv chef som har varit närvarande på en genomförd workshop.",
            "**Ska nås i efterhand**: en aktiv chef som inte är nådd men blev chef efter den senaste workshopen; hen har inte missat något.",
            "**Andel chefer med APT om ett avsnitt**: andelen aktiva chefer som har rapporterat en APT om avsnittet (underavsnitt räknas till sitt huvudavsnitt).",
            "**Införandet**: par av aktiv chef och huvudavsnitt med en rapporterad APT, delat med antalet aktiva chefer gånger antalet huvudavsnitt."
                + (counted.isEmpty ? "" : " Huvudavsnitten som räknas är de som ska tas upp på APT: \(counted)."),
            "**Personal nådd**: antal medarbetare hos de aktiva chefer vars enhet har hållit APT om minst ett avsnitt (per avsnitt: om just det avsnittet).",
            "**Närvaro på en workshop**: närvarande delat med inbjudna. **Närvaro eller förhinder**: närvarande plus de som anmält förhinder, delat med inbjudna.",
            planText(plan, language),
            "**Arbetstid**: workshopens längd gånger antalet närvarande, plus APT:ns längd (\(aptMinutes) minuter) gånger antalet deltagare på varje APT.",
            "**Integritet**: betyg och återkoppling redovisas bara för grupper med minst \(minimumGroup) svar; fritext bara från anonym återkoppling. Rapporten innehåller inga namn.",
        ] : [
            "**Active manager**: a manager on the roster from the day they became a manager up to the day before they left. Someone who left no longer counts from the day they left.",
            "**Reached**: an active manager who was present at a held workshop.",
            "**To be reached later**: an active manager not reached who became a manager after the last workshop; they have not missed anything.",
            "**Share of managers with an APT on a section**: the share of active managers who reported an APT on it (subsections count towards their main section).",
            "**Rollout**: pairs of active manager and main section with a reported APT, over active managers times main sections."
                + (counted.isEmpty ? "" : " The main sections counted are those to take up at APT: \(counted)."),
            "**Staff reached**: the staff of active managers whose unit held an APT on at least one section (per section: on that section).",
            "**Attendance at a workshop**: present over invited. **Present or excused**: present plus those who sent apologies, over invited.",
            planText(plan, language),
            "**Staff hours**: workshop length times those present, plus the length of an APT (\(aptMinutes) minutes) times the participants of every APT.",
            "**Privacy**: ratings and feedback are shown only for groups of at least \(minimumGroup) answers; free text only from anonymous feedback. The report holds no names.",
        ]
    }

    private static func planText(_ plan: RolloutPlan?, _ language: Language) -> String {
        guard let plan else {
            return language.pick("**Planen**: ingen plan är angiven (införandets start och slut saknas i inställningarna).",
                                 "**Plan**: no plan is set (the rollout's start and end are missing from the settings).")
        }
        let milestones = plan.milestones.map { "\($0.date) \(FigureText.percent($0.share))" }.joined(separator: ", ")
        let start = language.pick("från 0 % när införandet startar (\(plan.start))", "from 0 % when the rollout starts (\(plan.start))")
        let end = plan.target.map { language.pick("till 100 % när det ska vara klart (\($0))", "to 100 % when it is to be done (\($0))") }
        if milestones.isEmpty {
            return language.pick("**Planen**: rak linje ", "**Plan**: a straight line ") + start + (end.map { " " + $0 } ?? "") + "."
        }
        return language.pick("**Planen**: ", "**Plan**: ") + start + language.pick(" i raka linjer genom delmålen ", " in straight lines through the milestones ")
            + milestones + (end.map { language.pick(" och vidare ", " and on ") + $0 } ?? "") + "."
    }
}
