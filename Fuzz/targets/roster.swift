@testable import ForankraKit
import Foundation

/// The roster's markdown table as `check` reads it (RosterFile.reading plus the roster rules).
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "roster/chefer.md") { text in
        let reading = RosterFile.reading(text, path: "roster/chefer.md")
        FuzzSink.keep(reading.problems.map { "\($0)" })
        if let roster = reading.model { FuzzSink.keep(RecordRules.rosterProblems(roster, path: "roster/chefer.md")) }
    }
}
