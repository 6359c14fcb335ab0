/// `forankra.md`: the workspace's settings in front matter, explained in its body for HR.
public struct WorkspaceSettings: Sendable, Equatable {
    public var organisation: String
    /// The programme file, relative to the workspace.
    public var programme: String
    public var language: Language
    public var aptMinutes: Int
    /// Feedback and ratings are never broken down for fewer people than this.
    public var minimumGroupSize: Int
    public var rolloutStart: CalendarDate?
    public var rolloutTarget: CalendarDate?
    /// Cost of one staff hour in kronor, for the report's cost of the rollout; optional.
    public var hourlyCost: Double?
    /// The top-level sections the rollout counts (those to take up at APT); empty means all.
    public var rolloutSections: [String] = []
    /// Shares of the rollout due by given days; without them the plan is a straight line.
    public var rolloutMilestones: [RolloutPlan.Milestone] = []
    /// How long records are kept (the municipality's retention rule); `privacy` flags older ones.
    public var retentionMonths: Int?
    /// The HR mailbox that sends the workshop invitations: with it they are meeting requests
    /// managers can answer.
    public var organizer: CalendarInvitation.Person?
    /// The version the programme replaced (`forankra programme update`): APTs held before
    /// `programmeSince` name its sections, and are counted to the new version's through a diff.
    public var previousProgramme: String?
    public var programmeSince: CalendarDate?

    /// Nil without rollout_start (or without anything after it to aim for).
    public var plan: RolloutPlan? {
        RolloutPlan(start: rolloutStart, target: rolloutTarget, milestones: rolloutMilestones)
    }

    /// What stands in for settings that cannot be read, so the rest can still be checked.
    static let defaults = WorkspaceSettings(organisation: "", programme: "", language: .sv, aptMinutes: 30, minimumGroupSize: 5,
                                            rolloutStart: nil, rolloutTarget: nil)

    static let knownKeys: Set<String> = [
        "organisation", "programme", "language", "apt_minutes", "minimum_group_size", "rollout_start", "rollout_target", "rollout_milestones", "rollout_sections",
        "hourly_cost", "retention_months", "organizer", "previous_programme", "programme_since",
    ]

    public static func read(_ text: String, path: String) throws -> WorkspaceSettings {
        let reading = reading(text, path: path)
        return try reading.get()
    }

    /// Every problem in forankra.md (code SETTINGS) with its line; the settings as far as they
    /// could be read, defaults standing in for broken values.
    static func reading(_ text: String, path: String) -> RecordReading<WorkspaceSettings> {
        let front: FrontMatter
        do {
            front = try FrontMatter.split(text, path: path).frontMatter
        } catch {
            var broken = RecordReading<WorkspaceSettings>.brokenFrontMatter(error, path: path)
            broken.problems = broken.problems.map { var problem = $0; problem.code = .settings; return problem }
            return broken
        }
        var problems: [RecordProblem] = []
        func problem(_ message: String, _ key: String, hint: String) {
            problems.append(.init(.settings, message, path: path, line: front.field(key)?.line ?? 1, hint: hint))
        }
        for field in front.fields where !knownKeys.contains(field.key) {
            problems.append(.init(.settings, "unknown setting '\(field.key)'", path: path, line: field.line,
                                  hint: "Settings are: " + knownKeys.sorted().joined(separator: ", ") + "."))
        }
        let organisation = front["organisation"] ?? ""
        if organisation.isEmpty { problem("the setting 'organisation' is missing", "organisation", hint: "Add e.g. `organisation: Sjöhamra kommun`.") }
        let programme = front["programme"] ?? ""
        if programme.isEmpty { problem("the setting 'programme' is missing", "programme", hint: "Add the programme file, e.g. `programme: programme/personalpolitiskt-program.md`.") }
        if programme.contains("..") || programme.hasPrefix("/") {
            problem("the programme must be a file inside the workspace", "programme", hint: "Copy it into programme/ and give its path from there.")
        }
        var language = Language.sv
        if let text = front["language"] {
            if let parsed = Language(rawValue: text) { language = parsed } else { problem("language '\(text)' is not sv or en", "language", hint: "Write `language: sv`.") }
        }
        var fields = FieldReader(front, path: path, record: "forankra.md", codeOverride: .settings)
        var hourlyCost: Double?
        if let text = front["hourly_cost"], !text.isEmpty {
            // Written the Swedish way or not: "412,50", "412.50", "412".
            let number = Double(text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: ""))
            if let number, number > 0 { hourlyCost = number } else {
                problem("'hourly_cost' must be a positive amount in kronor, not '\(text)'", "hourly_cost", hint: "Write e.g. `hourly_cost: 450`.")
            }
        }
        var milestones: [RolloutPlan.Milestone] = []
        if let text = front["rollout_milestones"], !text.isEmpty {
            let read = RolloutPlan.milestones(from: text)
            milestones = read.milestones
            for message in read.problems {
                problem(message, "rollout_milestones", hint: "Write e.g. `rollout_milestones: 2026-03-31 25 %, 2026-06-30 60 %`.")
            }
        }
        var settings = WorkspaceSettings(
            organisation: organisation, programme: programme, language: language,
            aptMinutes: fields.number("apt_minutes", in: TimePlan.allowedMinutes, required: false) ?? 30,
            minimumGroupSize: fields.number("minimum_group_size", in: 2...50, required: false) ?? 5,
            rolloutStart: fields.date("rollout_start", required: false), rolloutTarget: fields.date("rollout_target", required: false),
            hourlyCost: hourlyCost)
        settings.retentionMonths = fields.number("retention_months", in: 1...600, required: false)
        if let text = front["organizer"], !text.isEmpty {
            settings.organizer = organizer(from: text)
            if settings.organizer == nil {
                problem("'organizer' must be a name and an e-mail address, not '\(text)'", "organizer",
                        hint: "Write e.g. `organizer: HR-avdelningen <hr@sjohamra.se>`.")
            }
        }
        if let previous = front["previous_programme"], !previous.isEmpty {
            if previous.contains("..") || previous.hasPrefix("/") {
                problem("the previous programme must be a file inside the workspace", "previous_programme", hint: "Copy it into programme/ and give its path from there.")
            } else {
                settings.previousProgramme = previous
            }
            settings.programmeSince = fields.date("programme_since", required: true)
        } else if front["programme_since"] != nil {
            problem("programme_since needs previous_programme, the version it replaced", "programme_since",
                    hint: "Let 'forankra programme update NEW' write both.")
        }
        problems += fields.problems
        if let start = settings.rolloutStart, let target = settings.rolloutTarget, target <= start {
            problem("rollout_target (\(target)) must come after rollout_start (\(start))", "rollout_target", hint: "Check the two dates.")
        }
        settings.rolloutMilestones = milestones
        // Checked against the programme by `check`, which has read it.
        settings.rolloutSections = (front["rollout_sections"] ?? "").split(separator: ",").map(\.trimmedOfSpaces).filter { !$0.isEmpty }
        let hint = "Milestones fall between rollout_start and rollout_target."
        if !milestones.isEmpty && settings.rolloutStart == nil {
            problem("rollout_milestones needs rollout_start, the day the plan starts from 0 %", "rollout_milestones", hint: "Add e.g. `rollout_start: 2026-01-12`.")
        }
        for milestone in milestones {
            if let start = settings.rolloutStart, milestone.date <= start {
                problem("the milestone \(milestone.date) is not after rollout_start (\(start))", "rollout_milestones", hint: hint)
            }
            if let target = settings.rolloutTarget, milestone.date > target {
                problem("the milestone \(milestone.date) is after rollout_target (\(target))", "rollout_milestones", hint: hint)
            }
        }
        return RecordReading(model: settings, frontMatter: front, problems: problems)
    }

    /// "HR-avdelningen <hr@sjohamra.se>", or the address alone.
    static func organizer(from text: String) -> CalendarInvitation.Person? {
        var name = text.trimmedOfSpaces
        var email = name
        if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
            email = String(text[text.index(after: open)..<close]).trimmedOfSpaces
            name = String(text[..<open]).trimmedOfSpaces
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !email.contains(where: { $0.isWhitespace || $0 == "<" || $0 == ">" }) else { return nil }
        return CalendarInvitation.Person(name: name == email || name.isEmpty ? email : name, email: email)
    }

    var materialSettings: MaterialSettings {
        MaterialSettings(language: language, aptMinutes: aptMinutes, organisation: organisation)
    }
}
