/// Everything the progress figures are computed from, read once.
public struct RolloutRecords: Sendable {
    public var settings: WorkspaceSettings
    public var programme: Programme {
        didSet { topicBySection = Self.topics(of: programme) }
    }
    public var managers: [Manager]
    public var workshops: [Workshop]
    /// What the figures need of the APTs without problems, added up as they were read.
    public var tally: AptTally
    /// The programme's promises as HR follows them up in `uppfoljning.md`; empty without one.
    var actions: [ActionRow] = []
    /// After `programme update`: the version replaced and what changed. The APTs and workshops
    /// held under it already carry the new version's section ids here.
    var revision: ProgrammeRevision?

    public init(settings: WorkspaceSettings, programme: Programme, managers: [Manager], workshops: [Workshop], tally: AptTally) {
        self.settings = settings
        self.programme = programme
        self.managers = managers
        self.workshops = workshops
        self.tally = tally
        topicBySection = Self.topics(of: programme)
    }

    /// Each section's top-level section, worked out once: every section of every APT is counted
    /// to its topic, and walking the programme each time cost more than the counting.
    private var topicBySection: [String: String]

    static func topics(of programme: Programme) -> [String: String] {
        var topics: [String: String] = [:]
        for section in programme.sections {
            var current = section
            while let parentID = current.parentID, let parent = programme.section(id: parentID) { current = parent }
            topics[section.id] = current.id
        }
        return topics
    }

    /// The programme's top-level sections: what every workplace is to take up at APT.
    /// Those the settings name in `rollout_sections`, when they do (an introduction or a
    /// chapter on follow-up is not something a workplace takes up at APT).
    public var topicIDs: [String] {
        let all = programme.topLevelSections.map(\.id)
        let chosen = Set(settings.rolloutSections)
        return chosen.isEmpty ? all : all.filter(chosen.contains)
    }

    /// "av alla avsnitt" / "av avsnitten som ska tas upp": what the rollout share is a share of.
    static func scope(restricted: Bool, _ language: Language) -> String {
        restricted
            ? language.pick("av avsnitten som ska tas upp, på alla arbetsplatser", "of the sections to take up, at all workplaces")
            : language.pick("av alla avsnitt på alla arbetsplatser", "of all sections at all workplaces")
    }

    /// "2.1.3" belongs to topic "2"; an id not in the programme maps to itself.
    public func topic(of sectionID: String) -> String {
        topicBySection[sectionID] ?? sectionID
    }
}
