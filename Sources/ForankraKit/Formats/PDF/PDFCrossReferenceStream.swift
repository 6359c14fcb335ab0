/// A cross-reference stream (ISO 32000-1, 7.5.8): a stream object of `/Type /XRef` whose rows
/// are binary fields of the widths `/W` gives, for the object numbers `/Index` lists; its
/// dictionary is the trailer.
enum PDFCrossReferenceStream {
    static func read(at offset: Int, _ document: PDFDocument) -> ([Int: PDFCrossReference.Entry], PDFDictionary)? {
        guard let (_, object) = PDFIndirectObjectReader.read(document.bytes, at: offset, expecting: nil, length: { document.resolve($0).integer }),
              let stream = object.stream, stream.dictionary.type == "XRef" else { return nil }
        let dictionary = stream.dictionary
        let widths = (dictionary["W"].array ?? []).compactMap(\.integer)
        guard widths.count >= 3, widths.allSatisfy({ $0 >= 0 && $0 <= 8 }) else { return nil }
        let rowLength = widths.reduce(0, +)
        guard rowLength > 0 else { return nil }
        let data = PDFStreamDecoder.decode(stream, document: document).bytes
        var entries: [Int: PDFCrossReference.Entry] = [:]
        var position = 0
        for (first, count) in subsections(dictionary) {
            for number in first..<(first + count) {
                guard position + rowLength <= data.count else { return (entries, dictionary) }
                let type = widths[0] == 0 ? 1 : field(data, at: position, width: widths[0])
                let second = field(data, at: position + widths[0], width: widths[1])
                let third = field(data, at: position + widths[0] + widths[1], width: widths[2])
                position += rowLength
                switch type {
                case 1: entries[number] = second > 0 ? .inFile(offset: second) : .free
                case 2: entries[number] = .inObjectStream(number: second, index: third)
                default: entries[number] = .free
                }
            }
        }
        return (entries, dictionary)
    }

    /// `/Index [first count …]`, by default one subsection from 0 to `/Size`.
    private static func subsections(_ dictionary: PDFDictionary) -> [(Int, Int)] {
        let numbers = (dictionary["Index"].array ?? []).compactMap(\.integer)
        var result: [(Int, Int)] = []
        var index = 0
        while index + 1 < numbers.count {
            if numbers[index] >= 0, numbers[index] < 10_000_000, numbers[index + 1] >= 0, numbers[index + 1] < 10_000_000 {
                result.append((numbers[index], numbers[index + 1]))
            }
            index += 2
        }
        if result.isEmpty, let size = dictionary["Size"].integer, size > 0, size < 10_000_000 { result = [(0, size)] }
        return result
    }

    private static func field(_ data: [UInt8], at position: Int, width: Int) -> Int {
        var value = 0
        for offset in 0..<width { value = value << 8 | Int(data[position + offset]) }
        return value
    }
}
