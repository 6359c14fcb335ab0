/// One theme of the lexicon (work environment, pay, leadership …): the words that show a
/// programme section is about it, and the questions an APT sheet asks about it.
/// Read from `templates/teman/<id>.md`, which HR edits.
public struct Theme: Sendable, Equatable {
    /// ASCII id, e.g. `arbetsmiljo`; also the file name.
    public var id: String
    public var nameSV: String
    public var nameEN: String
    public var keywords: [ThemeKeyword]
    public var questionsSV: [String]
    public var questionsEN: [String]
    /// Advice printed on a sheet whose section has this theme, from `## Att tänka på` and
    /// `## Keep in mind`; empty for most themes.
    public var guidanceSV: [String] = []
    public var guidanceEN: [String] = []

    public init(
        id: String, nameSV: String, nameEN: String, keywords: [ThemeKeyword],
        questionsSV: [String], questionsEN: [String]
    ) {
        self.id = id
        self.nameSV = nameSV
        self.nameEN = nameEN
        self.keywords = keywords
        self.questionsSV = questionsSV
        self.questionsEN = questionsEN
    }

    public func name(english: Bool) -> String { english ? nameEN : nameSV }
    public func questions(english: Bool) -> [String] { english ? questionsEN : questionsSV }
    public func guidance(english: Bool) -> [String] { english ? guidanceEN : guidanceSV }
}

/// The questions asked on every sheet, whatever the section is about, from `templates/reflektion.md`.
public struct ReflectionBank: Sendable, Equatable {
    /// What the section means for us, what we do well, what to improve, one concrete step …
    public var questionsSV: [String]
    public var questionsEN: [String]
    /// For a section that matches no theme.
    public var generalSV: [String]
    public var generalEN: [String]

    /// For a section that introduces the programme (inledning, bakgrund, syfte) and one that
    /// says how it is followed up and revised: the theme questions would not fit them.
    public var introductionSV: [String] = []
    public var introductionEN: [String] = []
    public var followUpSV: [String] = []
    public var followUpEN: [String] = []

    public init(questionsSV: [String], questionsEN: [String], generalSV: [String], generalEN: [String]) {
        self.questionsSV = questionsSV
        self.questionsEN = questionsEN
        self.generalSV = generalSV
        self.generalEN = generalEN
    }

    public func questions(english: Bool) -> [String] { english ? questionsEN : questionsSV }
    public func general(english: Bool) -> [String] { english ? generalEN : generalSV }

    /// The bank of its own for a kind of section, or nil for an ordinary one.
    public func questions(for kind: SectionKind, english: Bool) -> [String]? {
        let bank: [String]
        switch kind {
        case .ordinary: return nil
        case .introduction: bank = english ? introductionEN : introductionSV
        case .followUp: bank = english ? followUpEN : followUpSV
        }
        return bank.isEmpty ? nil : bank
    }
}

/// What a section does in the programme, as far as the questions about it go.
public enum SectionKind: Sendable, Equatable {
    case ordinary
    /// Inledning, bakgrund, syfte, förord: why the programme exists.
    case introduction
    /// Uppföljning, revidering, giltighet: how the programme is followed up and kept up to date.
    case followUp

    /// Told by the words of the title, in Swedish or English.
    public static func of(title: String) -> SectionKind {
        let words = Set(title.lowercased().split { !$0.isLetter }.map(String.init))
        let introduction: Set = ["inledning", "bakgrund", "syfte", "förord", "introduction", "background", "purpose", "foreword"]
        let followUp: Set = ["uppföljning", "revidering", "revision", "giltighet", "giltighetstid", "follow", "review", "validity"]
        if !words.isDisjoint(with: followUp) { return .followUp }
        if !words.isDisjoint(with: introduction) { return .introduction }
        return .ordinary
    }
}

/// How strongly a text is about one theme, and which keywords showed it.
public struct ThemeMatch: Sendable, Equatable {
    public var theme: Theme
    /// Word hits in the title count three times, hits in the body once.
    public var score: Int
    /// The keywords that matched, as written in the theme file, in file order.
    public var keywords: [String]

    public init(theme: Theme, score: Int, keywords: [String]) {
        self.theme = theme
        self.score = score
        self.keywords = keywords
    }
}
