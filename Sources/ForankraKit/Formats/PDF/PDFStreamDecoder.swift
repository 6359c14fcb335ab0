/// Undoes a stream's filters (ISO 32000-1, 7.4), in the order `/Filter` lists them, each with
/// its `/DecodeParms`. What a damaged stream yields before its damage is kept, and the stream
/// is marked damaged, so a page with half a content stream still gives its first half.
enum PDFStreamDecoder {
    struct Outcome {
        var bytes: [UInt8]
        var isDamaged: Bool
    }

    /// Filters that hold images; a reader of text never needs their bytes decoded.
    private static let imageFilters: Set<String> = ["DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode", "RunLengthDecode", "RL"]

    static func decode(_ stream: PDFStream, document: PDFDocument) -> Outcome {
        let filters = filterNames(document.resolve(stream.dictionary["Filter"]), document: document)
        let parameters = document.resolve(stream.dictionary["DecodeParms"])
        var bytes = Array(stream.data)
        var isDamaged = false
        for (index, filter) in filters.enumerated() {
            guard !document.budget.isExhausted else { return Outcome(bytes: [], isDamaged: true) }
            let parms = parametersFor(index, in: parameters, document: document)
            switch filter {
            case "FlateDecode", "Fl":
                let (inflated, failure) = Inflate.zlibPrefix(bytes, limit: max(document.budget.remaining, 1))
                if case .tooLarge = failure { document.budget.markExhausted() }
                isDamaged = isDamaged || failure != nil
                bytes = PDFPredictor.undo(inflated, parameters: parms, document: document)
            case "ASCIIHexDecode", "AHx":
                bytes = PDFASCIIFilters.hex(bytes)
            case "ASCII85Decode", "A85":
                bytes = PDFASCIIFilters.base85(bytes)
            case "LZWDecode", "LZW":
                let (decoded, complete) = PDFLZWDecoder.decode(bytes, earlyChange: document.resolve(parms["EarlyChange"]).integer ?? 1,
                                                              limit: max(document.budget.remaining, 1))
                isDamaged = isDamaged || !complete
                bytes = PDFPredictor.undo(decoded, parameters: parms, document: document)
            case let name where imageFilters.contains(name):
                return Outcome(bytes: bytes, isDamaged: isDamaged)
            default:
                return Outcome(bytes: [], isDamaged: true)
            }
            document.budget.spend(bytes.count)
        }
        return Outcome(bytes: bytes, isDamaged: isDamaged)
    }

    private static func filterNames(_ filter: PDFObject, document: PDFDocument) -> [String] {
        if let name = filter.name { return [name] }
        return (filter.array ?? []).compactMap { document.resolve($0).name }
    }

    private static func parametersFor(_ index: Int, in parameters: PDFObject, document: PDFDocument) -> PDFDictionary {
        if let array = parameters.array {
            return index < array.count ? document.resolve(array[index]).dictionary ?? PDFDictionary() : PDFDictionary()
        }
        return parameters.dictionary ?? PDFDictionary()
    }
}
