/// One page as the reader needs it: its content, the resources its content names, and the
/// box and turn that place its text on the sheet.
struct PDFPage {
    var dictionary: PDFDictionary
    var resources: PDFDictionary
    /// The visible part of the page in user space: the crop box, else the media box.
    var box: PDFRectangle
    /// Clockwise quarter turns the viewer applies (`/Rotate` 0, 90, 180, 270).
    var quarterTurns: Int

    /// Maps user space onto the page as it is shown, with the origin at its lower left, so
    /// that "up" on a turned page is up for the reader.
    var viewMatrix: PDFMatrix {
        let box = box
        switch quarterTurns {
        case 1: return PDFMatrix(a: 0, b: -1, c: 1, d: 0, e: -box.lowerY, f: box.upperX)
        case 2: return PDFMatrix(a: -1, b: 0, c: 0, d: -1, e: box.upperX, f: box.upperY)
        case 3: return PDFMatrix(a: 0, b: 1, c: -1, d: 0, e: box.upperY, f: -box.lowerX)
        default: return PDFMatrix(a: 1, b: 0, c: 0, d: 1, e: -box.lowerX, f: -box.lowerY)
        }
    }

    /// Width and height of the page as shown.
    var viewSize: (width: Double, height: Double) {
        quarterTurns % 2 == 1 ? (box.height, box.width) : (box.width, box.height)
    }
}

struct PDFRectangle: Equatable {
    var lowerX: Double, lowerY: Double, upperX: Double, upperY: Double

    var width: Double { upperX - lowerX }
    var height: Double { upperY - lowerY }

    static let letter = PDFRectangle(lowerX: 0, lowerY: 0, upperX: 612, upperY: 792)

    /// A rectangle from `[x1 y1 x2 y2]` in either corner order; nil when it is not four
    /// numbers or has no area.
    init?(_ object: PDFObject, document: PDFDocument) {
        guard let numbers = document.resolve(object).array?.compactMap({ document.resolve($0).number }), numbers.count == 4 else { return nil }
        self.init(lowerX: min(numbers[0], numbers[2]), lowerY: min(numbers[1], numbers[3]),
                  upperX: max(numbers[0], numbers[2]), upperY: max(numbers[1], numbers[3]))
        guard width > 0, height > 0 else { return nil }
    }

    init(lowerX: Double, lowerY: Double, upperX: Double, upperY: Double) {
        self.lowerX = lowerX
        self.lowerY = lowerY
        self.upperX = upperX
        self.upperY = upperY
    }
}
