import Foundation
import XCTest
@testable import ForankraKit

/// The inflater against streams zlib wrote (Fixtures/deflate/make.py): every level, the fixed
/// and Huffman-only strategies, stored blocks, and a copy from the far end of the 32 KB window.
final class InflateTests: XCTestCase {
    private let folder = TestPaths.fixtures + "/deflate/"

    private func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + name)))
    }

    func testEveryStreamZlibWroteUnpacksToItsOriginal() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".deflate") }.sorted()
        XCTAssertGreaterThanOrEqual(names.count, 14)
        for name in names {
            let original = try bytes(String(name.prefix { $0 != "-" }) + ".original")
            XCTAssertEqual(try Inflate.raw(try bytes(name), limit: 1 << 20), original, name)
        }
        for name in ["text", "window", "empty"] {
            XCTAssertEqual(try Inflate.zlib(try bytes(name + ".zlib"), limit: 1 << 20), try bytes(name + ".original"), name)
        }
    }

    func testACopyFromTheFarEndOfTheWindowIsMade() throws {
        let original = try bytes("window.original")
        let packed = try bytes("window-9.deflate")
        XCTAssertLessThan(packed.count, original.count - 2_500, "zlib found the repeat 32 000 bytes back")
        XCTAssertEqual(Array(try Inflate.raw(packed, limit: 1 << 20).suffix(3_000)), Array(original.prefix(3_000)))
    }

    func testACutStreamIsTruncatedNotGarbage() throws {
        let packed = try bytes("text-6.deflate")
        for cut in [1, 2, 100, packed.count / 2, packed.count - 1] {
            XCTAssertThrowsError(try Inflate.raw(Array(packed.prefix(cut)), limit: 1 << 20), "cut at \(cut)") { error in
                XCTAssertEqual(error as? Inflate.Failure, .truncated, "cut at \(cut)")
            }
        }
        let stored = try bytes("text-0.deflate")
        XCTAssertThrowsError(try Inflate.raw(Array(stored.prefix(stored.count - 10)), limit: 1 << 20)) { error in
            XCTAssertEqual(error as? Inflate.Failure, .truncated)
        }
    }

    func testDamagedStreamsAreRefused() {
        // Block type 3 does not exist.
        XCTAssertThrowsError(try Inflate.raw([0b0000_0111], limit: 100)) { XCTAssertEqual($0 as? Inflate.Failure, .badBlockType) }
        // A stored block whose length and its complement disagree.
        XCTAssertThrowsError(try Inflate.raw([0x01, 0x05, 0x00, 0x00, 0x00], limit: 100)) {
            XCTAssertEqual($0 as? Inflate.Failure, .storedLengthMismatch)
        }
        // Fixed block: a length/distance pair (symbol 257, distance 1) before any byte is written.
        XCTAssertThrowsError(try Inflate.raw([0x03, 0x02, 0x00], limit: 100)) { XCTAssertEqual($0 as? Inflate.Failure, .distanceBeyondStart) }
        XCTAssertThrowsError(try Inflate.zlib([0x78, 0x00, 0x03, 0x00], limit: 100)) { XCTAssertEqual($0 as? Inflate.Failure, .badZlibHeader) }
    }

    func testALimitStopsABombEarly() throws {
        // 10 MB of zeros packs into about 66 KB with fixed codes.
        let bomb = try XCTUnwrap(Self.zeros(megabytes: 10))
        XCTAssertLessThan(bomb.count, 100_000, "over 150 times smaller than what it unpacks to")
        XCTAssertThrowsError(try Inflate.raw(bomb, limit: 1_048_576)) { XCTAssertEqual($0 as? Inflate.Failure, .tooLarge(limit: 1_048_576)) }
        XCTAssertEqual(try Inflate.raw(bomb, limit: 11 * 1_048_576).count, 10 * 1_048_576)
    }

    /// A fixed-Huffman stream of `megabytes` zeros: one literal 0, then copies of 258 at distance 1.
    static func zeros(megabytes: Int) -> [UInt8]? {
        var writer = BitWriter()
        writer.write(1, bits: 1)
        writer.write(1, bits: 2)
        writer.writeFixed(literal: 0)
        var left = megabytes * 1_048_576 - 1
        while left > 0 {
            let length = min(258, left)
            guard length >= 3 else {
                for _ in 0..<left { writer.writeFixed(literal: 0) }
                break
            }
            writer.writeFixed(length: length)
            writer.write(0, bits: 5) // distance code 0: distance 1
            left -= length
        }
        writer.writeFixed(literal: 256)
        return writer.bytes()
    }
}

/// Just enough of a deflate writer to make streams zlib would not (bombs, damage).
struct BitWriter {
    private var output: [UInt8] = []
    private var buffer: UInt64 = 0
    private var count = 0

    mutating func write(_ value: Int, bits: Int) {
        buffer |= UInt64(value) << UInt64(count)
        count += bits
        while count >= 8 {
            output.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
        }
    }

    /// A Huffman code goes out from its first bit, the reverse of how extra bits go.
    mutating func writeCode(_ code: Int, length: Int) {
        var reversed = 0
        for bit in 0..<length where code >> bit & 1 == 1 { reversed |= 1 << (length - 1 - bit) }
        write(reversed, bits: length)
    }

    mutating func writeFixed(literal symbol: Int) {
        switch symbol {
        case 0...143: writeCode(0x30 + symbol, length: 8)
        case 144...255: writeCode(0x190 + symbol - 144, length: 9)
        case 256...279: writeCode(symbol - 256, length: 7)
        default: writeCode(0xC0 + symbol - 280, length: 8)
        }
    }

    mutating func writeFixed(length: Int) {
        let code = Inflate.lengthBase.lastIndex { $0 <= length } ?? 0
        writeFixed(literal: 257 + code)
        write(length - Inflate.lengthBase[code], bits: Inflate.lengthExtraBits[code])
    }

    func bytes() -> [UInt8] {
        count > 0 ? output + [UInt8(truncatingIfNeeded: buffer)] : output
    }
}
