@testable import ForankraKit
import Foundation

/// Any bytes as a ZIP archive (ZipArchive: the end record, the central directory, local
/// headers, the limits), every entry unpacked (Inflate, CRC-32).
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzData(data, size) { data in
        let archive = try ZipArchive([UInt8](data), path: "fuzz.zip", limits: .init(totalSize: 8 * 1_048_576, ratio: 1_000))
        for entry in archive.entries { FuzzSink.keep(try? archive.contents(of: entry.name)) }
    }
}
