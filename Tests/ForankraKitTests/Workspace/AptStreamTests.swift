import XCTest
@testable import ForankraKit

/// The duplicate rule settled day by day as the APT files are read (`AptStream`): the same
/// problems as comparing every file with every other, whatever the files are called and
/// wherever they lie, and each day handed on as soon as the next day's files come.
final class AptStreamTests: XCTestCase {
    private let today = CalendarDate(iso: "2026-11-23") ?? .epoch

    func testTheDayIsReadOnlyFromANameForankraGivesAFile() {
        XCTAssertEqual(AptStream.nameDay("apt/2026/2026-03-10-anna.lind-5.md"), CalendarDate(iso: "2026-03-10"))
        XCTAssertEqual(AptStream.nameDay("apt/2026/2026-03-10-anna.lind-5+6-2.md"), CalendarDate(iso: "2026-03-10"))
        for other in ["apt/2025/2026-03-10-anna.lind-5.md", "apt/2026/kopia.md", "apt/arkiv/2026-03-10-anna.lind-5.md",
                      "apt/2026/gamla/2026-03-10-anna.lind-5.md", "apt/2026/2026-13-10-anna.lind-5.md", "apt/2026/2026-03-10.md",
                      "apt/2026/2026-03-10anna.md", "apt/2026-03-10-anna.lind-5.md", "apt/2026/2026-03-10-anna.lind-5.txt"] {
            XCTAssertNil(AptStream.nameDay(other), other)
        }
    }

    /// The walk lists a folder at a time and still gives the files in the order of their sorted
    /// paths, as `markdownFiles` does, with folders whose names begin alike and files beside them.
    func testTheWalkGivesTheFilesInTheOrderOfTheirPaths() throws {
        let folder = try TemporaryFolder()
        for path in ["apt/2026/2026-03-10-anna-5.md", "apt/2026/2026-03-10-anna-5-2.md", "apt/2026-gamla/kopia.md", "apt/2026/ärende.md",
                     "apt/2026.md", "apt/2026/del/2026-01-01-bo-1.md", "apt/2025/2025-12-31-bo-1.md", "apt/a.md", "apt/2026/anteckning.txt",
                     "apt/2026/.dold.md", "apt/.git/x.md", "apt/2026/2026-03-10-anna-5.md.forankra-tmp-1-2", "apt/Z.md", "apt/tom/.keep"] {
            try folder.write(path, "x")
        }
        let workspace = Workspace(root: folder.path, settings: .defaults)
        var walk = MarkdownWalk(root: folder.path, folder: "apt")
        var walked: [String] = []
        while let relative = walk.next() { walked.append(relative) }

        XCTAssertEqual(walked, workspace.markdownFiles(in: "apt"))
        XCTAssertEqual(walked.count, 9)
        var missing = MarkdownWalk(root: folder.path, folder: "saknas")
        XCTAssertNil(missing.next())
    }

    /// A day's files are handed on when the first file of a later day comes, not at the end,
    /// and a file that waits for a far day holds back none of the others.
    func testADayIsHandedOnWhenTheNextDayBeginsWhateverWaits() {
        var stream = AptStream()
        var handed: [String] = []
        stream.addAhead(entry("apt/arkiv/sent.md", date: "2026-12-01", manager: "anna.lind", sequence: 0))
        let files = ["apt/2026/2026-10-01-anna.lind-1.md", "apt/2026/2026-10-01-bo.berg-1.md", "apt/2026/2026-10-02-anna.lind-2.md"]
        for (place, path) in files.enumerated() {
            stream.add(entry(path, date: String(path.dropFirst(9).prefix(10)), manager: "anna.lind", sequence: place + 1), namedDay: AptStream.nameDay(path))
            stream.handOn { handed.append($0.facts?.path ?? "") }
            if place == 1 { XCTAssertEqual(handed, [], "the first day may still get files") }
        }
        XCTAssertEqual(handed, Array(files.prefix(2)))
        stream.settle()
        stream.handOn { handed.append($0.facts?.path ?? "") }
        XCTAssertEqual(handed, files.prefix(2) + ["apt/arkiv/sent.md", files[2]], "the last two in the order of the names")
    }

    /// Two names that are the same text in Unicode (é composed and decomposed) are two files,
    /// and a name that begins with a dot under a mark is a record, as when the paths were listed.
    func testFilesAreToldApartByTheirBytes() throws {
        let folder = try CheckWorkspaceFixture.clean()
        let apt = CheckWorkspaceFixture.apt(date: "2026-10-01", manager: "dan.ny")
        try folder.write("apt/2026/m\u{E9}te.md", apt)
        try folder.write("apt/2026/me\u{301}te.md", apt.replacingOccurrences(of: "participants: 6", with: "participants: 7\nsession: 2"))
        try folder.write("apt/2026/.\u{301}anteckning.md", CheckWorkspaceFixture.apt(date: "2026-10-02", manager: "okand"))
        try folder.write("apt/2026/2026-10-03-okand-2.md", CheckWorkspaceFixture.apt(date: "2026-10-03", manager: "okand"))

        let check = try WorkspaceCheck.run(root: folder.path, today: today)

        XCTAssertEqual(check.counts.apts, 7)
        XCTAssertEqual(check.apts.count, 7, "every file is read once")
        XCTAssertEqual(check.problems.filter { $0.code == .unknownManager }.count, 2)
        XCTAssertEqual(check.problems.filter { $0.code == .duplicateApt }.count, 0, "the second group the same day is no duplicate")
    }

    /// Drawn workspaces with files named every way a municipality's folder holds them, checked
    /// against the rule applied to every pair of files, and the figures against the files
    /// without problems.
    func testDrawnWorkspacesGetTheProblemsOfComparingEveryPair() throws {
        var generator = SeededGenerator(seed: 2026)
        for round in 0..<6 {
            let folder = try CheckWorkspaceFixture.clean()
            var files: [DrawnApt] = [
                DrawnApt(path: "apt/2026/2026-10-12-anna.lind-1.md", date: "2026-10-12", manager: "anna.lind", sections: ["1"]),
                DrawnApt(path: "apt/2026/2026-10-20-bo.berg-2.md", date: "2026-10-20", manager: "bo.berg", sections: ["2"]),
                DrawnApt(path: "apt/2026/2026-09-15-cia.ek-3.md", date: "2026-09-15", manager: "cia.ek", sections: ["3"]),
            ]
            let days = ["2026-09-15", "2026-09-16", "2026-10-12", "2026-10-20"]
            for number in 0..<(40 + round * 10) {
                let date = days[Int.random(in: 0..<days.count, using: &generator)]
                let manager = ["anna.lind", "bo.berg", "dan.ny"][Int.random(in: 0..<3, using: &generator)]
                let sections = ["1", "2", "3"].filter { _ in Bool.random(using: &generator) }
                let drawnSections = sections.isEmpty ? ["2"] : sections
                let nameDay = Int.random(in: 0..<10, using: &generator) < 2 ? days[Int.random(in: 0..<days.count, using: &generator)] : date
                let name = "\(nameDay)-\(manager)-\(drawnSections.joined(separator: "+"))"
                let path: String
                switch Int.random(in: 0..<10, using: &generator) {
                case 0: path = "apt/2026/kopia-\(number).md"
                case 1: path = "apt/2025/\(name).md"
                case 2: path = "apt/arkiv/\(name)-\(number).md"
                case 3: path = "apt/2026/\(name)-\(number % 3 + 2).md"
                default: path = "apt/2026/\(name)\(number % 4 == 0 ? "" : "-x\(number)").md"
                }
                guard !files.contains(where: { $0.path == path }) else { continue }
                files.append(DrawnApt(path: path, date: date, manager: manager, sections: drawnSections,
                                      session: Int.random(in: 0..<8, using: &generator) == 0 ? 2 : 1,
                                      hasDate: Int.random(in: 0..<15, using: &generator) != 0))
            }
            for file in files { try folder.write(file.path, file.text) }

            let check = try WorkspaceCheck.run(root: folder.path, today: today)
            let found = check.problems.filter { $0.code == .duplicateApt }
                .map { "\($0.path) <- \($0.message.components(separatedBy: " in ").last ?? "")" }.sorted()
            XCTAssertEqual(found, Self.duplicatesByEveryPair(files), "round \(round)")
            let handedOn = check.apts.map(\.path)
            XCTAssertEqual(handedOn, handedOn.sorted(), "handed on in the order of their names")
            XCTAssertTrue(Set(handedOn).isSuperset(of: files.filter(\.hasDate).map(\.path)), "round \(round)")

            let troubled = Set(check.problems.map(\.path))
            let scope = AptTally.Scope(day: today)
            let records = try RolloutRecords.lenient(root: folder.path, today: today, scope: scope, keeping: [.followUp]).records
            XCTAssertEqual(records.tally.count, files.count { !troubled.contains($0.path) }, "round \(round)")
            let withWords = try RolloutRecords.lenient(root: folder.path, today: today, scope: scope, keeping: [.conclusion, .fileName]).records
            let shown = Array(withWords.tally.shown.map { $0.path })
            XCTAssertEqual(shown, files.map(\.path).filter { !troubled.contains($0) }.sorted(), "the words shown in the order of the names")
            XCTAssertEqual(records.tally.managers.values.reduce(0) { $0 + $1.participantsInScope },
                           files.filter { !troubled.contains($0.path) }.reduce(0) { $0 + $1.participants }, "round \(round)")
        }
    }

    /// A file whose name says one day and whose date an earlier one is read after that day
    /// was settled; the reading starts again with it read first, so it is still caught.
    func testAFileDatedBeforeTheDayItsNameGivesIsStillCompared() throws {
        let folder = try CheckWorkspaceFixture.clean()
        try folder.write("apt/2026/2026-11-02-bo.berg-2.md", CheckWorkspaceFixture.apt(date: "2026-10-20", manager: "bo.berg"))
        // And one named for a day before its date, which waits for its day.
        try folder.write("apt/2026/2026-09-01-anna.lind-1.md", CheckWorkspaceFixture.apt(date: "2026-10-12", manager: "anna.lind", sections: "1"))

        let check = try WorkspaceCheck.run(root: folder.path, today: today)

        XCTAssertEqual(check.problems.filter { $0.code == .duplicateApt }.map(\.path).sorted(),
                       ["apt/2026/2026-10-12-anna.lind-1.md", "apt/2026/2026-11-02-bo.berg-2.md"])
        XCTAssertEqual(check.problems.count, 2, "each problem once, though the files were read twice")
    }

    /// The rule as `check` applied it before it read day by day: the files of one manager's
    /// day in name order (without .md), each against those before it.
    private static func duplicatesByEveryPair(_ files: [DrawnApt]) -> [String] {
        let dated = files.filter(\.hasDate)
        let meetings = Dictionary(grouping: dated) { "\($0.manager) \($0.date)" }
        var found: [String] = []
        for meeting in meetings.values {
            let ordered = meeting.sorted { $0.path.dropLast(3) < $1.path.dropLast(3) }
            for (position, file) in ordered.enumerated() {
                if let earlier = ordered[..<position].first(where: { $0.session == file.session && !Set($0.sections).isDisjoint(with: file.sections) }) {
                    found.append("\(file.path) <- \(earlier.path)")
                }
            }
        }
        return found.sorted()
    }

    private func entry(_ path: String, date: String, manager: String, sequence: Int) -> AptStream.Entry {
        let record = AptRecord(path: path, date: CalendarDate(iso: date) ?? .epoch, managerID: manager, unit: "Enheten", sections: ["1"],
                               participants: 5, conclusion: "", commitments: [], questions: [], source: "apt log")
        return AptStream.Entry(facts: AptFacts(record, keeping: [], comparison: .init(dateLine: 2, isComparable: true)), problems: [], sequence: sequence)
    }
}

private struct DrawnApt {
    var path: String
    var date: String
    var manager: String
    var sections: [String]
    var session = 1
    var hasDate = true
    var participants: Int { 3 + path.utf8.count % 7 }

    var text: String {
        var text = CheckWorkspaceFixture.apt(date: date, manager: manager, sections: sections.joined(separator: ", "), participants: String(participants))
        if session != 1 { text = text.replacingOccurrences(of: "recorded:", with: "session: \(session)\nrecorded:") }
        if !hasDate { text = text.replacingOccurrences(of: "date: \(date)\n", with: "") }
        return text
    }
}
