/// One APT file as `check` reads it: the record, and what its reading and its own rules found.
/// The rules run as the file is read, so its front matter is let go at once: ten years of a
/// workspace are 100 000 files. Only what the duplicate rule compares across the files of a
/// day is kept beside the record (see `AptStream`).
struct CheckedApt: Sendable {
    /// What the duplicate rule needs of a file besides its record.
    struct Comparison: Sendable {
        /// The line of the date when it is usable; a duplicate is reported there, and a file
        /// without one is not compared.
        var dateLine: Int?
        /// Whether later files are compared with this one: its manager and sections are usable.
        var isComparable: Bool
    }

    var model: AptRecord?
    /// What the reader and the APT rules found in this file.
    var problems: [RecordProblem]
    var comparison: Comparison

    init(_ reading: RecordReading<AptRecord>, rules: RecordRules) {
        model = reading.model
        // Taken before the rules add their problems: a date the rules doubt is still a date.
        comparison = Comparison(dateLine: reading.usableLine("date"),
                                isComparable: reading.usableLine("manager") != nil && reading.usableLine("sections") != nil)
        problems = reading.problems + rules.aptProblems(reading)
    }

    init(unreadable problem: RecordProblem) {
        model = nil
        problems = [problem]
        comparison = Comparison(dateLine: nil, isComparable: false)
    }
}
