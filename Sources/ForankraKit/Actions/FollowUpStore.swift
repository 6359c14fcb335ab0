import Foundation

/// Reads and changes `uppfoljning.md` in a workspace. A change refuses a table with problems, as
/// every writer refuses a record `check` refuses, and touches only the lines it must.
struct FollowUpStore {
    let workspace: Workspace

    var path: String { workspace.root + "/" + FollowUpTable.fileName }
    var exists: Bool { FileManager.default.fileExists(atPath: path) }

    func read(sections: Set<String>?) throws -> (document: RecordDocument, rows: [ActionRow]) {
        guard exists else {
            throw ForankraError(.noInput, "the workspace has no \(FollowUpTable.fileName) yet", path: FollowUpTable.fileName,
                                hint: "Make it from the programme with 'forankra actions init'.")
        }
        let text = try workspace.read(FollowUpTable.fileName)
        let (rows, problems) = FollowUpTable.read(text, path: FollowUpTable.fileName, sections: sections, knownOwners: knownOwners)
        if let first = problems.first {
            var error = ForankraError(.dataError, first.message, path: first.path, location: SourceLocation(line: first.line), code: first.code.rawValue,
                                      hint: first.hint ?? first.code.defaultHint)
            error.details = problems.dropFirst().map { ForankraError(.dataError, $0.message, path: $0.path, location: SourceLocation(line: $0.line), code: $0.code.rawValue) }
            throw error
        }
        return (try RecordDocument(text: text, path: FollowUpTable.fileName), rows)
    }

    /// The roster's names an owner may be; nil when the roster cannot be read (its own
    /// problems are reported by `check`, and the owners are then left unchecked).
    var knownOwners: Set<String>? {
        guard let text = try? workspace.read("roster/chefer.md"), let roster = try? RosterFile.read(text, path: "roster/chefer.md") else { return nil }
        return FollowUpTable.knownOwners(roster)
    }

    func write(_ document: RecordDocument) throws {
        try AtomicFile.write(document.text, to: try workspace.recordPath(FollowUpTable.fileName))
    }

    /// The programme's period: what the file says (`period: 2026–2029`), else the programme's.
    static func period(of document: RecordDocument?, programme: Programme, today: CalendarDate) -> ProgrammePeriod {
        let years = document?.frontMatter["period"].map { $0.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) } } ?? []
        let fromText = ProgrammePeriod.read(programme)
        if years.count == 2 { return ProgrammePeriod(firstYear: years[0], lastYear: years[1], adopted: fromText?.adopted) }
        return fromText ?? ProgrammePeriod(firstYear: today.year, lastYear: today.year + 3, adopted: nil)
    }
}
