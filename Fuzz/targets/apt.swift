@testable import ForankraKit
import Foundation

/// An APT record as `check` reads it (AptFile.reading plus the APT rules), then written anew
/// from what was read and read back, as the commands that edit a record do.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "apt/2026/a.md") { text in
        let reading = AptFile.reading(text, path: "apt/2026/a.md")
        FuzzSink.keep(FuzzWorld.rules.aptProblems(reading).map { "\($0)" })
        if let record = reading.model {
            FuzzSink.keep(AptFile.reading(AptFile.render(record, sectionTitles: ["Fuzz"], recorded: FuzzWorld.today), path: "apt/2026/a.md").problems)
        }
    }
}
