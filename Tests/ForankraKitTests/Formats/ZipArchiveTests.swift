import Foundation
import XCTest
@testable import ForankraKit

/// ZIP as Python's zipfile writes it, and the archives a reader must refuse with a message.
final class ZipArchiveTests: XCTestCase {
    private let folder = TestPaths.fixtures + "/deflate/"

    private func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + name)))
    }

    private func message(_ body: () throws -> Void) -> String {
        do {
            try body()
            return "no error"
        } catch let error as ForankraError {
            XCTAssertEqual(error.exitCode, .dataError)
            return error.message
        } catch {
            return "\(error)"
        }
    }

    func testStoredAndDeflatedEntriesAreRead() throws {
        let archive = try ZipArchive(try bytes("archive.zip"), path: "a.zip")
        XCTAssertEqual(archive.entries.map(\.name), ["mimetype", "mapp/text.txt"])
        XCTAssertEqual(archive.entries.map(\.method), [0, 8])
        XCTAssertEqual(try archive.contents(of: "mimetype"), Array("application/x-test".utf8))
        XCTAssertEqual(try archive.contents(of: "mapp/text.txt"), try bytes("text.original"))
        XCTAssertNil(try archive.contents(of: "word/document.xml"))
    }

    func testACutArchiveSaysItIsIncomplete() throws {
        let whole = try bytes("archive.zip")
        XCTAssertTrue(message { _ = try ZipArchive(Array(whole.prefix(whole.count - 30)), path: "a.zip") }.contains("not a complete ZIP archive"))
        XCTAssertTrue(message { _ = try ZipArchive(Array("Hej".utf8), path: "a.zip") }.contains("not a complete ZIP archive"))
    }

    func testADamagedEntryIsNoticedByItsChecksum() throws {
        var damaged = try bytes("archive.zip")
        // The stored entry's data starts after its 30-byte header and 8-byte name.
        damaged[30 + 8 + 2] ^= 0xFF
        let archive = try ZipArchive(damaged, path: "a.zip")
        XCTAssertTrue(message { _ = try archive.contents(of: "mimetype") }.contains("checksum does not match"))
    }

    func testEntriesWhoseNamesLeaveTheArchiveAreRefused() throws {
        for name in ["../../etc/passwd", "/etc/passwd", "mapp/../../ut.txt", "C:\\ut.txt"] {
            let archive = ZipFixture.archive([(name, Array("x".utf8))])
            XCTAssertTrue(message { _ = try ZipArchive(archive, path: "a.zip") }.contains("name leads outside it"), name)
        }
        XCTAssertTrue(ZipArchive.staysInside("word/document.xml"))
    }

    func testABombIsRefusedBeforeItIsUnpacked() throws {
        let zeros = try XCTUnwrap(InflateTests.zeros(megabytes: 10))
        let bomb = ZipFixture.archive([("word/document.xml", zeros)], method: 8, declaredSize: 10 * 1_048_576)
        XCTAssertTrue(message { _ = try ZipArchive(bomb, path: "a.zip", limits: .init(totalSize: 5 * 1_048_576, ratio: 10_000)) }
            .contains("unpacks to more than 5 MB"))
        XCTAssertTrue(message { _ = try ZipArchive(bomb, path: "a.zip", limits: .init(totalSize: 1 << 30, ratio: 100)) }
            .contains("claims to unpack to"))
        // A size that lies: the entry says 1 MB but holds 10 MB; unpacking stops at what it said.
        let liar = ZipFixture.archive([("word/document.xml", zeros)], method: 8, declaredSize: 1_048_576)
        let archive = try ZipArchive(liar, path: "a.zip")
        XCTAssertTrue(message { _ = try archive.contents(of: "word/document.xml") }.contains("more than 1 MB"))
    }

    func testAPasswordProtectedEntrySaysWhatToDo() throws {
        let archive = try ZipArchive(ZipFixture.archive([("word/document.xml", [1, 2, 3])], flags: 1), path: "a.docx")
        XCTAssertTrue(message { _ = try archive.contents(of: "word/document.xml") }.contains("protected with a password"))
    }
}

/// Builds small archives by hand, for shapes no ZIP writer makes on purpose.
enum ZipFixture {
    static func archive(_ files: [(String, [UInt8])], method: Int = 0, flags: Int = 0, declaredSize: Int? = nil) -> [UInt8] {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }
        func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
        var body: [UInt8] = []
        var directory: [UInt8] = []
        for (name, data) in files {
            let nameBytes = Array(name.utf8)
            let size = declaredSize ?? data.count
            let crc = Int(CRC32.checksum(data))
            let offset = body.count
            body += le32(0x0403_4B50) + le16(20) + le16(flags) + le16(method) + le16(0) + le16(0) + le32(crc)
                + le32(data.count) + le32(size) + le16(nameBytes.count) + le16(0) + nameBytes + data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(flags) + le16(method) + le16(0) + le16(0) + le32(crc)
                + le32(data.count) + le32(size) + le16(nameBytes.count) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(offset) + nameBytes
        }
        let end = le32(0x0605_4B50) + le16(0) + le16(0) + le16(files.count) + le16(files.count) + le32(directory.count)
            + le32(body.count) + le16(0)
        return body + directory + end
    }
}
