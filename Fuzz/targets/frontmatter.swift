@testable import ForankraKit
import Foundation

/// The `---` block at the top of every record and template (FrontMatter.split).
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzText(data, size, path: "record.md") { FuzzSink.keep(try FrontMatter.split($0, path: "record.md")) }
}
