@testable import ForankraKit
import Foundation

/// The markdown block and inline parser (MarkdownDocument.parse) as the print pages use it:
/// markdown in, a printable HTML page out (PrintHTML.render).
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "sheet.md") { FuzzSink.keep(PrintHTML.render(title: "Fuzz", language: "sv", documents: [PrintDocument(title: "Fuzz", markdown: $0)])) }
}
