// Shared by every fuzz target (compiled into each target binary, never into the package).
// A target is one file in targets/ with one libFuzzer entry that hands the input to a reader
// through `fuzzText` or `fuzzData`. A thrown error is an answer, so it is only worded (the
// wording is code too); a trap, an overflow, a bad index or an ASan report is a bug.
@testable import ForankraKit
import Foundation

/// The bytes libFuzzer made, as a file's contents.
func fuzzData(_ bytes: UnsafePointer<UInt8>, _ size: Int, _ body: (Data) throws -> Void) -> CInt {
    let data = Data(bytes: bytes, count: size)
    do {
        try body(data)
    } catch {
        FuzzSink.answer(error)
    }
    return 0
}

/// The bytes decoded as the tool decodes every file it reads (UTF-8, BOM, Windows-1252, CRLF
/// made LF). Bytes it refuses never reach a reader, so they end the run there.
func fuzzText(_ bytes: UnsafePointer<UInt8>, _ size: Int, path: String, _ body: (String) throws -> Void) -> CInt {
    fuzzData(bytes, size) { data in
        try body(TextDecoding.decode(data, path: path).text)
    }
}

enum FuzzSink {
    /// Words the error as the terminal would show it.
    @inline(never)
    static func answer(_ error: Error) {
        switch error {
        case let problem as ForankraError:
            keep(problem.description + (problem.hint ?? ""))
        case let usage as UsageError:
            keep(usage.message)
        default:
            keep("\(error)")
        }
    }

    @inline(never) @_optimize(none)
    static func keep<T>(_ value: T) {
        _ = value
    }
}

/// The workspace around a record: a programme, a roster and a fixed today, as `check` and
/// `apt import` see them. Nothing here touches the disk (the root does not exist).
enum FuzzWorld {
    static let today = CalendarDate(year: 2026, month: 12, day: 2)!

    static let programme: Programme = {
        let path = "programme/personalpolitiskt-program.md"
        let text = BundledMaterials.files.first { $0.path == path }!.text
        return ProgrammeReader.read(text: text, path: path)
    }()

    /// A short programme for targets that read it on every input.
    static let shortProgramme = ProgrammeReader.read(text: """
        # Personalpolitiskt program

        ## 1 Inledning

        Programmet gäller alla medarbetare. Vi arbetar för en god arbetsmiljö och en rimlig arbetsbelastning.

        ## 2 Ledarskap

        Som chef ska du:

        - ge medarbetarna återkoppling om lön och kompetensutveckling
        - vara tillgänglig

        ### 2.1 Samverkan

        Vi samverkar med de fackliga organisationerna om jämställdhet och rekrytering.

        """, path: "programme.md")

    static let lexicon: ThemeLexicon = try! TemplateSource.bundled().themeLexicon()

    static let rosterText = """
        ---
        imported: 2026-12-02
        source: chefer.csv
        ---

        # Chefer

        | Id | Namn | E-post | Förvaltning | Enhet | Medarbetare | Från | Till |
        | --- | --- | --- | --- | --- | --- | --- | --- |
        | anna.lindqvist | Anna Lindqvist | anna.lindqvist@sjohamra.se | Barn- och utbildningsförvaltningen | Solbackens förskola | 22 | 2015-08-01 |  |
        | birgitta.oberg | Birgitta Öberg | birgitta.oberg@sjohamra.se | Barn- och utbildningsförvaltningen | Lärkans förskola | 17 | 2008-03-01 |  |
        | magnus.berg | Magnus Berg | magnus.berg@sjohamra.se | Barn- och utbildningsförvaltningen | Vuxenutbildningen | 12 | 2011-01-01 |  |
        | bengt.karlsson | Bengt Karlsson | bengt.karlsson@sjohamra.se | Vård- och omsorgsförvaltningen | Rehabenheten | 13 | 2016-05-01 |  |
        | agneta.lundstrom | Agneta Lundström | agneta.lundstrom@sjohamra.se | Serviceförvaltningen | Kost äldreomsorg | 22 | 2012-02-01 | 2026-06-30 |

        """

    static let roster: RosterFile = try! RosterFile.read(rosterText, path: "roster/chefer.md")

    static let workspace = Workspace(root: "/nonexistent/forankra-fuzz", settings: .defaults)

    static var rules: RecordRules {
        RecordRules(roster: roster, programme: programme, rolloutStart: nil, today: today)
    }

    static var aptContext: AptStore.Context {
        AptStore.Context(workspace: workspace, roster: roster, programme: programme, today: today)
    }

    /// What `apt import` does with records read from a file, short of writing them.
    static func plan(_ records: [AptImport.Located]) {
        var meetings = AptMeetings()
        for (record, _) in records {
            let planned = AptStore.plan(record, in: aptContext, meetings: meetings, anotherGroup: true)
            FuzzSink.keep(planned.problems.map { "\($0)" })
            meetings.add(planned.record)
        }
    }
}

/// A ZIP archive of stored entries around fuzzed XML, so the Word and OpenDocument targets
/// spend their time in the XML and the document readers, not on archives that do not open.
enum FuzzArchive {
    static func stored(_ parts: [(String, [UInt8])]) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
        var body: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in parts {
            let nameBytes = Array(name.utf8)
            let crc = Int(CRC32.checksum(data))
            let offset = body.count
            let sizes = le32(crc) + le32(data.count) + le32(data.count) + le16(nameBytes.count) + le16(0)
            body += le32(0x0403_4B50) + le16(20) + le16(0) + le16(0) + le32(0) + sizes + nameBytes + data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0) + le16(0) + le32(0) + sizes
                + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
        }
        return body + directory + le32(0x0605_4B50) + le16(0) + le16(0) + le16(parts.count) + le16(parts.count)
            + le32(directory.count) + le32(body.count) + le16(0)
    }
}
