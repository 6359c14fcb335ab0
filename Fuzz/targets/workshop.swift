@testable import ForankraKit
import Foundation

/// A workshop file as `check` reads it (WorkshopFile.reading: front matter, participant table,
/// feedback, plus the workshop rules), then written anew and read back.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "workshops/w.md") { text in
        let reading = WorkshopFile.reading(text, path: "workshops/w.md", id: "w")
        FuzzSink.keep(FuzzWorld.rules.workshopProblems(reading).map { "\($0)" })
        if let workshop = reading.model {
            FuzzSink.keep(WorkshopFile.reading(WorkshopFile.render(workshop, language: .sv), path: "workshops/w.md", id: "w").problems)
        }
    }
}
