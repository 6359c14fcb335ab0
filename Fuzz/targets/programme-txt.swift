@testable import ForankraKit
import Foundation

/// A programme as text copied out of a PDF or a viewer (ProgrammeReader.read(text:path:) with a
/// .txt path: page furniture, contents, cover, hyphenation), then the analysis.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "programme.txt") { FuzzSink.keep(ProgrammeAnalysis(programme: ProgrammeReader.read(text: $0, path: "programme.txt"), lexicon: FuzzWorld.lexicon)) }
}
