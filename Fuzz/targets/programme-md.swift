@testable import ForankraKit
import Foundation

/// A programme in markdown (ProgrammeReader.read(text:path:) with a .md path), then the
/// analysis `outline` and `sheets` run on what it read.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "programme.md") { FuzzSink.keep(ProgrammeAnalysis(programme: ProgrammeReader.read(text: $0, path: "programme.md"), lexicon: FuzzWorld.lexicon)) }
}
