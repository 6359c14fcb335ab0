import Foundation
import XCTest
@testable import ForankraKit

final class CSVReaderTests: XCTestCase {
    private func read(_ text: String) throws -> CSVTable {
        try CSVReader.read(text: text, path: "chefer.csv")
    }

    func testSemicolonFileWithQuotedSeparatorIsSplitOnlyOutsideQuotes() throws {
        let table = try read("Namn;Enhet;Antal\nMarianne Sjögren;\"Kök; städ och lokalvård\";38\n")
        XCTAssertEqual(table.separator, ";")
        XCTAssertEqual(table.header, ["Namn", "Enhet", "Antal"])
        XCTAssertEqual(table.rows.map(\.fields), [["Marianne Sjögren", "Kök; städ och lokalvård", "38"]])
    }

    func testCommaFileWithQuotedCommaAndDecimalIsDetected() throws {
        let table = try read("Namn,Enhet,Andel\nMaria Johansson,\"Individ- och familjeomsorg, barn och unga\",\"12,5\"\n")
        XCTAssertEqual(table.separator, ",")
        XCTAssertEqual(table.rows[0].fields, ["Maria Johansson", "Individ- och familjeomsorg, barn och unga", "12,5"])
    }

    func testTabFileKeepsQuotedTabsAndCommasInText() throws {
        let table = try read("Namn\tEnhet\nUlla Forsberg\t\"Äldreboendet\tLärkan, plan 2\"\n")
        XCTAssertEqual(table.separator, "\t")
        XCTAssertEqual(table.rows[0].fields, ["Ulla Forsberg", "Äldreboendet\tLärkan, plan 2"])
    }

    func testCommaInsideUnquotedSemicolonFieldsDoesNotWinDetection() throws {
        let table = try read("Efternamn, förnamn;Enhet\nLindqvist, Anna;Solbacken\nÖberg, Birgitta;Lärkan\n")
        XCTAssertEqual(table.separator, ";")
        XCTAssertEqual(table.header, ["Efternamn, förnamn", "Enhet"])
    }

    func testDecimalCommasInDataDoNotOutvoteTheHeaderSeparator() throws {
        let table = try read("Enhet;Sjukfrånvaro\nHemtjänst Norr;6,5\nGatuenheten;3,25\n")
        XCTAssertEqual(table.separator, ";")
        XCTAssertEqual(table.rows.map { $0[1] }, ["6,5", "3,25"])
    }

    func testQuotedLineBreakStaysInTheFieldAndLaterRowsKeepTheirPhysicalLine() throws {
        let table = try read("Namn;Kommentar\nAnna;\"rad ett\nrad två\nrad tre\"\nJukka;kort\n")
        XCTAssertEqual(table.rows[0].fields, ["Anna", "rad ett\nrad två\nrad tre"])
        XCTAssertEqual(table.rows[0].line, 2)
        XCTAssertEqual(table.rows[1].fields, ["Jukka", "kort"])
        XCTAssertEqual(table.rows[1].line, 5)
        XCTAssertEqual(table.rows[1].number, 2)
    }

    func testDoubledQuotesBecomeOneQuote() throws {
        let table = try read("Namn;Smeknamn\nPer-Olof;\"kallas \"\"Pelle\"\"\"\n")
        XCTAssertEqual(table.rows[0][1], "kallas \"Pelle\"")
    }

    func testQuoteInsideAnUnquotedFieldIsTakenLiterally() throws {
        let table = try read("Sak;Antal\nSkärm 24\" bred;3\n")
        XCTAssertEqual(table.rows[0].fields, ["Skärm 24\" bred", "3"])
    }

    func testTextAfterAClosingQuoteIsKeptAsExcelDoes() throws {
        let table = try read("Sak;Antal\n\"Skärm 24\" bred ;3\n")
        XCTAssertEqual(table.rows[0].fields, ["Skärm 24 bred", "3"])
    }

    func testBOMCharacterInAlreadyDecodedTextIsDropped() throws {
        let table = try read("\u{FEFF}Namn;Enhet\nAnna;Solbacken\n")
        XCTAssertEqual(table.header, ["Namn", "Enhet"])
        XCTAssertEqual(table.encoding, .utf8WithBOM)
    }

    func testBOMAndCRLFFromExcelAreRemoved() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("Förnamn;Efternamn\r\nSara;Ekström\r\n".utf8))
        let table = try CSVReader.read(data, path: "chefer.csv")
        XCTAssertEqual(table.header, ["Förnamn", "Efternamn"])
        XCTAssertEqual(table.rows.map(\.fields), [["Sara", "Ekström"]])
        XCTAssertEqual(table.encoding, .utf8WithBOM)
    }

    func testCRLFInsideQuotedFieldBecomesLF() throws {
        let table = try CSVReader.read(Data("Namn;Not\r\nAnna;\"a\r\nb\"\r\nJukka;c\r\n".utf8), path: "x.csv")
        XCTAssertEqual(table.rows[0][1], "a\nb")
        XCTAssertEqual(table.rows[1].line, 4)
    }

    func testWindows1252BytesAreDecoded() throws {
        // "Enhet;Chef\nLärkan;Öberg" with ä = E4 and Ö = D6, as old Excel on Swedish Windows saves it.
        let bytes: [UInt8] = Array("Enhet;Chef\nL".utf8) + [0xE4] + Array("rkan;".utf8) + [0xD6] + Array("berg\n".utf8)
        let table = try CSVReader.read(Data(bytes), path: "chefer.csv")
        XCTAssertEqual(table.encoding, .windows1252)
        XCTAssertEqual(table.rows[0].fields, ["Lärkan", "Öberg"])
    }

    func testExcelSepLineIsHonouredAndSkipped() throws {
        let table = try read("sep=,\nNamn,Enhet;avdelning\nAnna,Solbacken;norr\n")
        XCTAssertEqual(table.separator, ",")
        XCTAssertEqual(table.header, ["Namn", "Enhet;avdelning"])
        XCTAssertEqual(table.rows[0].line, 3)
    }

    func testSepLineNamingAnUnknownSeparatorIsAnErrorOnLineOne() {
        XCTAssertThrowsError(try read("sep=|\nNamn|Enhet\n")) { error in
            XCTAssertEqual((error as? ForankraError)?.location?.line, 1)
            XCTAssertEqual((error as? ForankraError)?.path, "chefer.csv")
        }
    }

    func testTrailingSeparatorOnEveryLineAddsNoColumn() throws {
        let table = try read("Namn;Enhet;\nAnna;Solbacken;\nJukka;;\n")
        XCTAssertEqual(table.header, ["Namn", "Enhet"])
        XCTAssertEqual(table.rows.map(\.fields), [["Anna", "Solbacken"], ["Jukka", ""]])
    }

    func testExtraFieldsWithTextAreKept() throws {
        let table = try read("Namn;Enhet\nAnna;Solbacken;överblivet\n")
        XCTAssertEqual(table.rows[0].fields, ["Anna", "Solbacken", "överblivet"])
    }

    func testBlankRowsAreSkippedAndRowNumbersCountOnlyDataRows() throws {
        let table = try read("\nNamn;Enhet\n;\n\nAnna;Solbacken\n  ;  \nJukka;Skolan\n")
        XCTAssertEqual(table.header, ["Namn", "Enhet"])
        XCTAssertEqual(table.rows.map(\.line), [5, 7])
        XCTAssertEqual(table.rows.map(\.number), [1, 2])
    }

    func testShortRowsArePaddedToTheHeaderWidth() throws {
        let table = try read("Namn;Enhet;Antal\nAnna\nJukka;Skolan\n")
        XCTAssertEqual(table.rows.map(\.fields), [["Anna", "", ""], ["Jukka", "Skolan", ""]])
    }

    func testSpacesAroundFieldsAreTrimmedOutsideQuotesOnly() throws {
        let table = try read(" Namn ; Enhet \n  Anna  ;  \" Solbacken \"  \n")
        XCTAssertEqual(table.header, ["Namn", "Enhet"])
        XCTAssertEqual(table.rows[0].fields, ["Anna", " Solbacken "])
    }

    func testUnterminatedQuoteIsReportedAtTheLineItOpens() {
        let text = "Namn;Enhet\nAnna;Solbacken\nJukka;\"Skolan\nSara;Biblioteket\n"
        XCTAssertThrowsError(try read(text)) { error in
            let problem = error as? ForankraError
            XCTAssertEqual(problem?.exitCode, .dataError)
            XCTAssertEqual(problem?.path, "chefer.csv")
            XCTAssertEqual(problem?.location, SourceLocation(line: 3, column: 7))
            XCTAssertEqual(problem?.message, "the quote opened on line 3 is never closed")
        }
    }

    func testEmptyFileAndFileWithoutHeaderAreErrors() {
        for data in [Data(), Data("\n\n".utf8), Data(";;\n;;\n".utf8)] {
            XCTAssertThrowsError(try CSVReader.read(data, path: "tom.csv")) { error in
                XCTAssertEqual((error as? ForankraError)?.path, "tom.csv")
                XCTAssertEqual((error as? ForankraError)?.exitCode, .dataError)
            }
        }
    }

    func testUTF16ExportIsRefusedWithAnExcelHint() {
        XCTAssertThrowsError(try CSVReader.read(Data([0xFF, 0xFE, 0x41, 0x00]), path: "chefer.txt")) { error in
            XCTAssertTrue((error as? ForankraError)?.hint?.contains("CSV UTF-8") == true)
        }
    }

    func testSingleColumnFileReadsAsOneColumn() throws {
        let table = try read("E-post\nanna.lindqvist@sjohamra.se\n")
        XCTAssertEqual(table.header, ["E-post"])
        XCTAssertEqual(table.rows[0].fields, ["anna.lindqvist@sjohamra.se"])
    }

    func testLargeFileParsesAllRows() throws {
        var text = "Anst.nr;Namn;Enhet;Antal\n"
        for number in 1...25_000 {
            text += "\(number);Person \(number);\"Enhet; nummer \(number % 97)\";\(number % 45)\n"
        }
        let table = try read(text)
        XCTAssertEqual(table.rows.count, 25_000)
        XCTAssertEqual(table.rows.last?.fields, ["25000", "Person 25000", "Enhet; nummer 71", "25"])
        XCTAssertEqual(table.rows.last?.line, 25_001)
    }
}
