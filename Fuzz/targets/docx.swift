@testable import ForankraKit
import Foundation

/// Fuzzed XML as `word/document.xml` of a Word file with built-in heading styles and a bullet
/// list (XMLScanner, WordStyles, WordDocumentReader), then the programme stages and analysis.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { data in
        let w = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main""#
        let styles = "<w:styles \(w)><w:style w:type=\"paragraph\" w:styleId=\"Rubrik1\"><w:name w:val=\"heading 1\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Rubrik\"><w:name w:val=\"Title\"/></w:style></w:styles>"
        let numbering = "<w:numbering \(w)><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl>"
            + "</w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
        let archive = FuzzArchive.stored([("word/document.xml", [UInt8](data)), ("word/styles.xml", Array(styles.utf8)),
                                          ("word/numbering.xml", Array(numbering.utf8))])
        let programme = try ProgrammeReader.read(officeFile: archive, path: "program.docx")
        FuzzSink.keep(ProgrammeAnalysis(programme: programme, lexicon: FuzzWorld.lexicon))
    }
}
