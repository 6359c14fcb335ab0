@testable import ForankraKit
import Foundation

/// A programme saved from a web page (ProgrammeReader.read(text:path:) with an .html path:
/// HTMLTextReader, entities, skipped chrome), then the analysis.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "programme.html") { FuzzSink.keep(ProgrammeAnalysis(programme: ProgrammeReader.read(text: $0, path: "programme.html"), lexicon: FuzzWorld.lexicon)) }
}
