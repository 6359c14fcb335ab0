@testable import ForankraKit
import Foundation

/// Fuzzed XML as `content.xml` of an OpenDocument text (XMLScanner, OpenDocumentReader: outline
/// levels, nested lists, tables, skipped notes), then the programme stages and analysis.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { data in
        let archive = FuzzArchive.stored([("mimetype", Array("application/vnd.oasis.opendocument.text".utf8)), ("content.xml", [UInt8](data))])
        let programme = try ProgrammeReader.read(officeFile: archive, path: "program.odt")
        FuzzSink.keep(ProgrammeAnalysis(programme: programme, lexicon: FuzzWorld.lexicon))
    }
}
