/// What the commands that read every APT (`check`, `status`, `report`, `followup`, `privacy`,
/// `programme update`) keep of one APT file once it is read: its name, its keys and counts,
/// and only the texts the command shows. It is held until the duplicate rule is settled for
/// its day (see `AptStream`); then the figures add it up (`AptTally`) and let it go, unless the
/// command shows its words, and `privacy` keeps every one. So this is what each costs while
/// held: 96 bytes; the file's name; the due dates of its open commitments when the command
/// counts them; and the words the command shows.
public struct AptFacts: Sendable {
    /// Empty once its day is settled (see `AptStream`), unless the command keeps the names
    /// (`KeptTexts.fileName`): the figures never name a file.
    public var path: String
    /// Shared with every other APT of the same manager (see `RepeatedValues`).
    public var managerID: String
    public var unit: String
    public var sections: [String]
    /// Nil when the command keeps no text of this APT.
    var texts: AptTexts?
    /// Where its commitments and questions stand; empty when the command does not ask.
    private(set) var followUp: AptFollowUp
    // The numbers are held in the narrowest type that holds them, in an order that leaves no
    // padding between them.
    public var date: CalendarDate
    private var storedParticipants: Int32
    /// The line of the date when it is usable, 0 without: a duplicate is reported there, and
    /// a file without one is not compared.
    private var storedDateLine: Int32
    private var storedSession: UInt8
    /// Whether later files are compared with this one: its manager and sections are usable.
    private(set) var isComparable: Bool

    public var participants: Int { Int(storedParticipants) }
    var session: Int { Int(storedSession) }
    var dateLine: Int? { storedDateLine > 0 ? Int(storedDateLine) : nil }

    /// The texts below are empty unless the command asked to keep them (`AptFile.KeptTexts`).
    public var conclusion: String { texts?.conclusion ?? "" }
    public var commitments: [AptRecord.Commitment] { texts?.commitments ?? [] }
    public var questions: [AptRecord.Question] { texts?.questions ?? [] }

    /// What `kept` asks of `record`; `comparison` is what the duplicate rule needs of its file.
    init(_ record: AptRecord, keeping kept: AptFile.KeptTexts, comparison: CheckedApt.Comparison) {
        path = record.path
        managerID = record.managerID
        unit = record.unit
        sections = record.sections
        date = record.date
        // The reader holds a head count to `AptRecord.participantRange`; no rule bounds a line
        // number, so the largest the field holds stands in for a larger one.
        storedParticipants = Int32(clamping: record.participants)
        storedSession = UInt8(clamping: record.session)
        storedDateLine = comparison.dateLine.map { Int32(clamping: $0) } ?? 0
        isComparable = comparison.isComparable
        texts = AptTexts(record, keeping: kept)
        followUp = kept.isDisjoint(with: [.followUp, .questions, .commitments]) ? AptFollowUp() : AptFollowUp(record)
    }

    /// Same manager, same day, a shared section, same session: the same meeting reported twice.
    func duplicates(_ other: AptFacts) -> Bool {
        AptRecord.isSameMeeting((managerID, date, session, sections), (other.managerID, other.date, other.session, other.sections))
    }
}

/// Where one APT's commitments and questions stand, without their words: the counts `status`
/// and the report show. Only the open commitments' due dates are a list, and most APTs have
/// none, so most cost no allocation.
struct AptFollowUp: Sendable {
    private(set) var questions: UInt16 = 0
    private(set) var unanswered: UInt16 = 0
    private(set) var done: UInt16 = 0
    private(set) var openWithoutDue: UInt16 = 0
    private(set) var openDues: [CalendarDate] = []

    var open: Int { Int(openWithoutDue) + openDues.count }
    var hasCommitments: Bool { done > 0 || open > 0 }

    init() {}

    init(_ record: AptRecord) {
        // A file with more than 65 535 questions or commitments is no meeting's record; it is
        // counted as that many of each kind rather than wrapped to a small number.
        questions = UInt16(clamping: record.questions.count)
        unanswered = UInt16(clamping: record.questions.count { !$0.answered })
        done = UInt16(clamping: record.commitments.count(where: \.done))
        openWithoutDue = UInt16(clamping: record.commitments.count { !$0.done && $0.due == nil })
        openDues = Array(record.commitments.lazy.compactMap { $0.done ? nil : $0.due }.prefix(Int(UInt16.max)))
    }
}

/// The words of an APT that only some commands read: held once per APT that has any of
/// them, so the APTs without cost nothing here.
final class AptTexts: Sendable {
    let conclusion: String
    let commitments: [AptRecord.Commitment]
    let questions: [AptRecord.Question]

    /// Nil when `kept` asks for nothing the record has.
    init?(_ record: AptRecord, keeping kept: AptFile.KeptTexts) {
        conclusion = kept.contains(.conclusion) ? record.conclusion : ""
        let onlyOpen = kept.contains(.onlyOpen)
        // Filtered only for the follow-up list: the report keeps every question as it was read.
        commitments = !kept.contains(.commitments) ? [] : onlyOpen ? record.commitments.filter { !$0.done } : record.commitments
        questions = !kept.contains(.questions) ? [] : onlyOpen ? record.questions.filter { !$0.answered } : record.questions
        if conclusion.isEmpty && commitments.isEmpty && questions.isEmpty { return nil }
    }
}
