import Foundation

/// A ZIP archive read from memory (APPNOTE 6.3: the end record, the central directory, local
/// headers; stored and deflated entries). A .docx or .odt is one. Only what a document needs
/// is read, and every entry is checked against its CRC-32 so damage is noticed, not read as
/// text.
struct ZipArchive {
    struct Entry: Equatable {
        var name: String
        var method: Int
        var flags: Int
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    /// Limits against an archive made to exhaust memory: everything unpacked together, and how
    /// many times larger than its packed size one entry may claim to be.
    struct Limits {
        var totalSize = 256 * 1_048_576
        var ratio = 1_000
        static let standard = Limits()
    }

    let entries: [Entry]
    private let bytes: [UInt8]
    private let path: String
    private let limits: Limits

    init(_ bytes: [UInt8], path: String, limits: Limits = .standard) throws(ForankraError) {
        self.bytes = bytes
        self.path = path
        self.limits = limits
        guard let end = Self.endRecord(in: bytes) else {
            throw .data("the file is not a complete ZIP archive (its table of contents is missing)", path: path,
                        hint: "Save the document again from the word processor; the copy here is cut short or damaged.")
        }
        let count = Self.uint16(bytes, end + 10)
        let directorySize = Int(Self.uint32(bytes, end + 12))
        let directoryStart = Int(Self.uint32(bytes, end + 16))
        guard count != 0xFFFF, directoryStart != 0xFFFF_FFFF else {
            throw .data("the archive is in the ZIP64 form, which forankra does not read", path: path,
                        hint: "Save the document again from the word processor.")
        }
        guard directoryStart + directorySize <= end else {
            throw .data("the ZIP archive's table of contents points outside the file", path: path,
                        hint: "Save the document again from the word processor; the copy here is damaged.")
        }
        var entries: [Entry] = []
        var offset = directoryStart
        var total = 0
        for _ in 0..<count {
            guard offset + 46 <= end, Self.uint32(bytes, offset) == 0x0201_4B50 else {
                throw .data("the ZIP archive's table of contents is damaged", path: path,
                            hint: "Save the document again from the word processor.")
            }
            let nameLength = Self.uint16(bytes, offset + 28)
            let extraLength = Self.uint16(bytes, offset + 30)
            let commentLength = Self.uint16(bytes, offset + 32)
            guard offset + 46 + nameLength <= end else {
                throw .data("the ZIP archive's table of contents is damaged", path: path)
            }
            let nameBytes = bytes[(offset + 46)..<(offset + 46 + nameLength)]
            let name = String(decoding: nameBytes, as: UTF8.self)
            let entry = Entry(
                name: name, method: Self.uint16(bytes, offset + 10), flags: Self.uint16(bytes, offset + 8),
                crc: Self.uint32(bytes, offset + 16), compressedSize: Int(Self.uint32(bytes, offset + 20)),
                size: Int(Self.uint32(bytes, offset + 24)), localHeaderOffset: Int(Self.uint32(bytes, offset + 42)))
            guard Self.staysInside(name) else {
                throw .data("the archive holds an entry whose name leads outside it ('\(name)')", path: path,
                            hint: "This is not a document a word processor wrote; do not open it elsewhere either.")
            }
            total += entry.size
            guard total <= limits.totalSize else {
                throw .data("the archive unpacks to more than \(limits.totalSize / 1_048_576) MB, far more than a document", path: path,
                            hint: "This is not an ordinary document; save the programme again from the word processor.")
            }
            guard entry.size <= max(entry.compressedSize, 1) * limits.ratio || entry.size < 1_048_576 else {
                throw .data("the entry '\(name)' claims to unpack to \(entry.size / max(entry.compressedSize, 1)) times its size", path: path,
                            hint: "This is not an ordinary document; save the programme again from the word processor.")
            }
            entries.append(entry)
            offset += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The unpacked bytes of the entry called `name`, or nil when the archive has none.
    func contents(of name: String) throws(ForankraError) -> [UInt8]? {
        guard let entry = entries.first(where: { $0.name == name }) else { return nil }
        guard entry.flags & 1 == 0 else {
            throw .data("the document is protected with a password", path: path,
                        hint: "Save a copy without a password from the word processor and give forankra that copy.")
        }
        let header = entry.localHeaderOffset
        guard header + 30 <= bytes.count, Self.uint32(bytes, header) == 0x0403_4B50 else {
            throw .data("the archive's entry '\(name)' is damaged", path: path, hint: "Save the document again from the word processor.")
        }
        let start = header + 30 + Self.uint16(bytes, header + 26) + Self.uint16(bytes, header + 28)
        guard start + entry.compressedSize <= bytes.count else {
            throw .data("the file ends inside the archive's entry '\(name)'", path: path,
                        hint: "The copy is cut short; save or download the document again.")
        }
        let packed = Array(bytes[start..<(start + entry.compressedSize)])
        let unpacked: [UInt8]
        switch entry.method {
        case 0:
            unpacked = packed
        case 8:
            do {
                unpacked = try Inflate.raw(packed, limit: entry.size)
            } catch {
                throw .data("the archive's entry '\(name)' cannot be unpacked: \(error.reason)", path: path,
                            hint: "Save the document again from the word processor.")
            }
        default:
            throw .data("the archive's entry '\(name)' is packed with method \(entry.method), which forankra does not read", path: path,
                        hint: "Save the document again from the word processor.")
        }
        guard unpacked.count == entry.size, CRC32.checksum(unpacked) == entry.crc else {
            throw .data("the archive's entry '\(name)' is damaged (its checksum does not match)", path: path,
                        hint: "Save or download the document again.")
        }
        return unpacked
    }

    /// The end-of-central-directory record: the last signature within the 64 KB a comment may
    /// take up after it.
    private static func endRecord(in bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        let earliest = max(0, bytes.count - 22 - 65_535)
        var offset = bytes.count - 22
        while offset >= earliest {
            if bytes[offset] == 0x50, uint32(bytes, offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }

    /// A name is a path inside the archive: not absolute, no `..` part, no drive or backslash.
    static func staysInside(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains(":") else { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains("..")
    }

    private static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int {
        guard offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    private static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}

/// CRC-32 as ZIP uses it (the IEEE polynomial, reflected).
enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}
