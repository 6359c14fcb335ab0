import Foundation

/// A text cut once into lowercased words, for matching theme keywords quickly.
///
/// Words are runs of letters, digits and combining marks; everything else (spaces,
/// punctuation, hyphens, dashes) separates them. The text is brought to composed form (NFC)
/// first, so an å typed as a + ring matches the å in a keyword.
struct WordIndex {
    /// Distinct words, lowercased, in order of first appearance, as UTF-8 bytes.
    private(set) var words: [[UInt8]] = []
    /// How often each distinct word occurs.
    private(set) var counts: [Int] = []
    /// The text as a sequence of indexes into `words`; four bytes each, as the report's index
    /// holds every word of every APT's conclusion and questions.
    private(set) var tokens: [UInt32] = []
    private var ids: [[UInt8]: Int] = [:]

    init(_ text: String = "") {
        Self.scan(text) { add($0) }
    }

    /// Adds the words of one more text, as if the texts were one joined by line breaks: the
    /// report gathers the words of every APT's conclusion and questions this way, holding the
    /// words once rather than all the texts and a joined copy of them.
    mutating func append(_ text: String) {
        Self.scan(text) { add($0) }
    }

    /// Whether no text has given a word.
    var isEmpty: Bool { tokens.isEmpty }

    /// Called with a buffer that is reused for the next word; copied only for a new word.
    private mutating func add(_ word: [UInt8]) {
        if let id = ids[word] {
            counts[id] += 1
            tokens.append(UInt32(truncatingIfNeeded: id))
        } else {
            let id = words.count
            ids[word] = id
            words.append(word)
            counts.append(1)
            tokens.append(UInt32(truncatingIfNeeded: id))
        }
    }

    /// The words of a short text, lowercased (used for keywords, so both sides cut alike).
    static func words(in text: String) -> [String] {
        var words: [String] = []
        scan(text) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// Each word's UTF-8, lowercased, in turn, built in one reused buffer. The report cuts the
    /// conclusions and questions of every APT at once, so this reads bytes: ASCII directly,
    /// and only other letters as Unicode scalars.
    private static func scan(_ text: String, _ word: (_ utf8: [UInt8]) -> Void) {
        var source = composed(text)
        var current: [UInt8] = []
        source.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    if isASCIIWordByte(lead) {
                        current.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                    } else if !current.isEmpty {
                        word(current)
                        current.removeAll(keepingCapacity: true)
                    }
                    index += 1
                    continue
                }
                let length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let end = min(index + length, bytes.count)
                let scalar = decodeScalar(bytes[index..<end])
                if let scalar, isWordScalar(scalar) {
                    if let lower = scalar.latin1Lowercase {
                        // Two bytes in UTF-8, as every scalar from U+0080 to U+00FF.
                        current.append(UInt8(0xC0 | lower.value >> 6))
                        current.append(UInt8(0x80 | lower.value & 0x3F))
                    } else if scalar.properties.changesWhenLowercased {
                        current.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                    } else {
                        current.append(contentsOf: bytes[index..<end])
                    }
                } else if !current.isEmpty {
                    word(current)
                    current.removeAll(keepingCapacity: true)
                }
                index = end
            }
        }
        if !current.isEmpty { word(current) }
    }

    /// The scalar of one UTF-8 sequence of a Swift string (always well formed), read from
    /// its bits rather than through a String made for it.
    private static func decodeScalar(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Unicode.Scalar? {
        var value: UInt32
        switch bytes.count {
        case 2: value = UInt32(bytes[bytes.startIndex] & 0x1F)
        case 3: value = UInt32(bytes[bytes.startIndex] & 0x0F)
        case 4: value = UInt32(bytes[bytes.startIndex] & 0x07)
        default: return nil
        }
        for byte in bytes.dropFirst() { value = value << 6 | UInt32(byte & 0x3F) }
        return Unicode.Scalar(value)
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A, 0x41...0x5A: return true
        case 0...0x7F: return false
        // Latin-1 has no decimal digits or marks beyond ASCII's: its letters are the words.
        case 0x80...0xFF: return scalar.isAlphabetic
        default:
            let properties = scalar.properties
            return properties.isAlphabetic || properties.numericType == .decimal
                || properties.generalCategory == .nonspacingMark
        }
    }

    /// NFC, but only paying for it when the text holds combining marks.
    static func composed(_ text: String) -> String {
        // U+0300–U+036F start with the byte 0xCC or 0xCD in UTF-8 (so do a few Greek
        // letters, which only cost a needless NFC).
        let hasCombining = text.utf8.contains { $0 == 0xCC || $0 == 0xCD }
        return hasCombining ? text.precomposedStringWithCanonicalMapping : text
    }

    // MARK: Matching

    /// Indexes of the distinct words one keyword part matches.
    func wordIDs(matching part: ThemeKeyword.Part) -> Set<Int> {
        let needle = part.utf8
        if !part.openStart && !part.openEnd {
            return ids[needle].map { [$0] } ?? []
        }
        var found = Set<Int>()
        for (id, word) in words.enumerated() where Self.matches(word, needle, part) {
            found.insert(id)
        }
        return found
    }

    static func matches(_ word: [UInt8], _ needle: [UInt8], _ part: ThemeKeyword.Part) -> Bool {
        guard word.count >= needle.count else { return false }
        switch (part.openStart, part.openEnd) {
        case (false, true): return word.starts(with: needle)
        case (true, false): return word.suffix(needle.count).elementsEqual(needle)
        case (true, true): return ByteSearch.contains(word, needle)
        case (false, false): return word == needle
        }
    }

    /// The id of a word, given as its UTF-8 (lower-cased, composed); nil when the text lacks it.
    func wordID(of utf8: [UInt8]) -> Int? {
        ids[utf8]
    }

    /// Positions where a multi-word keyword starts, given the word sets of its parts.
    func positions(ofSequence sets: [Set<Int>]) -> [Int] {
        guard let firstSet = sets.first, !sets.contains(where: \.isEmpty), tokens.count >= sets.count else { return [] }
        // The first word is looked up in a flag per distinct word, not hashed: the report's
        // index holds every word of every APT's conclusion and questions.
        var startsHere = [Bool](repeating: false, count: words.count)
        for id in firstSet where id < startsHere.count { startsHere[id] = true }
        var found: [Int] = []
        for start in 0...(tokens.count - sets.count) where startsHere[Int(tokens[start])] {
            var all = true
            for offset in 1..<sets.count where !sets[offset].contains(Int(tokens[start + offset])) {
                all = false
                break
            }
            if all { found.append(start) }
        }
        return found
    }
}
