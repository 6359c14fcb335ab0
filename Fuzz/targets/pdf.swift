@testable import ForankraKit
import Foundation

/// A PDF as the programme reader will hand it over: PDFReader.lines(_:path:) on the bytes,
/// which parses the file structure, decodes the streams, runs the page content and lays the
/// glyphs out in lines. Damaged, cyclic and hostile files must end in an answer.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { data in
        let result = try PDFReader.lines([UInt8](data), path: "program.pdf")
        FuzzSink.keep(result.lines.map(\.text))
        FuzzSink.keep(result.title)
    }
}
