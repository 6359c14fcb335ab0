@testable import ForankraKit
import Foundation

/// A returned APT sheet as `apt import` reads it: AptImport.fromSheet (TextDecoding,
/// ReturnedSheetReader.problems and .read, the manager resolved), then the record planned.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { bytes in
        var problems: [ForankraError] = []
        FuzzWorld.plan(try AptImport.fromSheet(bytes, path: "ifylld.md", context: FuzzWorld.aptContext, problems: &problems))
        FuzzSink.keep(problems.map(\.description))
    }
}
