/// How every figure is computed, printed with the figures so any reader can recompute them.
enum ReportDefinitions {
    static func text(_ language: Language, minimumGroup: Int, milestones: [RolloutPlan.Milestone] = []) -> [String] {
        let points = milestones.map { "\($0.date) \(StatusText.percent($0.share))" }.joined(separator: ", ")
        return language == .sv ? [
            "**Aktiv chef**: en chef på chefslistan från dagen i *Från* till dagen före *Till*. Den som har slutat räknas inte från den dag hen slutade.",
            "**Nådd**: en aktiv chef som har varit närvarande på en genomförd workshop.",
            "**Catch-up**: en aktiv chef som inte är nådd men började efter den senaste workshopen; hen ska nås, men har inte missat något.",
            "**APT-täckning för ett avsnitt**: andelen aktiva chefer som har rapporterat en APT om avsnittet (underavsnitt räknas till sitt huvudavsnitt).",
            "**Införandet**: par av aktiv chef och huvudavsnitt med en rapporterad APT, delat med antalet aktiva chefer gånger antalet huvudavsnitt.",
            "**Personal nådd**: antal medarbetare hos de aktiva chefer vars enhet har hållit APT om minst ett avsnitt (per avsnitt: om just det avsnittet).",
            "**Uppslutning på en workshop**: närvarande plus anmält förhinder, delat med inbjudna.",
            milestones.isEmpty
                ? "**Planen**: rak linje från 0 % den dag införandet börjar (rollout_start) till 100 % den dag det ska vara klart (rollout_target)."
                : "**Planen**: från 0 % den dag införandet börjar (rollout_start) i raka linjer genom delmålen (rollout_milestones: \(points)) och vidare till 100 % den dag det ska vara klart (rollout_target), om det är angivet.",
            "**Arbetstid**: workshopens längd gånger antalet närvarande, plus APT-längden (apt_minutes) gånger antalet deltagare på varje APT.",
            "**Integritet**: betyg och återkoppling redovisas bara för grupper med minst \(minimumGroup) svar; fritext bara från anonym återkoppling. Rapporten innehåller inga namn.",
        ] : [
            "**Active manager**: a manager on the roster from the day in *Från* up to the day before *Till*. Someone who left no longer counts from the day they left.",
            "**Reached**: an active manager who was present at a held workshop.",
            "**Catch-up**: an active manager not reached who started after the last workshop; to be reached, not missed.",
            "**APT coverage of a section**: the share of active managers who reported an APT on it (subsections count towards their main section).",
            "**Rollout**: pairs of active manager and main section with a reported APT, over active managers times main sections.",
            "**Staff reached**: the staff of active managers whose unit held an APT on at least one section (per section: on that section).",
            "**Turnout at a workshop**: present plus excused, over invited.",
            milestones.isEmpty
                ? "**Plan**: a straight line from 0 % on rollout_start to 100 % on rollout_target."
                : "**Plan**: from 0 % on rollout_start in straight lines through the milestones (rollout_milestones: \(points)) and on to 100 % on rollout_target, when it is given.",
            "**Staff hours**: workshop length times those present, plus the APT length (apt_minutes) times the participants of every APT.",
            "**Privacy**: ratings and feedback are shown only for groups of at least \(minimumGroup) answers; free text only from anonymous feedback. The report holds no names.",
        ]
    }
}
