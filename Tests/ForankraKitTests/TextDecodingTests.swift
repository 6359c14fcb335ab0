import Foundation
import XCTest
@testable import ForankraKit

final class TextDecodingTests: XCTestCase {
    func testUTF8WithBOMLosesTheBOMAndCRLF() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("Rätt\r\nlön\r\n".utf8))
        let decoded = try TextDecoding.decode(data, path: "p.txt")
        XCTAssertEqual(decoded.text, "Rätt\nlön\n")
        XCTAssertEqual(decoded.encoding, .utf8WithBOM)
    }

    func testWindows1252IsDetectedAndDecoded() throws {
        // "Arbetsmiljö – hälsa" with ö = F6, en dash = 96, ä = E4 in Windows-1252.
        let data = Data([0x41, 0x72, 0x62, 0x65, 0x74, 0x73, 0x6D, 0x69, 0x6C, 0x6A, 0xF6, 0x20, 0x96, 0x20, 0x68, 0xE4, 0x6C, 0x73, 0x61])
        let decoded = try TextDecoding.decode(data, path: "p.txt")
        XCTAssertEqual(decoded.text, "Arbetsmiljö – hälsa")
        XCTAssertEqual(decoded.encoding, .windows1252)
    }

    func testEmptyBinaryAndUTF16AreRefusedWithTheFileNamed() {
        for bytes: [UInt8] in [[], [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02], [0xFF, 0xFE, 0x41, 0x00]] {
            XCTAssertThrowsError(try TextDecoding.decode(Data(bytes), path: "in.txt")) { error in
                let problem = error as? ForankraError
                XCTAssertEqual(problem?.exitCode, .dataError)
                XCTAssertEqual(problem?.path, "in.txt")
            }
        }
    }
}
