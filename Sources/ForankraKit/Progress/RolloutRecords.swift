/// Everything the progress figures are computed from, read once.
public struct RolloutRecords: Sendable {
    public var settings: WorkspaceSettings
    public var programme: Programme
    public var managers: [Manager]
    public var workshops: [Workshop]
    public var apts: [AptRecord]

    public init(settings: WorkspaceSettings, programme: Programme, managers: [Manager], workshops: [Workshop], apts: [AptRecord]) {
        self.settings = settings
        self.programme = programme
        self.managers = managers
        self.workshops = workshops
        self.apts = apts
    }

    /// The programme's top-level sections: what every workplace is to take up at APT.
    public var topicIDs: [String] { programme.topLevelSections.map(\.id) }

    /// "2.1.3" belongs to topic "2"; an id not in the programme maps to itself.
    public func topic(of sectionID: String) -> String {
        var current = programme.section(id: sectionID)
        while let section = current, let parent = section.parentID {
            current = programme.section(id: parent)
        }
        return current?.id ?? sectionID
    }
}
