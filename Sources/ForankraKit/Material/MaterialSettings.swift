/// Choices that shape every printed document of one run.
public struct MaterialSettings: Sendable {
    public var language: Language
    /// Length of the APT meeting each sheet plans for.
    public var aptMinutes: Int
    public var organisation: String?

    public init(language: Language = .sv, aptMinutes: Int = 30, organisation: String? = nil) {
        self.language = language
        self.aptMinutes = aptMinutes
        self.organisation = organisation
    }

    /// The line under each heading: the programme's title, with the organisation before it
    /// unless the title already names it.
    public func documentHeading(for programme: Programme) -> String {
        guard let organisation, !organisation.isEmpty,
              !programme.title.localizedCaseInsensitiveContains(organisation)
        else { return programme.title }
        return organisation + " · " + programme.title
    }
}
