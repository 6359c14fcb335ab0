/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks, with
/// back-references across everything written so far. Word and OpenDocument files are ZIP
/// archives of deflated XML, and PDF content streams are zlib-wrapped deflate (RFC 1950).
enum Inflate {
    enum Failure: Error, Equatable {
        case truncated
        case badBlockType
        case storedLengthMismatch
        case badCodeLengths
        case badSymbol
        case distanceBeyondStart
        case tooLarge(limit: Int)
        case badZlibHeader

        /// What went wrong, for a message that names the file.
        var reason: String {
            switch self {
            case .truncated: return "the compressed data ends too early"
            case .badBlockType, .storedLengthMismatch, .badCodeLengths, .badSymbol, .badZlibHeader:
                return "the compressed data is damaged"
            case .distanceBeyondStart: return "the compressed data refers back before its start"
            case .tooLarge(let limit): return "it unpacks to more than \(limit / 1_048_576) MB"
            }
        }
    }

    /// The bytes `deflated` unpacks to; more than `limit` bytes is refused, so a small file
    /// cannot fill the memory.
    static func raw(_ deflated: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        var reader = BitReader(deflated)
        return try inflate(&reader, limit: limit, sizeHint: deflated.count * 4)
    }

    /// A zlib stream (RFC 1950): a two-byte header, deflate data, and a checksum that is not
    /// checked, since PDF writers often get it wrong while the data is whole.
    static func zlib(_ stream: [UInt8], limit: Int) throws(Failure) -> [UInt8] {
        guard stream.count >= 2, stream[0] & 0x0F == 8, (Int(stream[0]) << 8 | Int(stream[1])) % 31 == 0,
              stream[1] & 0x20 == 0 else { throw .badZlibHeader }
        var reader = BitReader(stream, from: 2)
        return try inflate(&reader, limit: limit, sizeHint: stream.count * 4)
    }

    /// What a zlib stream unpacks to as far as it is whole, with the failure that stopped it,
    /// if one did. PDF files are often cut short or carry a damaged stream, and the text
    /// before the damage is still worth reading. A stream with no zlib header is tried as raw
    /// deflate, which some PDF writers produce.
    static func zlibPrefix(_ stream: [UInt8], limit: Int) -> (bytes: [UInt8], failure: Failure?) {
        let hasHeader = stream.count >= 2 && stream[0] & 0x0F == 8 && (Int(stream[0]) << 8 | Int(stream[1])) % 31 == 0
            && stream[1] & 0x20 == 0
        var reader = BitReader(stream, from: hasHeader ? 2 : 0)
        var output: [UInt8] = []
        do {
            try inflate(&reader, into: &output, limit: limit, sizeHint: stream.count * 4)
            return (output, nil)
        } catch {
            return (output, error)
        }
    }

    private static func inflate(_ reader: inout BitReader, limit: Int, sizeHint: Int) throws(Failure) -> [UInt8] {
        var output: [UInt8] = []
        try inflate(&reader, into: &output, limit: limit, sizeHint: sizeHint)
        return output
    }

    private static func inflate(_ reader: inout BitReader, into output: inout [UInt8], limit: Int, sizeHint: Int) throws(Failure) {
        output.reserveCapacity(min(limit, max(sizeHint, 1_024)))
        var isLast = false
        while !isLast {
            isLast = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try copyStored(&reader, into: &output, limit: limit)
            case 1: try decodeBlock(&reader, HuffmanTable.fixedLiterals, HuffmanTable.fixedDistances, into: &output, limit: limit)
            case 2:
                let (literals, distances) = try dynamicTables(&reader)
                try decodeBlock(&reader, literals, distances, into: &output, limit: limit)
            default: throw .badBlockType
            }
        }
    }

    private static func copyStored(_ reader: inout BitReader, into output: inout [UInt8], limit: Int) throws(Failure) {
        reader.alignToByte()
        let length = try reader.bits(16)
        guard try reader.bits(16) == length ^ 0xFFFF else { throw .storedLengthMismatch }
        guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
        try reader.copyBytes(length, into: &output)
    }

    static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtraBits: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    static let distanceBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                      4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtraBits: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    private static func decodeBlock(_ reader: inout BitReader, _ literals: HuffmanTable, _ distances: HuffmanTable,
                                    into output: inout [UInt8], limit: Int) throws(Failure) {
        while true {
            let symbol = try reader.decode(literals)
            if symbol < 256 {
                guard output.count < limit else { throw .tooLarge(limit: limit) }
                output.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthCode = symbol - 257
            guard lengthCode < lengthBase.count else { throw .badSymbol }
            let length = lengthBase[lengthCode] + (try reader.bits(lengthExtraBits[lengthCode]))
            let distanceCode = try reader.decode(distances)
            guard distanceCode < distanceBase.count else { throw .badSymbol }
            let distance = distanceBase[distanceCode] + (try reader.bits(distanceExtraBits[distanceCode]))
            guard distance <= output.count else { throw .distanceBeyondStart }
            guard output.count + length <= limit else { throw .tooLarge(limit: limit) }
            var from = output.count - distance
            // Byte by byte: a copy may overlap what it is writing (distance 1 repeats a byte).
            for _ in 0..<length {
                output.append(output[from])
                from += 1
            }
        }
    }

    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func dynamicTables(_ reader: inout BitReader) throws(Failure) -> (HuffmanTable, HuffmanTable) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .badCodeLengths }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[codeLengthOrder[index]] = UInt8(try reader.bits(3))
        }
        guard let codeLengths = HuffmanTable(lengths: codeLengthLengths[...]) else { throw .badCodeLengths }
        var lengths = [UInt8]()
        lengths.reserveCapacity(literalCount + distanceCount)
        while lengths.count < literalCount + distanceCount {
            let symbol = try reader.decode(codeLengths)
            switch symbol {
            case 0...15:
                lengths.append(UInt8(symbol))
            case 16:
                guard let previous = lengths.last else { throw .badCodeLengths }
                lengths += repeatElement(previous, count: 3 + (try reader.bits(2)))
            case 17:
                lengths += repeatElement(0, count: 3 + (try reader.bits(3)))
            default:
                lengths += repeatElement(0, count: 11 + (try reader.bits(7)))
            }
        }
        guard lengths.count == literalCount + distanceCount, lengths[256] > 0,
              let literals = HuffmanTable(lengths: lengths[0..<literalCount]),
              let distances = HuffmanTable(lengths: lengths[literalCount...]) else { throw .badCodeLengths }
        return (literals, distances)
    }
}

/// A canonical Huffman code as one lookup table: indexed by the next `bits` bits of input
/// (deflate stores codes from their first bit up, so the index is the code reversed), each
/// entry holds the symbol and its code length; length 0 marks a bit pattern no code has.
struct HuffmanTable: Sendable {
    let entries: [UInt16]
    let bits: Int

    /// nil when the lengths give more codes than bits allow (an over-subscribed code).
    init?(lengths: ArraySlice<UInt8>) {
        var countOfLength = [Int](repeating: 0, count: 16)
        for length in lengths {
            guard length < 16 else { return nil }
            countOfLength[Int(length)] += 1
        }
        countOfLength[0] = 0
        var available = 1
        for length in 1..<16 {
            available = available << 1 - countOfLength[length]
            if available < 0 { return nil }
        }
        let longest = (1..<16).last { countOfLength[$0] > 0 } ?? 1
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + countOfLength[length - 1]) << 1
            nextCode[length] = code
        }
        var entries = [UInt16](repeating: 0, count: 1 << longest)
        for (offset, length) in lengths.enumerated() where length > 0 {
            let length = Int(length)
            let code = nextCode[length]
            nextCode[length] += 1
            var reversed = 0
            for bit in 0..<length where code >> bit & 1 == 1 { reversed |= 1 << (length - 1 - bit) }
            var index = reversed
            while index < entries.count {
                entries[index] = UInt16(offset << 4 | length)
                index += 1 << length
            }
        }
        self.entries = entries
        self.bits = longest
    }

    static let fixedLiterals: HuffmanTable = {
        let lengths = [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
            + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
        guard let table = HuffmanTable(lengths: lengths[...]) else { preconditionFailure("the fixed code is complete") }
        return table
    }()

    static let fixedDistances: HuffmanTable = {
        guard let table = HuffmanTable(lengths: [UInt8](repeating: 5, count: 30)[...]) else { preconditionFailure("the fixed code is valid") }
        return table
    }()
}

/// Reads deflate's bit stream, least significant bit first, keeping up to 64 bits at hand.
/// Past the end it counts the bits it made up, so a code cut off by the end is reported as
/// truncation and not decoded from zeros.
struct BitReader {
    private let bytes: [UInt8]
    private var position: Int
    private var buffer: UInt64 = 0
    private var count = 0
    private var madeUp = 0

    init(_ bytes: [UInt8], from start: Int = 0) {
        self.bytes = bytes
        self.position = start
    }

    private mutating func refill() {
        while count <= 56 {
            if position < bytes.count {
                buffer |= UInt64(bytes[position]) << UInt64(count)
                position += 1
            } else {
                madeUp += 8
            }
            count += 8
        }
    }

    private mutating func consume(_ bitCount: Int) throws(Inflate.Failure) {
        guard bitCount <= count - madeUp else { throw .truncated }
        buffer >>= UInt64(bitCount)
        count -= bitCount
    }

    mutating func bits(_ bitCount: Int) throws(Inflate.Failure) -> Int {
        guard bitCount > 0 else { return 0 }
        if count < bitCount { refill() }
        let value = Int(buffer & (UInt64(1) << UInt64(bitCount) - 1))
        try consume(bitCount)
        return value
    }

    mutating func decode(_ table: HuffmanTable) throws(Inflate.Failure) -> Int {
        if count < table.bits { refill() }
        let entry = Int(table.entries[Int(buffer & (UInt64(1) << UInt64(table.bits) - 1))])
        let length = entry & 15
        guard length > 0 else { throw count - madeUp < table.bits ? .truncated : .badSymbol }
        try consume(length)
        return entry >> 4
    }

    mutating func alignToByte() {
        let extra = count % 8
        buffer >>= UInt64(extra)
        count -= extra
    }

    /// Copies whole bytes, first those already in the buffer, then straight from the input.
    mutating func copyBytes(_ length: Int, into output: inout [UInt8]) throws(Inflate.Failure) {
        var remaining = length
        while remaining > 0, count - madeUp >= 8 {
            output.append(UInt8(truncatingIfNeeded: buffer))
            buffer >>= 8
            count -= 8
            remaining -= 1
        }
        guard remaining > 0 else { return }
        // The buffer is now empty of real bytes; any made-up bits go with it.
        buffer = 0
        count = 0
        madeUp = 0
        guard position + remaining <= bytes.count else {
            // What there is goes out first, for a reader that keeps the part before a cut.
            output += bytes[position...]
            position = bytes.count
            throw .truncated
        }
        output += bytes[position..<(position + remaining)]
        position += remaining
    }
}
