@testable import ForankraKit
import Foundation

/// A forms export (Microsoft/Google Forms CSV) as `apt import` reads it: AptImport.fromForms
/// (CSVReader, FormsExport.rows, dates, counts, sections, managers), then each record planned.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { bytes in
        var problems: [ForankraError] = []
        FuzzWorld.plan(try AptImport.fromForms(bytes, path: "formular.csv", context: FuzzWorld.aptContext, problems: &problems))
        FuzzSink.keep(problems.map(\.description))
    }
}
