/// Everything the leadership report holds, computed once; the formats only lay it out.
/// It holds no names: people appear only as counts.
public struct ProgressReport: Sendable {
    public struct FeedbackSummary: Sendable, Equatable {
        /// How often each tag was given, most frequent first.
        public var tags: [(tag: String, count: Int)]
        /// Free text, only from anonymous feedback.
        public var comments: [String]
        public var ratings: Int
        public var averageRating: Double?

        public static func == (lhs: FeedbackSummary, rhs: FeedbackSummary) -> Bool {
            lhs.comments == rhs.comments && lhs.ratings == rhs.ratings && lhs.tags.map(\.tag) == rhs.tags.map(\.tag)
        }
    }

    public struct Cost: Sendable, Equatable {
        public var workshopHours: Double
        public var aptHours: Double
        public var hourlyCost: Double?
        public var totalHours: Double { workshopHours + aptHours }
        public var kronor: Double? { hourlyCost.map { $0 * totalHours } }
    }

    public var organisation: String
    public var heading: String
    public var language: Language
    public var figures: ProgressFigures
    public var timeline: ProgressTimeline
    public var workshops: [WorkshopSummary]
    public var feedback: FeedbackSummary
    /// Ratings by the department of whoever gave them, in whole cells of the released blocks.
    public var feedbackByDepartment: [DepartmentFeedback] = []
    /// Whether answers given by the report's day wait for enough others to be shown.
    public var feedbackWaiting = false
    public var questions: (total: Int, unanswered: Int, texts: [String])
    /// The questions to HR with those written the same way counted as one, most asked first.
    public var questionGroups: [QuestionGroup] = []

    /// One question to HR as the workplaces asked it: how often, how many still wait for an
    /// answer, and when it was first and last asked.
    public struct QuestionGroup: Sendable, Equatable {
        public var text: String
        public var count: Int
        public var unanswered: Int
        public var first: CalendarDate
        public var last: CalendarDate
    }
    public var commitments: (open: Int, done: Int, overdue: Int)
    /// The commitments by department, in the groups the department table shows.
    var commitmentsByDepartment: [DepartmentCommitments] = []
    /// Managers not yet at a workshop, and how many are invited to one to come.
    var invitations = WorkshopInvitations()
    /// When the rollout is done at its recent pace; nil too early to tell.
    var forecast: RolloutForecast?
    /// The programme's own point on the rollout ("alla chefer ska ha tagit upp programmet på
    /// APT senast …"), when HR's follow-up table has one not yet done.
    var rolloutGoal: ActionRow?
    /// After a revision: the points of HR's follow-up table that still hold the earlier
    /// version's words, with the new version's dates.
    var promiseRevision: PromiseRevision?
    /// Points of HR's table that are one promise stated twice (see PromiseTwins), with what a
    /// twin can settle for the other: its owner, and whether it is done.
    var promiseTwins: [PromiseTwins.Pair] = []
    var ownerOfPoint: [String: String] = [:]
    var donePoints: Set<String> = []
    /// Each point's first date in HR's table.
    var firstDueOfPoint: [String: CalendarDate] = [:]
    /// The programme's own promises from `uppfoljning.md`; nil without one.
    var promises: PromiseProgress?
    /// After a programme update, the changed chapters taken up again; nil before one and in a
    /// report for one department.
    var revision: RevisionFigures?
    /// Section titles by id, for the points of the follow-up table that name only a number.
    var sectionTitles: [String: String] = [:]
    /// Themes of what workplaces concluded and asked HR: keyword mentions, most frequent first.
    public var raisedThemes: [(name: String, count: Int)] = []
    public var cost: Cost
    public var minimumGroup: Int
    /// The plan the figures are set against, nil without rollout dates.
    public var plan: RolloutPlan?
    /// The main sections the rollout counts, when the settings choose them (else all).
    public var rolloutSections: [String] = []
    /// Length of an APT in minutes, for the cost in staff hours.
    public var aptMinutes = 30
    /// Problems in the records, listed first; the records they affect are left out.
    public var problems: [RecordProblem]
    public var leftOut: Int

    public var isEmpty: Bool { figures.activeManagers == 0 && figures.aptsHeld == 0 && workshops.isEmpty }
}

extension ProgressReport {
    public static func make(_ records: RolloutRecords, on day: CalendarDate, from: CalendarDate? = nil, department: String? = nil,
                            hourlyCost: Double? = nil, problems: [RecordProblem] = [], leftOut: Int = 0, lexicon: ThemeLexicon? = nil) -> ProgressReport {
        let inRange = AptTally.Scope(day: day, from: from).contains
        var managerIDs = Set<String>()
        for manager in records.managers where department == nil || manager.department == department { managerIDs.insert(manager.id) }
        let inDepartment = managerIDs
        let workshops = records.workshops.filter { inRange($0.date) && $0.status != .cancelled }
        let minimum = records.settings.minimumGroupSize
        let feedback = FeedbackView.make(records, on: day, from: from, department: department)
        // The follow-up and head count of the APTs in range, as `records.tally` added them up.
        let followUp = records.tally.followUp(of: managerIDs.contains)
        let groupOfDepartment = DepartmentGroups.groups(records, on: day)
        let otherDepartments = DepartmentGroups.otherName(records.settings.language)
        var commitmentsByGroup: [String: DepartmentCommitments] = [:]
        var aptParticipants = 0
        for manager in records.managers where managerIDs.contains(manager.id) {
            guard let tallied = records.tally.managers[manager.id] else { continue }
            aptParticipants += tallied.participantsInScope
            // A manager listed twice on the roster is one manager; their APTs count once.
            managerIDs.remove(manager.id)
            guard tallied.followUp.open + tallied.followUp.done > 0 else { continue }
            let group = groupOfDepartment[manager.department] ?? otherDepartments
            commitmentsByGroup[group, default: DepartmentCommitments(name: group)].counts.add(tallied.followUp)
        }
        var questions: [String] = []
        var groups: [String: QuestionGroup] = [:]
        // The words of the conclusions and questions in record order, for the themes they raise.
        var raisedWords = WordIndex()
        for apt in records.tally.shown where inRange(apt.date) && inDepartment.contains(apt.managerID) {
            let asked = apt.questions.map(\.text)
            questions += asked
            for question in apt.questions {
                // The same rule as HR's follow-up list, so both give a question the same count.
                let key = AptRecord.Question.groupingKey(question.text)
                var group = groups[key] ?? QuestionGroup(text: question.text, count: 0, unanswered: 0, first: apt.date, last: apt.date)
                group.count += 1
                if !question.answered { group.unanswered += 1 }
                group.first = min(group.first, apt.date)
                group.last = max(group.last, apt.date)
                groups[key] = group
            }
            raisedWords.append(apt.conclusion)
            for question in asked { raisedWords.append(question) }
        }
        let workshopHours = workshops.reduce(0.0) { $0 + $1.hours * Double($1.participants.filter { $0.attendance == .present }.count) }
        let aptHours = Double(records.settings.aptMinutes * aptParticipants) / 60
        let figures = ProgressFigures.compute(records, on: day, from: from, department: department)
        let timeline = ProgressTimeline.compute(records, department: department, until: day)
        var report = ProgressReport(
            organisation: records.settings.organisation,
            heading: records.settings.materialSettings.documentHeading(for: records.programme),
            language: records.settings.language,
            figures: figures,
            timeline: timeline,
            workshops: feedback.workshops,
            feedback: feedback.summary,
            questions: (questions.count, followUp.unanswered, questions),
            commitments: (followUp.open, followUp.done, followUp.overdue),
            cost: Cost(workshopHours: workshopHours, aptHours: aptHours, hourlyCost: hourlyCost),
            minimumGroup: minimum, problems: problems, leftOut: leftOut)
        report.plan = records.settings.plan
        report.commitmentsByDepartment = commitmentsByGroup.values.sorted { ($0.name == otherDepartments ? 1 : 0, $0.name) < ($1.name == otherDepartments ? 1 : 0, $1.name) }
        report.invitations = WorkshopInvitations.compute(records, on: day, from: from, department: department)
        report.forecast = RolloutForecast.compute(timeline, on: day)
        report.rolloutGoal = PromiseProgress.rolloutGoal(in: records.actions, on: day)
        // After a revision, points the new version changed are not called due soon on their old date.
        if let revision = records.revision, !records.actions.isEmpty {
            report.promiseRevision = PromiseRevision.compute(records.actions, revision, on: day)
        }
        report.promises = PromiseProgress.compute(records.actions, on: day, moved: report.promiseRevision?.ids ?? [])
        report.promiseTwins = PromiseTwins.pairs(records.actions)
        for row in records.actions {
            if report.ownerOfPoint[row.id] == nil { report.ownerOfPoint[row.id] = row.owner }
            if row.status == .done { report.donePoints.insert(row.id) }
            if let due = row.due { report.firstDueOfPoint[row.id] = min(report.firstDueOfPoint[row.id] ?? due, due) }
        }
        report.sectionTitles = Dictionary(records.programme.sections.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        if department == nil { report.revision = RevisionFigures.compute(records, on: day) }
        report.aptMinutes = records.settings.aptMinutes
        if !records.settings.rolloutSections.isEmpty { report.rolloutSections = records.topicIDs }
        report.questionGroups = groups.values.sorted { ($1.count, $0.text) < ($0.count, $1.text) }
        report.feedbackByDepartment = feedback.byDepartment
        report.feedbackWaiting = feedback.waiting
        if let lexicon {
            report.raisedThemes = themes(of: raisedWords, lexicon: lexicon, language: records.settings.language)
        }
        return report
    }

    /// Mentions of each theme's keywords across all the texts, matched once on all their words:
    /// matching each text on its own cost more than all the rest of the report at municipal scale.
    static func themes(of words: WordIndex, lexicon: ThemeLexicon, language: Language) -> [(name: String, count: Int)] {
        guard !words.isEmpty else { return [] }
        return lexicon.themes(inBody: words).map { ($0.theme.name(english: language == .en), $0.score) }
    }
}
