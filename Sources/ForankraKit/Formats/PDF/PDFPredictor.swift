/// Undoes the predictors that `/DecodeParms` names for Flate and LZW data (ISO 32000-1,
/// 7.4.4.4): TIFF predictor 2 (each sample less the one to its left) and the PNG predictors
/// 10–15 (each row carries its own filter byte). Cross-reference streams nearly always use PNG
/// Up. Parameters that make no sense leave the bytes as they are.
enum PDFPredictor {
    static func undo(_ bytes: [UInt8], parameters: PDFDictionary, document: PDFDocument) -> [UInt8] {
        let predictor = document.resolve(parameters["Predictor"]).integer ?? 1
        guard predictor >= 2 else { return bytes }
        let colors = clamp(document.resolve(parameters["Colors"]).integer ?? 1, 1, 32)
        let bitsPerComponent = clamp(document.resolve(parameters["BitsPerComponent"]).integer ?? 8, 1, 16)
        let columns = clamp(document.resolve(parameters["Columns"]).integer ?? 1, 1, 1 << 20)
        let bytesPerPixel = max(1, (colors * bitsPerComponent + 7) / 8)
        let rowLength = (colors * bitsPerComponent * columns + 7) / 8
        if predictor == 2 {
            return bitsPerComponent == 8 ? undoTIFF(bytes, rowLength: rowLength, bytesPerPixel: bytesPerPixel) : bytes
        }
        return undoPNG(bytes, rowLength: rowLength, bytesPerPixel: bytesPerPixel)
    }

    private static func clamp(_ value: Int, _ low: Int, _ high: Int) -> Int { min(max(value, low), high) }

    private static func undoTIFF(_ bytes: [UInt8], rowLength: Int, bytesPerPixel: Int) -> [UInt8] {
        var output = bytes
        var rowStart = 0
        while rowStart < output.count {
            let rowEnd = min(rowStart + rowLength, output.count)
            var index = rowStart + bytesPerPixel
            while index < rowEnd {
                output[index] = output[index] &+ output[index - bytesPerPixel]
                index += 1
            }
            rowStart += rowLength
        }
        return output
    }

    /// Each row is a filter byte and `rowLength` bytes; a short last row is decoded as far
    /// as it goes.
    private static func undoPNG(_ bytes: [UInt8], rowLength: Int, bytesPerPixel: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var previousRow = [UInt8](repeating: 0, count: rowLength)
        var row = [UInt8](repeating: 0, count: rowLength)
        var position = 0
        while position < bytes.count {
            let filter = bytes[position]
            position += 1
            let available = min(rowLength, bytes.count - position)
            for column in 0..<available {
                let raw = bytes[position + column]
                let left = column >= bytesPerPixel ? row[column - bytesPerPixel] : 0
                let above = previousRow[column]
                let upperLeft = column >= bytesPerPixel ? previousRow[column - bytesPerPixel] : 0
                switch filter {
                case 1: row[column] = raw &+ left
                case 2: row[column] = raw &+ above
                case 3: row[column] = raw &+ UInt8((Int(left) + Int(above)) / 2)
                case 4: row[column] = raw &+ paeth(left, above, upperLeft)
                default: row[column] = raw
                }
            }
            output += row[0..<available]
            position += available
            swap(&row, &previousRow)
        }
        return output
    }

    private static func paeth(_ left: UInt8, _ above: UInt8, _ upperLeft: UInt8) -> UInt8 {
        let estimate = Int(left) + Int(above) - Int(upperLeft)
        let toLeft = abs(estimate - Int(left)), toAbove = abs(estimate - Int(above)), toUpperLeft = abs(estimate - Int(upperLeft))
        if toLeft <= toAbove, toLeft <= toUpperLeft { return left }
        return toAbove <= toUpperLeft ? above : upperLeft
    }
}
