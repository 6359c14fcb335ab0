@testable import ForankraKit
import Foundation

/// The workspace settings in forankra.md (WorkspaceSettings.reading) and the rollout plan.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "forankra.md") { text in
        let reading = WorkspaceSettings.reading(text, path: "forankra.md")
        FuzzSink.keep(reading.problems.map { "\($0)" })
        FuzzSink.keep(reading.model?.plan)
    }
}
