@testable import ForankraKit
import Foundation

/// A roster export as `roster import` reads it: CSVReader.read(_:path:) on the bytes, the
/// columns matched, the rows checked and merged into a roster, the roster written and read back.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { bytes in
        let table = try CSVReader.read(bytes, path: "chefer.csv")
        let columns = try RosterColumns.match(header: table.header, mapping: [:], path: "chefer.csv")
        let entries = try RosterImport.entries(of: table, columns: columns, path: "chefer.csv")
        let (roster, summary) = RosterImport.merge(entries, into: FuzzWorld.roster, on: FuzzWorld.today)
        FuzzSink.keep(summary)
        let reading = RosterFile.reading(roster.render(importedFrom: "chefer.csv", on: FuzzWorld.today), path: "roster/chefer.md")
        FuzzSink.keep(reading.problems.map { "\($0)" })
    }
}
