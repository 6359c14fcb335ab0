import XCTest
@testable import ForankraKit

/// Text from the fonts PDF writers use: WinAnsi with Swedish letters, `/Differences`, Type 0
/// fonts through ToUnicode CMaps, the text operators and matrices, Form XObjects, widths,
/// boldness and the document title.
final class PDFTextTests: XCTestCase {
    private func page(_ content: String, fonts: [String: String] = ["F1": PDFTestFile.helvetica, "F2": PDFTestFile.helveticaBold]) throws -> [PDFTextLine] {
        try PDFTestFile.read(PDFTestFile.document([content], fonts: fonts))
    }

    func testWinAnsiGivesSwedishLetters() throws {
        let lines = try page(PDFTestFile.text([("Åsa, Ärlig och Öppen: håll, säg, föl – ”citat” •", x: 72, y: 770, size: 11, bold: false)]))
        XCTAssertEqual(lines.map(\.text), ["Åsa, Ärlig och Öppen: håll, säg, föl – ”citat” •"])
    }

    func testDifferencesNameTheGlyphs() throws {
        let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Minion /Encoding << /BaseEncoding /WinAnsiEncoding /Differences "
            + "[1 /aring /adieresis /odieresis /Aring /Adieresis /Odieresis /eacute /quotedblleft /quotedblright /endash /emdash /bullet /fi /fl /uni00E9 /g41 /G42 /a.sc] >> >>"
        let content = #"BT /F1 12 Tf 72 700 Td (\001\002\003\004\005\006\007 \010x\011 \012 \013 \014 \015 \016\017\020\021\022) Tj ET"#
        XCTAssertEqual(try page(content, fonts: ["F1": font]).map(\.text), ["åäöÅÄÖé “x” – — • fi fléABa"])
    }

    func testAType0FontIsReadThroughItsToUnicodeCMap() throws {
        var file = PDFTestFile()
        let cmap = """
        /CIDInit /ProcSet findresource begin 12 dict begin begincmap
        /CMapName /Adobe-Identity-UCS def /CMapType 2 def
        1 begincodespacerange <0000> <FFFF> endcodespacerange
        2 beginbfchar <0003> <0048> <0200> <00E4> endbfchar
        2 beginbfrange <0100> <0119> <0061> <0300> <0302> [<00E5> <00F6> <0020>] endbfrange
        endcmap CMapName currentdict /CMap defineresource pop end end
        """
        let toUnicode = file.addStream(text: cmap)
        let descendant = file.add("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Calibri-Bold /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 500 >>")
        let font = file.add("<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Calibri-Bold /Encoding /Identity-H /DescendantFonts [\(descendant) 0 R] /ToUnicode \(toUnicode) 0 R >>")
        // "Hälsa på jobbet" in the font's glyph numbers.
        let codes = "0003 0200 010B 0112 0100 0302 010F 0300 0302 0109 010E 0101 0101 0104 0113"
        let content = file.addStream(text: "BT /F1 14 Tf 72 700 Td <\(codes)> Tj ET")
        let pageObject = file.add("<< /Type /Page /MediaBox [0 0 595 842] /Contents \(content) 0 R /Resources << /Font << /F1 \(font) 0 R >> >> >>")
        let tree = file.add("<< /Type /Pages /Kids [\(pageObject) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        let lines = try PDFTestFile.read(file.bytes(root: catalog))
        XCTAssertEqual(lines.map(\.text), ["Hälsa på jobbet"])
        XCTAssertEqual(lines.first?.isBold, true)
        XCTAssertEqual(lines.first?.fontSize, 14)
    }

    func testMultiByteCodesFollowTheCodeSpaceRanges() {
        let cmap = PDFCMapParser.parse(Array("""
        2 begincodespacerange <00> <80> <8140> <9FFC> endcodespacerange
        2 beginbfchar <41> <0041> <8145> <00E5> endbfchar
        """.utf8))
        var texts: [String] = []
        var index = 0
        let bytes: [UInt8] = [0x41, 0x81, 0x45, 0x41]
        while index < bytes.count {
            let (code, length) = cmap.nextCode(in: bytes, at: index)
            texts.append(cmap.text(for: code) ?? "?")
            index += length
        }
        XCTAssertEqual(texts, ["A", "å", "A"])
    }

    func testKerningInTJIsNoSpaceButAWideGapIs() throws {
        let content = #"BT /F1 12 Tf 72 700 Td [(Arbets) 40 (milj\366n) -300 (och) -2000 (h\344lsa) -120 (i) 30 (gen)] TJ ET"#
        XCTAssertEqual(try page(content).map(\.text), ["Arbetsmiljön och hälsa igen"])
    }

    func testTheLineOperatorsMoveDownALine() throws {
        let content = #"BT /F1 12 Tf 14 TL 72 700 Td (Rad ett) Tj (Rad tv\345) ' 2 0 (Rad tre) " T* (Rad fyra) Tj 0 -20 TD (Rad fem) Tj T* (Rad sex) Tj ET"#
        let lines = try page(content)
        XCTAssertEqual(lines.map(\.text), ["Rad ett", "Rad två", "Rad tre", "Rad fyra", "Rad fem", "Rad sex"])
        XCTAssertEqual(lines.map(\.top), [130, 144, 158, 172, 192, 212].map { 842 - 700 - 12 + $0 - 130 })
    }

    func testTheEffectiveSizeTakesTheMatricesIntoAccount() throws {
        let content = #"""
        BT /F1 1 Tf 18 0 0 18 72 760 Tm (Rubrik) Tj ET
        q 2 0 0 2 0 0 cm BT /F1 5 Tf 36 300 Td (Underrubrik) Tj ET Q
        BT /F1 10 Tf 72 500 Td 120 Tz (Br\366dtext) Tj ET
        """#
        let lines = try page(content)
        XCTAssertEqual(lines.map(\.text), ["Rubrik", "Underrubrik", "Brödtext"])
        XCTAssertEqual(lines.map(\.fontSize), [18, 10, 10])
        XCTAssertEqual(lines.map(\.x), [72, 72, 72])
    }

    func testFormXObjectsAreDrawnWithTheirOwnResourcesAndLoopsEnd() throws {
        var file = PDFTestFile()
        let font = file.add(PDFTestFile.helvetica)
        let form = file.reserve()
        file.set(form, "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Matrix [1 0 0 1 0 -100] /Resources << /Font << /F9 \(font) 0 R >> /XObject << /Self \(form) 0 R >> >> /Length 60 >>\nstream\nBT /F9 12 Tf 72 700 Td (Inifr\\345n formul\\344ret) Tj ET /Self Do\nendstream")
        let content = file.addStream(text: "BT /F1 12 Tf 72 700 Td (Sidans egen text) Tj ET q 1 0 0 1 0 0 cm /X1 Do Q")
        let pageObject = file.add("<< /Type /Page /MediaBox [0 0 595 842] /Contents \(content) 0 R /Resources << /Font << /F1 \(font) 0 R >> /XObject << /X1 \(form) 0 R >> >> >>")
        let tree = file.add("<< /Type /Pages /Kids [\(pageObject) 0 R] /Count 1 >>")
        let catalog = file.add("<< /Type /Catalog /Pages \(tree) 0 R >>")
        XCTAssertEqual(try PDFTestFile.texts(file.bytes(root: catalog)), ["Sidans egen text", "Inifrån formuläret"])
    }

    func testWidthsDecideWhereASpaceIs() throws {
        let widths = Array(repeating: "500", count: 95).joined(separator: " ")
        let font = "<< /Type /Font /Subtype /TrueType /BaseFont /Verdana /FirstChar 32 /Widths [\(widths)] /Encoding /WinAnsiEncoding >>"
        // "Hej" at size 10 ends at 72 + 15: a gap of 2 points is a space, half a point is not.
        let content = "BT /F1 10 Tf 72 700 Td (Hej) Tj ET BT /F1 10 Tf 89 700 Td (du) Tj ET BT /F1 10 Tf 72 650 Td (Hej) Tj ET BT /F1 10 Tf 87.5 650 Td (san) Tj ET"
        XCTAssertEqual(try page(content, fonts: ["F1": font]).map(\.text), ["Hej du", "Hejsan"])
    }

    func testBoldComesFromTheNameOrTheWeight() throws {
        let weighted = "<< /Type /Font /Subtype /TrueType /BaseFont /ABCDEF+Garamond /Encoding /WinAnsiEncoding /FontDescriptor << /FontWeight 700 /Flags 32 >> >>"
        let semibold = "<< /Type /Font /Subtype /TrueType /BaseFont /OpenSans-Semibold /Encoding /WinAnsiEncoding >>"
        let content = "BT /F1 12 Tf 72 700 Td (Vanlig) Tj ET BT /F2 12 Tf 72 680 Td (Fet) Tj ET BT /F3 12 Tf 72 660 Td (Tung) Tj ET BT /F4 12 Tf 72 640 Td (Halvfet) Tj ET"
        let lines = try page(content, fonts: ["F1": PDFTestFile.helvetica, "F2": PDFTestFile.helveticaBold, "F3": weighted, "F4": semibold])
        XCTAssertEqual(lines.map(\.isBold), [false, true, true, true])
    }

    func testTheTitleIsReadInBothEncodings() throws {
        let body = PDFTestFile.text([("Text", x: 72, y: 770, size: 11, bold: false)])
        let utf16 = "FEFF" + "Personalpolicy för Sjöhamra".utf16.map { String(format: "%04X", $0) }.joined()
        XCTAssertEqual(try PDFReader.lines(PDFTestFile.document([body], info: "<< /Title <\(utf16)> >>"), path: "a.pdf").title, "Personalpolicy för Sjöhamra")
        XCTAssertEqual(try PDFReader.lines(PDFTestFile.document([body], info: #"<< /Title (Arbetsmilj\366policy \204 2025) >>"#), path: "a.pdf").title, "Arbetsmiljöpolicy — 2025")
        XCTAssertNil(try PDFReader.lines(PDFTestFile.document([body], info: "<< /Title ( ) >>"), path: "a.pdf").title)
        XCTAssertNil(try PDFReader.lines(PDFTestFile.document([body]), path: "a.pdf").title)
    }
}
