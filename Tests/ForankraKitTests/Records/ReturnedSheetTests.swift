import XCTest
@testable import ForankraKit

final class ReturnedSheetTests: XCTestCase {
    private let today = ymd(2026, 4, 20)

    private func read(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ReturnedSheet {
        let text = try String(contentsOfFile: TestPaths.fixtures + "/returned-sheets/" + name, encoding: .utf8)
        return try ReturnedSheetReader.read(text: text, path: name, today: today)
    }

    private func error(_ name: String, file: StaticString = #filePath, line: UInt = #line) throws -> ForankraError {
        let text = try String(contentsOfFile: TestPaths.fixtures + "/returned-sheets/" + name, encoding: .utf8)
        do {
            let sheet = try ReturnedSheetReader.read(text: text, path: name, today: today)
            XCTFail("\(name) was read as \(sheet)", file: file, line: line)
            return ForankraError.data("no error")
        } catch let error as ForankraError {
            XCTAssertEqual(error.exitCode, .dataError, file: file, line: line)
            return error
        }
    }

    /// The return part of a sheet with the given lines, for small cases; the heading is on line 3.
    private func sheet(_ lines: String) -> String {
        "<!-- forankra:apt-underlag avsnitt=5 -->\n\n## Återrapport till HR\n\n" + lines
    }

    private func problems(_ text: String) -> [String] {
        ReturnedSheetReader.problems(text: text, path: "x.md", today: today).map(\.description)
    }

    // MARK: Fixtures that read

    func testNeatSheetIsReadExactly() throws {
        XCTAssertEqual(try read("neat.md"), ReturnedSheet(
            date: ymd(2026, 4, 14), unit: "Hemtjänsten Norra", manager: "Karin Lindqvist", participants: 14, sectionIDs: ["5"],
            conclusion: "Vi pratar sällan om arbetsbelastningen förrän någon redan är slut. Vi vill ta upp den som en stående punkt på varje APT.",
            questionsToHR: ["Hur söker man friskvårdsbidraget om man jobbar natt?"],
            commitments: [.init(what: "Arbetsbelastning som stående punkt på APT", who: "Karin", due: ymd(2026, 5, 12), line: 82)]))
    }

    func testAnswersOnTheNextLineWithUnitsAndAYearlessDate() throws {
        XCTAssertEqual(try read("answers-on-next-line.md"), ReturnedSheet(
            date: ymd(2026, 4, 12), unit: "Förskolan Solrosen, avd. Blåbär", manager: "Mats Ek", participants: 14, sectionIDs: ["5"],
            conclusion: "Att vi behöver en tydligare rutin när någon är sjuk och vikarie saknas.",
            questionsToHR: [], commitments: []))
    }

    func testMessySpacingWithoutStarsOrBullets() throws {
        XCTAssertEqual(try read("messy-spacing.md"), ReturnedSheet(
            date: ymd(2026, 4, 7), unit: "Biblioteket Centrum", manager: "K0412", participants: 9, sectionIDs: ["5"],
            conclusion: "Skyddsronden ska göras med alla, inte bara skyddsombudet.",
            questionsToHR: [], commitments: [.init(what: "Boka skyddsrond", who: "Ahmed", due: ymd(2026, 5, 15), line: 82)]))
    }

    func testEnglishSheetWithTwoSections() throws {
        XCTAssertEqual(try read("english.md"), ReturnedSheet(
            date: ymd(2026, 4, 9), unit: "Road maintenance depot", manager: "Jonas Berg", participants: 11, sectionIDs: ["5", "6.1"],
            conclusion: "Lone working in winter needs a check-in routine.",
            questionsToHR: ["Can the health allowance pay for winter boots?", "Who owns the lone-working guideline?"],
            commitments: [.init(what: "Draft a check-in routine for lone work", who: "Jonas and the safety rep", due: ymd(2026, 4, 30), line: 81)]))
    }

    func testCommitmentsTablePartlyFilledSkipsEmptyRowsAndReadsDueDates() throws {
        XCTAssertEqual(try read("commitments-partly-filled.md"), ReturnedSheet(
            date: ymd(2026, 4, 14), unit: "Kostenheten, Sjöhamra skola", manager: "Lena Holm", participants: 8, sectionIDs: ["5"],
            conclusion: "Lyften i diskrummet är det som sliter mest.\nVi vill prova rotation mellan stationerna.",
            questionsToHR: [],
            commitments: [
                .init(what: "Beställa en lyfthjälp till diskrummet", who: "Lena", due: ymd(2026, 5, 31), line: 82),
                .init(what: "Prata med företagshälsovården om ergonomi", line: 83),
                .init(what: "Prova rotationsschema i fyra veckor", due: ymd(2026, 6, 30), line: 85),
            ]))
    }

    func testThreeQuestionsWrittenOverAndBetweenTheRuledLines() throws {
        XCTAssertEqual(try read("three-questions.md"), ReturnedSheet(
            date: ymd(2026, 4, 16), unit: "Gruppbostad Ekbacken", manager: "Sara Nilsson", participants: 6, sectionIDs: ["5"],
            conclusion: nil,
            questionsToHR: ["Gäller friskvårdsbidraget även timanställda?", "Kan vi få en egen kontakt på företagshälsovården?",
                            "När kommer nästa medarbetarenkät?"],
            commitments: []))
    }

    // MARK: Fixtures that are refused

    func testMissingDateNamesTheFieldAndLine() throws {
        let error = try error("bad-date-missing.md")
        XCTAssertEqual(error.description, "bad-date-missing.md:60: error: \"Datum för arbetsplatsträffen\" is not filled in")
        XCTAssertEqual(error.hint, "Write the date as YYYY-MM-DD, for example 2026-04-20.")
    }

    func testImpossibleDateQuotesWhatWasWritten() throws {
        let error = try error("bad-date-30-february.md")
        XCTAssertEqual(error.description, "bad-date-30-february.md:60: error: the date \"30/2\" in \"Datum för arbetsplatsträffen\" is not a real date")
    }

    func testParticipantsInWordsAskForDigits() throws {
        let error = try error("bad-participants-in-words.md")
        XCTAssertEqual(error.description, "bad-participants-in-words.md:63: error: the number of participants \"många\" in \"Antal deltagare\" is not a number in digits")
        XCTAssertEqual(error.hint, "Write how many took part, in digits, for example 14. Numbers in words, such as \"fjorton\", are not read.")
    }

    func testEveryProblemIsReportedWithItsLine() throws {
        let error = try error("bad-section-and-who-missing.md")
        XCTAssertEqual(error.location?.line, 55)
        XCTAssertEqual(error.message, """
            the returned sheet has 2 problems:
              line 55: "Avsnitt" is missing from the return part, and the sheet's forankra comment is gone too
                Write the section number as in the programme, for example 5, or 5, 6.1 for two.
              line 61: neither "Chef" nor "Arbetsplats/enhet" is filled in
                Write the manager's name or the workplace, so HR knows whose meeting it was.
            """)
        let text = try String(contentsOfFile: TestPaths.fixtures + "/returned-sheets/bad-section-and-who-missing.md", encoding: .utf8)
        XCTAssertEqual(ReturnedSheetReader.problems(text: text, path: "s.md", today: today).map(\.description), [
            "s.md:55: error: \"Avsnitt\" is missing from the return part, and the sheet's forankra comment is gone too",
            "s.md:61: error: neither \"Chef\" nor \"Arbetsplats/enhet\" is filled in",
        ])
    }

    func testAProgrammeIsNotAReturnedSheet() throws {
        let error = try error("programme-not-a-sheet.md")
        XCTAssertEqual(error.description, "programme-not-a-sheet.md: error: this is not a returned APT sheet: it has no \"Återrapport till HR\" (\"Report back to HR\") part")
        XCTAssertNotNil(error.hint)
    }

    // MARK: Smaller cases

    func testAnUnfilledReturnPartIsOneProblem() throws {
        let text = try String(contentsOfFile: TestPaths.fixtures + "/returned-sheets/neat.md", encoding: .utf8)
        let blank = text.components(separatedBy: "## Återrapport till HR")[0]
            + "## Återrapport till HR\n\n- Datum för arbetsplatsträffen* (ÅÅÅÅ-MM-DD): \n- Arbetsplats/enhet*: \n- Chef*: \n- Antal deltagare*: \n- Avsnitt*: 5 Arbetsmiljö och hälsa\n"
        XCTAssertEqual(ReturnedSheetReader.problems(text: blank, path: "b.md", today: today).map(\.description),
                       ["b.md:56: error: the return part \"Återrapport till HR\" has not been filled in"])
    }

    func testLabelsAreReadInEveryShapePeopleLeaveThem() throws {
        let read = try ReturnedSheetReader.read(text: sheet("""
            **Datum för APT:** 14/4
            * Arbetsplats/enhet * : Hemtjänsten ______
            CHEF*: Anna Ek
            1. Antal deltagare: 14 deltagare
            **Det viktigaste vi kom fram till:** Vi tog det lugnt.
            Frågor till HR: Varför?
            """), path: "x.md", today: today)
        XCTAssertEqual(read.date, ymd(2026, 4, 14))
        XCTAssertEqual(read.unit, "Hemtjänsten")
        XCTAssertEqual(read.manager, "Anna Ek")
        XCTAssertEqual(read.participants, 14)
        XCTAssertEqual(read.sectionIDs, ["5"], "from the comment when the field is gone")
        XCTAssertEqual(read.conclusion, "Vi tog det lugnt.")
        XCTAssertEqual(read.questionsToHR, ["Varför?"])
    }

    func testFreeTextStartingWithALabelWordIsNotAField() throws {
        let read = try ReturnedSheetReader.read(text: sheet("""
            - Datum*: 2026-04-14
            - Chef*: Anna Ek
            - Antal deltagare*: 14
            **Det viktigaste vi kom fram till:**
            Chefen ska ta upp det med enheten.
            Datum för nästa träff bestäms senare.
            """), path: "x.md", today: today)
        XCTAssertEqual(read.conclusion, "Chefen ska ta upp det med enheten.\nDatum för nästa träff bestäms senare.")
    }

    func testParticipantCountsAsPeopleWriteThem() {
        for (text, count) in [("14", 14), ("14 st", 14), ("14st", 14), ("ca 14", 14), ("ca. 14 personer", 14), ("c:a 14", 14),
                              ("14 deltagare", 14), ("~14", 14), ("14 (varav 2 via Teams)", 14), ("about 14 people", 14)] {
            XCTAssertEqual(ParticipantCount(text), .count(count), text)
        }
        XCTAssertEqual(ParticipantCount("fjorton"), .notDigits)
        XCTAssertEqual(ParticipantCount("14a"), .notDigits)
        XCTAssertEqual(ParticipantCount("12-14"), .range)
        XCTAssertEqual(ParticipantCount("12 – 14"), .range)
    }

    func testSectionNumbersAsPeopleWriteThem() {
        XCTAssertEqual(SectionNumbers.read("5 Arbetsmiljö och hälsa"), ["5"])
        XCTAssertEqual(SectionNumbers.read("5, 6.1"), ["5", "6.1"])
        XCTAssertEqual(SectionNumbers.read("avsnitt 5 och 6"), ["5", "6"])
        XCTAssertEqual(SectionNumbers.read("5. Arbetsmiljö; 7 Lön"), ["5", "7"])
        XCTAssertEqual(SectionNumbers.read("Arbetsmiljö"), [])
    }

    func testSeveralWrongFieldsAreAllReportedInLineOrder() {
        XCTAssertEqual(problems(sheet("""
            - Datum*: måndag 14 april 2026
            - Chef*: Anna Ek
            - Antal deltagare*: 12-14
            - Avsnitt*: Arbetsmiljö
            - Chef*: Bo Ek

            | Vad ska göras | Vem ansvarar | Klart senast |
            | --- | --- | --- |
            |  | Anna |  |
            | Boka möte | Anna | snart |
            """).replacingOccurrences(of: "<!-- forankra:apt-underlag avsnitt=5 -->", with: "")), [
            "x.md:5: error: the weekday in \"måndag 14 april 2026\" in \"Datum för arbetsplatsträffen\" does not fit the date: it was tisdag 14 april 2026",
            "x.md:7: error: the number of participants \"12-14\" in \"Antal deltagare\" is a range, not one number",
            "x.md:8: error: \"Avsnitt\" says \"Arbetsmiljö\", which names no section number",
            "x.md:9: error: \"Chef\" is filled in twice: \"Anna Ek\" on line 6 and \"Bo Ek\" on line 9",
            "x.md:13: error: a commitment has \"Vem ansvarar\" or \"Klart senast\" but no \"Vad ska göras\"",
            "x.md:14: error: the date \"snart\" in \"Klart senast\" for \"Boka möte\" could not be read",
        ])
    }

    func testAMeetingDateAfterTodayIsRefused() {
        XCTAssertEqual(problems(sheet("- Datum*: 2026-05-14\n- Chef*: A\n- Antal deltagare*: 3\n")),
                       ["x.md:5: error: the date \"2026-05-14\" in \"Datum för arbetsplatsträffen\" is after today (2026-04-20)"])
    }

    func testCommitmentsWrittenAsAListAreKept() throws {
        let read = try ReturnedSheetReader.read(text: sheet("""
            - Datum*: 2026-04-14
            - Enhet*: Hemtjänsten
            - Antal deltagare*: 4
            ### Våra åtaganden
            - Boka skyddsrond
            """), path: "x.md", today: today)
        XCTAssertEqual(read.unit, "Hemtjänsten")
        XCTAssertNil(read.manager)
        XCTAssertEqual(read.commitments, [.init(what: "Boka skyddsrond", line: 9)])
    }
}
