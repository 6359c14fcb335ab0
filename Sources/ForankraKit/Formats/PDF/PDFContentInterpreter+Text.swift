/// The text operators (ISO 32000-1, 9.3–9.4): the text state, the text and line matrices,
/// and the showing of strings glyph by glyph.
extension PDFContentInterpreter {
    mutating func performText(_ word: String, _ operands: [PDFObject]) {
        let numbers = operands.compactMap(\.number)
        switch word {
        case "BT":
            textMatrix = .identity
            lineMatrix = .identity
        case "Tf":
            if let name = operands.first?.name, let size = operands.last?.number {
                state.font = font(named: name)
                state.fontSize = size
            }
        case "Tc": if let value = numbers.last { state.characterSpacing = value }
        case "Tw": if let value = numbers.last { state.wordSpacing = value }
        case "Tz": if let value = numbers.last { state.horizontalScaling = value / 100 }
        case "TL": if let value = numbers.last { state.leading = value }
        case "Ts": if let value = numbers.last { state.rise = value }
        case "Td": if numbers.count >= 2 { moveLine(numbers[numbers.count - 2], numbers[numbers.count - 1]) }
        case "TD":
            if numbers.count >= 2 {
                state.leading = -numbers[numbers.count - 1]
                moveLine(numbers[numbers.count - 2], numbers[numbers.count - 1])
            }
        case "Tm":
            if let matrix = Self.matrix(operands) {
                textMatrix = matrix
                lineMatrix = matrix
            }
        case "T*": moveLine(0, -state.leading)
        case "Tj": if let bytes = operands.last?.string { show(bytes) }
        case "'":
            moveLine(0, -state.leading)
            if let bytes = operands.last?.string { show(bytes) }
        case "\"":
            if numbers.count >= 2 {
                state.wordSpacing = numbers[0]
                state.characterSpacing = numbers[1]
            }
            moveLine(0, -state.leading)
            if let bytes = operands.last?.string { show(bytes) }
        case "TJ":
            for item in operands.last?.array ?? [] { showItem(item) }
        default:
            break
        }
    }

    private mutating func moveLine(_ x: Double, _ y: Double) {
        lineMatrix = PDFMatrix.translation(x, y).then(lineMatrix)
        textMatrix = lineMatrix
    }

    /// A `TJ` element: a string is shown, a number moves the next glyph left by thousandths
    /// of the font size (a large negative number is how many writers put a space).
    private mutating func showItem(_ item: PDFObject) {
        if let bytes = item.string {
            show(bytes)
        } else if let adjustment = item.number {
            let shift = -adjustment / 1000 * state.fontSize * state.horizontalScaling
            textMatrix = PDFMatrix.translation(shift, 0).then(textMatrix)
        }
    }

    private mutating func show(_ bytes: [UInt8]) {
        guard let font = state.font else { return }
        let size = state.fontSize, scaling = state.horizontalScaling
        let fontMatrix = PDFMatrix(a: size * scaling, d: size, f: state.rise)
        let bold = font.isBold
        font.forEachGlyph(in: bytes) { glyph in
            let rendering = fontMatrix.then(textMatrix).then(state.matrix)
            if let text = glyph.text, !text.isEmpty {
                place(text, rendering, advance: glyph.advance, sizeScale: font.sizeScale, bold: bold)
            }
            let advance = (glyph.advance * size + state.characterSpacing + (glyph.isWordSpace ? state.wordSpacing : 0)) * scaling
            textMatrix = PDFMatrix.translation(advance, 0).then(textMatrix)
        }
    }

    /// Keeps a glyph that is upright and on the page; turned text (a margin note written
    /// upwards, a diagonal "UTKAST") is left out, since it is no line of the text.
    private mutating func place(_ text: String, _ rendering: PDFMatrix, advance: Double, sizeScale: Double, bold: Bool) {
        guard rendering.a > 0, abs(rendering.b) <= 0.1 * rendering.a, abs(rendering.c) <= 0.1 * abs(rendering.d), rendering.d > 0 else { return }
        let size = rendering.verticalScale * sizeScale
        let x = rendering.e, y = rendering.f
        guard size > 0.5, size < 2_000, x.isFinite, y.isFinite,
              x >= visibleBox.lowerX - size, x <= visibleBox.upperX + size,
              y >= visibleBox.lowerY - size, y <= visibleBox.upperY + size else { return }
        emit(PDFGlyph(text: text, x: x, y: y, width: max(0, advance * rendering.a), size: size, isBold: bold,
                      isItalic: state.font?.isItalic ?? false, family: state.font?.family ?? ""))
    }

    private mutating func font(named name: String) -> PDFFont? {
        guard let entry = document.resolveDictionary(resources["Font"])?.entries[name] else { return nil }
        return fonts.font(entry, document: document)
    }
}

/// Fonts already built, by object number: pages share their fonts, and building one means
/// decoding its CMap.
final class PDFFontCache {
    private var fonts: [Int: PDFFont] = [:]

    func font(_ entry: PDFObject, document: PDFDocument) -> PDFFont? {
        if case .reference(let reference) = entry, let known = fonts[reference.number] { return known }
        guard let dictionary = document.resolveDictionary(entry) else { return nil }
        let font = PDFFontLoader.load(dictionary, document: document)
        if case .reference(let reference) = entry { fonts[reference.number] = font }
        return font
    }
}
