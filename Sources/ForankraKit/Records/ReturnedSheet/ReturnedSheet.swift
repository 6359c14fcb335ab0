/// What a manager reported back on the last part of an APT sheet ("Återrapport till HR"), as
/// `ReturnedSheetReader` read it from the returned file. Everything is as written, trimmed; the
/// ruled lines (`____`) the manager did not write over are gone.
public struct ReturnedSheet: Sendable, Equatable {
    /// One row of the commitments table ("Våra åtaganden").
    public struct Commitment: Sendable, Equatable {
        public var what: String
        public var who: String?
        public var due: CalendarDate?
        /// 1-based line of the table row in the returned file.
        public var line: Int

        public init(what: String, who: String? = nil, due: CalendarDate? = nil, line: Int) {
            self.what = what
            self.who = who
            self.due = due
            self.line = line
        }
    }

    public var date: CalendarDate
    public var unit: String?
    /// As written: a name or an id; matching it to the roster is the importer's job.
    public var manager: String?
    public var participants: Int
    /// From the Avsnitt field ("5 Arbetsmiljö och hälsa" → "5"; "5, 6.1" → both), else from the
    /// `<!-- forankra:apt-underlag avsnitt=… -->` comment the sheet was printed with.
    public var sectionIDs: [String]
    /// "Det viktigaste vi kom fram till": the written lines joined with "\n".
    public var conclusion: String?
    /// One per non-empty line or list item; a lone "Inga" or "-" means none.
    public var questionsToHR: [String]
    /// Empty table rows skipped.
    public var commitments: [Commitment]

    public init(
        date: CalendarDate, unit: String?, manager: String?, participants: Int, sectionIDs: [String],
        conclusion: String?, questionsToHR: [String], commitments: [Commitment]
    ) {
        self.date = date
        self.unit = unit
        self.manager = manager
        self.participants = participants
        self.sectionIDs = sectionIDs
        self.conclusion = conclusion
        self.questionsToHR = questionsToHR
        self.commitments = commitments
    }
}
