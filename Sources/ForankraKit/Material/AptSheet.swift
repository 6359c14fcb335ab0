/// One APT discussion sheet: a programme section prepared for a workplace meeting.
public struct AptSheet: Sendable {
    /// A quotation: one sentence, or a lead-in with the list items it introduces ("Som chef
    /// förväntas du:" – leda … – vara tillgänglig …), printed once with its items under it.
    public struct Quote: Sendable, Equatable {
        public var opening: String
        public var items: [String]
        /// Where in the section the words stand, when that is a subsection ("2.1 Tillit, För
        /// chefer innebär det"); nil when they stand in the section itself.
        public var source: String?

        /// Consecutive items that share their lead-in become one quote, so the lead-in is not
        /// repeated line after line.
        static func grouping(_ statements: [KeyStatement], source: (KeyStatement) -> String?) -> [Quote] {
            var quotes: [Quote] = []
            var lastKey: String?
            for statement in statements {
                let key = statement.leadIn.map { statement.sectionID + "|" + $0 }
                if let key, key == lastKey, var last = quotes.popLast() {
                    last.items.append(statement.text)
                    quotes.append(last)
                } else if let leadIn = statement.leadIn {
                    quotes.append(Quote(opening: leadIn, items: [statement.text], source: source(statement)))
                } else {
                    quotes.append(Quote(opening: statement.shownText, items: [], source: source(statement)))
                }
                lastKey = key
            }
            return quotes
        }

        /// About how many printed lines the quote takes on an A4 sheet (quotes are set at 10.5 pt,
        /// some 95 characters a line), with the space around it.
        var printedLines: Double {
            func lines(_ text: String, width: Int) -> Double { Double(max(1, (text.count + width - 1) / width)) }
            return lines(opening, width: 95) + items.reduce(0) { $0 + lines($1, width: 90) } + (source == nil ? 0 : 1) + 0.8
        }

        /// The quotes that fit the sheet's first page beside its time plan, in their order; a
        /// quote too long for what is left is passed over for a shorter one after it. The first
        /// quote is always kept. Returns how many statements were left out.
        /// With `keepingFirst` false (a sheet whose page 1 opens with what changed), a first
        /// quote that does not fit is left out too, and the sheet says how much more there is.
        static func fitting(_ quotes: [Quote], lines budget: Double, keepingFirst: Bool = true) -> (shown: [Quote], leftOut: Int) {
            var shown: [Quote] = []
            var used = 0.0
            var leftOut = 0
            for quote in quotes {
                if (keepingFirst && shown.isEmpty) || used + quote.printedLines <= budget {
                    shown.append(quote)
                    used += quote.printedLines
                } else {
                    leftOut += max(1, quote.items.count)
                }
            }
            return (shown, leftOut)
        }

        var templateValue: TemplateValue {
            .object([
                "text": .text(opening),
                "items": .list(items.enumerated().map { index, item in
                    .object(["text": .text(item), "last": .flag(index == items.count - 1)])
                }),
                "source": .text(source ?? ""),
            ])
        }
    }

    public var section: ProgrammeSection
    /// "avsnitt 4 av 11" or "avsnitt 2.1".
    public var reference: String
    public var quotes: [Quote]
    /// Quotable statements the section has beyond those on the sheet: said on the sheet, so
    /// a programme of twenty promises is never cut to six without the reader knowing.
    public var notShown: Int = 0
    public var questions: [String]
    public var themes: [Theme]
    public var plan: TimePlan
    /// File name without extension, safe and sorted in programme order: "apt-04-arbetsmiljo-och-halsa".
    public var fileStem: String
    /// On a sheet for what changed since the previous version: the changes in its chapter.
    var changes: SheetChanges?

    func templateContext(heading: String, language: Language) -> [String: TemplateValue] {
        let english = language == .en
        return [
            "document": .object(["heading": .text(heading)]),
            "sheet": .object([
                "id": .text(section.id),
                "title": .text(section.title),
                "numberedTitle": .text(section.numberedTitle),
                "reference": .text(reference),
                "minutes": .text(String(plan.total)),
                "source": .text(language.pick("avsnitt", "section") + " \(section.id), \(section.title)"),
                "more": .text(moreText(language)),
                // A sheet for taking up what changed in a section the workplace has met before.
                "retake": .flag(changes.map { !$0.wholeChapterIsNew } ?? false),
            ]),
            "plan": .object([
                "introduction": .text(String(plan.introduction)),
                "conversation": .text(String(plan.conversation)),
                "sharing": .text(String(plan.sharing)),
                "nextStep": .text(String(plan.nextStep)),
            ]),
            "quotes": .list(quotes.map(\.templateValue)),
            "changes": .list(changes.map { [$0.templateValue] } ?? []),
            "questions": .list(questions.enumerated().map { .object(["number": .text(String($0.offset + 1)), "text": .text($0.element)]) }),
            "themes": .text(themes.map { $0.name(english: english) }.joined(separator: ", ")),
            // Only the main theme's advice: a note on health belongs on a sheet about health.
            "guidance": .list((themes.first?.guidance(english: english) ?? []).map(TemplateValue.text)),
        ]
    }
}

extension AptSheet {
    /// "Här ryms bara ett urval: avsnittet har tre meningar till. Läs hela avsnitt 5 i programmet."
    func moreText(_ language: Language) -> String {
        guard notShown > 0 else { return "" }
        return language.pick(
            "Här ryms bara ett urval: avsnittet har \(notShown == 1 ? "en mening" : Language.sv.numberWord(notShown) + " meningar") till. Läs hela avsnitt \(section.id) i programmet.",
            "Only a selection fits here: the section has \(notShown == 1 ? "one more sentence" : Language.en.numberWord(notShown) + " more sentences"). Read all of section \(section.id) in the programme.")
    }

    /// The printed lines the first page has for quotes and the note on what is left out,
    /// measured on A4 with Chromium (`make conformance` prints every sheet and checks it).
    static let quoteLines = 18.0

    /// The sheet for section `id` and everything under it.
    /// `askedElsewhere` holds the theme questions already on other sheets of the same set, so
    /// staff who meet a sheet every month do not get the same question twice.
    static func make(for id: String, analysis: ProgrammeAnalysis, settings: MaterialSettings, askedElsewhere: Set<String> = []) -> AptSheet? {
        draft(for: id, analysis: analysis, settings: settings)?.sheet(avoiding: askedElsewhere, analysis: analysis, settings: settings)
    }

    /// A sheet without its questions: everything else on it depends on its own section alone,
    /// so the drafts of a whole set are made side by side, and only the questions, which avoid
    /// those of the sheets before, are picked in order.
    struct Draft: Sendable {
        var sheet: AptSheet
        /// The section's place in the programme, which varies the questions from sheet to sheet.
        var position: Int

        func sheet(avoiding askedElsewhere: Set<String>, analysis: ProgrammeAnalysis, settings: MaterialSettings) -> AptSheet {
            var sheet = self.sheet
            sheet.questions = QuestionPicker.questions(
                themes: sheet.themes, reflection: analysis.lexicon.reflection, position: position, language: settings.language,
                avoiding: askedElsewhere, kind: SectionKind.of(title: sheet.section.title))
            return sheet
        }
    }

    static func draft(for id: String, analysis: ProgrammeAnalysis, settings: MaterialSettings) -> Draft? {
        let programme = analysis.programme
        guard let section = programme.section(id: id),
              let position = programme.sections.firstIndex(where: { $0.id == id })
        else { return nil }
        let covered = programme.sectionWithDescendants(id: id)
        let selection = KeyStatementFinder.selection(from: covered, candidates: analysis.keyStatements(of:))
        let statements = selection.statements
        let themes = analysis.themes(coveringSection: id)
        let language = settings.language
        var reference = language.pick("avsnitt ", "section ") + section.id
        let topLevel = programme.topLevelSections
        if section.level == topLevel.first?.level, let index = topLevel.firstIndex(where: { $0.id == id }) {
            reference = language.pick("avsnitt \(index + 1) av \(topLevel.count)", "section \(index + 1) of \(topLevel.count)")
            if section.hasOwnNumber && section.id != String(index + 1) {
                reference = language.pick("avsnitt \(section.id)", "section \(section.id)")
            }
        }
        // Page 1 of the sheet holds the time plan and the quotes (see the page plan in the
        // README): what does not fit is counted with what the selection left out.
        let fitted = Quote.fitting(Quote.grouping(statements) { sourceLabel(of: $0.sectionID, under: id, in: programme) }, lines: quoteLines)
        let sheet = AptSheet(
            section: section,
            reference: reference,
            quotes: fitted.shown,
            notShown: selection.notShown + fitted.leftOut,
            questions: [],
            themes: themes,
            plan: TimePlan.fitted(to: settings.aptMinutes),
            fileStem: "apt-" + Slug.sortableID(section.id) + "-" + Slug.make(section.title))
        return Draft(sheet: sheet, position: position)
    }

    /// "2.1 Tillit, För chefer innebär det": the numbered subsection and any unnumbered
    /// heading under it, so a reader can find the words in the programme.
    private static func sourceLabel(of sectionID: String, under rootID: String, in programme: Programme) -> String? {
        guard sectionID != rootID else { return nil }
        var chain: [ProgrammeSection] = []
        var current = programme.section(id: sectionID)
        while let section = current, section.id != rootID {
            chain.insert(section, at: 0)
            current = section.parentID.flatMap { programme.section(id: $0) }
        }
        guard !chain.isEmpty else { return nil }
        let numbered = chain.last(where: \.hasOwnNumber)
        let after = chain.drop(while: { $0.id != numbered?.id }).dropFirst()
        let parts = (numbered.map { [$0.numberedTitle] } ?? []) + (numbered == nil ? chain : Array(after)).map(\.title)
        return parts.joined(separator: ", ")
    }
}
