@testable import ForankraKit
import Foundation

/// A theme file HR overrides (ThemeFile.read via ThemeLexicon.load with the bundled themes),
/// then the lexicon used on a programme.
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "mallar/teman/lon.md") { text in
        let files = TemplateSource.bundled().themeFiles().map { $0.path.hasSuffix("teman/lon.md") ? (path: "mallar/teman/lon.md", text: text) : $0 }
        FuzzSink.keep(ProgrammeAnalysis(programme: FuzzWorld.shortProgramme, lexicon: try ThemeLexicon.load(files: files)))
    }
}
