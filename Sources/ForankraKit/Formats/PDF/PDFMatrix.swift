/// An affine transformation as PDF writes it, `[a b c d e f]` (ISO 32000-1, 8.3.3): a point
/// (x, y) goes to (a·x + c·y + e, b·x + d·y + f).
struct PDFMatrix: Equatable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = PDFMatrix()

    /// The matrix of six numbers, or nil when they are not six finite numbers.
    init?(_ numbers: [Double]) {
        guard numbers.count == 6, numbers.allSatisfy(\.isFinite) else { return nil }
        self.init(a: numbers[0], b: numbers[1], c: numbers[2], d: numbers[3], e: numbers[4], f: numbers[5])
    }

    init(a: Double = 1, b: Double = 0, c: Double = 0, d: Double = 1, e: Double = 0, f: Double = 0) {
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
        self.f = f
    }

    static func translation(_ x: Double, _ y: Double) -> PDFMatrix { PDFMatrix(e: x, f: y) }

    /// This transformation followed by `other` (`self × other` in PDF's row-vector notation,
    /// as `cm` makes `new CTM = M × CTM`).
    func then(_ other: PDFMatrix) -> PDFMatrix {
        PDFMatrix(a: a * other.a + b * other.c, b: a * other.b + b * other.d,
                  c: c * other.a + d * other.c, d: c * other.b + d * other.d,
                  e: e * other.a + f * other.c + other.e, f: e * other.b + f * other.d + other.f)
    }

    func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
        (a * x + c * y + e, b * x + d * y + f)
    }

    /// How much the matrix stretches a vertical distance: the size a font of size 1 is drawn at.
    var verticalScale: Double { (c * c + d * d).squareRoot() }
    var horizontalScale: Double { (a * a + b * b).squareRoot() }
}
