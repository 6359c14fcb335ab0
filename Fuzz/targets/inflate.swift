@testable import ForankraKit
import Foundation

/// Any bytes as raw deflate and as a zlib stream (Inflate: block types, Huffman tables,
/// back-references, the size limit).
@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
    FuzzSink.keep(try? Inflate.raw(bytes, limit: 4 * 1_048_576))
    FuzzSink.keep(try? Inflate.zlib(bytes, limit: 4 * 1_048_576))
    return 0
}
