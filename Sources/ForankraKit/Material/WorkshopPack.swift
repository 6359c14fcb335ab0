/// Everything a manager workshop needs on paper: agenda, facilitator guide, sign-in sheet,
/// evaluation form and the APT sheets of its sections.
public struct WorkshopPack {
    public struct Slot: Sendable {
        public var date: CalendarDate
        public var start: ClockTime
        public var end: ClockTime
        public var place: String
        public var facilitators: [String]
    }

    /// One row of the sign-in sheet; blank until the workshop has invited managers.
    public struct Attendee: Sendable {
        public var name: String
        public var department: String
        public var unit: String
    }

    public var slot: Slot
    public var sectionIDs: [String]
    public var attendees: [Attendee]
    /// Rows on the sign-in sheet when nobody is invited yet.
    public var blankRows: Int

    /// The sign-in sheet's rows fill whole A4 pages (12 mm a row, see PrintStyle): so many fit
    /// under the heading of page 1, so many on each page after it under the repeated header.
    static let signInRowsOnFirstPage = 17
    static let signInRowsPerPage = 20
    /// Blank rows for those who come without an invitation.
    static let signInBlankRows = 5

    /// The number of rows for `filled` names (or `filled` blank rows to write in): at least
    /// five blank rows after them, and as many more as it takes to fill the last page.
    static func signInRows(filled: Int, blanks: Int = signInBlankRows) -> Int {
        let needed = filled + blanks
        guard needed > signInRowsOnFirstPage else { return signInRowsOnFirstPage }
        let pages = (needed - signInRowsOnFirstPage + signInRowsPerPage - 1) / signInRowsPerPage
        return signInRowsOnFirstPage + pages * signInRowsPerPage
    }

    func material(analysis: ProgrammeAnalysis, settings: MaterialSettings, renderer: MaterialRenderer) throws -> MaterialSet {
        let programme = analysis.programme
        let sections = sectionIDs.compactMap(programme.section(id:))
        let agenda = try AgendaPlanner.plan(start: slot.start, end: slot.end, sections: sections.map(\.label))
        let language = settings.language
        // The sheets are made once: the pack prints them and the guide quotes their questions.
        let sheets = SheetMaterial.sheets(ids: sectionIDs, analysis: analysis, settings: settings)
        let context = templateContext(agenda: agenda, sections: sections, sheets: sheets, analysis: analysis, settings: settings)
        let title = language.pick("Workshoppaket ", "Workshop pack ") + "\(slot.date) · \(slot.place)"
        var set = MaterialSet(title: title)
        set.documents = [
            .init(fileStem: "agenda", title: language.pick("Program", "Agenda"), markdown: try renderer.render("agenda.md", context)),
            .init(fileStem: "handledning", title: language.pick("Handledning", "Facilitator guide"), markdown: try renderer.render("handledning.md", context)),
            .init(fileStem: "narvarolista", title: language.pick("Närvarolista", "Sign-in sheet"), markdown: try renderer.render("narvarolista.md", context)),
            .init(fileStem: "utvardering", title: language.pick("Utvärdering", "Evaluation"), markdown: try renderer.render("utvardering.md", context)),
        ]
        set.documents += try SheetMaterial.make(sheets, analysis: analysis, settings: settings, renderer: renderer).documents
        return set
    }

    private func templateContext(agenda: [AgendaPlanner.Item], sections: [ProgrammeSection], sheets: [AptSheet], analysis: ProgrammeAnalysis, settings: MaterialSettings) -> [String: TemplateValue] {
        let english = settings.language == .en
        var sheetQuestions: [String: [String]] = [:]
        for sheet in sheets { sheetQuestions[sheet.section.id] = sheet.questions }
        let blank = Attendee(name: "", department: "", unit: "")
        let rows: [Attendee] = attendees.isEmpty
            ? Array(repeating: blank, count: Self.signInRows(filled: blankRows, blanks: 0))
            : attendees + Array(repeating: blank, count: Self.signInRows(filled: attendees.count) - attendees.count)
        return [
            "document": .object(["heading": .text(settings.documentHeading(for: analysis.programme))]),
            "workshop": .object([
                "date": .text(slot.date.description),
                "dateText": .text(slot.date.longText(settings.language)),
                "dateLine": .text(slot.date.lineText(settings.language)),
                "start": .text(slot.start.text(settings.language)),
                "end": .text(slot.end.text(settings.language)),
                "place": .text(slot.place),
                "facilitators": .text(slot.facilitators.joined(separator: ", ")),
            ]),
            "agenda": .list(agenda.map { item in
                var fields: [String: TemplateValue] = [
                    "start": .text(item.start.text(settings.language)), "end": .text(item.end.text(settings.language)),
                    "section": .text(item.sectionLabel ?? ""),
                ]
                for kind in AgendaPlanner.Kind.allCases {
                    fields["is" + kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst()] = .flag(item.kind == kind)
                }
                fields["isBreak"] = .flag(item.kind == .pause)
                fields["isCarryToAPT"] = .flag(item.kind == .carryToAPT)
                return .object(fields)
            }),
            "sections": .list(sections.map { section in
                let statements = KeyStatementFinder.select(from: analysis.programme.sectionWithDescendants(id: section.id))
                // The managers rehearse the questions their own staff will get on the section's
                // APT sheet, so the guide's questions follow the section's themes.
                return .object([
                    "staffQuestions": .list((sheetQuestions[section.id] ?? []).prefix(2).map { .object(["text": .text($0)]) }),
                    "id": .text(section.id),
                    "numberedTitle": .text(section.numberedTitle),
                    "label": .text(section.label),
                    "themes": .text(analysis.themes(coveringSection: section.id).map { $0.name(english: english) }.joined(separator: ", ")),
                    "quotes": .list(AptSheet.Quote.grouping(statements) { _ in nil }.map(\.templateValue)),
                    "aptMinutes": .text(String(settings.aptMinutes)),
                ])
            }),
            "hasInvitees": .flag(!attendees.isEmpty),
            "signIn": .list(rows.enumerated().map { index, row in
                .object([
                    // Blank rows are numbered too, so whoever signs on one can be counted.
                    // A name is never broken over two lines on the sheet people sign.
                    "number": .text(String(index + 1)), "name": .text(row.name.replacingOccurrences(of: " ", with: "\u{00A0}")),
                    "department": .text(row.department), "unit": .text(row.unit),
                ])
            }),
        ]
    }
}
