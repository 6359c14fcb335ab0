import XCTest
@testable import ForankraKit

/// Every Swedish way of binding a promise to a time that the issue names, with the date it
/// must give, in sentences written here in the shape programmes use.
final class PromiseTimeReaderTests: XCTestCase {
    private let period = ProgrammePeriod(firstYear: 2015, lastYear: 2018, adopted: CalendarDate(year: 2014, month: 12, day: 8))

    private func due(_ sentence: String) -> String? {
        PromiseTimeReader.read(sentence, period: period).map { time in
            time.dueDates(through: period.end).map(\.description).joined(separator: " ")
        }
    }

    func testEveryTimeExpressionGivesItsDate() {
        let expected: [(String, String)] = [
            ("Medarbetarenkäten genomförs årligen.", "2015-12-31 2016-12-31 2017-12-31 2018-12-31"),
            ("Alla ska ha ett medarbetarsamtal varje år.", "2015-12-31 2016-12-31 2017-12-31 2018-12-31"),
            ("En introduktion erbjuds senast 2016.", "2016-12-31"),
            ("Varumärket ses över under 2015.", "2015-12-31"),
            ("Andelen heltider ska öka under mandatperioden.", "2018-12-31"),
            ("Ett nytt system införs 2015–16.", "2016-12-31"),
            ("Ett nytt system införs 2015-2016.", "2016-12-31"),
            ("Riktlinjerna ska vara klara före sommaren 2017.", "2017-06-30"),
            ("En plan tas fram våren 2016.", "2016-06-30"),
            ("Mentorsprogrammet startar hösten 2015.", "2015-12-31"),
            ("Bidraget höjs under första kvartalet 2016.", "2016-03-31"),
            ("Arbetet redovisas tredje kvartalet 2017.", "2017-09-30"),
            ("Arbetsmiljön följs upp varje kvartal.",
             "2015-03-31 2015-06-30 2015-09-30 2015-12-31 2016-03-31 2016-06-30 2016-09-30 2016-12-31 2017-03-31 2017-06-30 2017-09-30 2017-12-31 2018-03-31 2018-06-30 2018-09-30 2018-12-31"),
            ("Alla chefer ska ha gått utbildningen inom ett år från antagandet.", "2015-12-08"),
            ("Rutinen ses över inom två år.", "2016-12-08"),
            ("Enkäten genomförs vartannat år. Första gången: hösten 2016.", "2016-12-31 2018-12-31"),
            ("Lönekartläggningen redovisas senast den 30 juni varje år.", "2015-06-30 2016-06-30 2017-06-30 2018-06-30"),
            ("Planen ska vara klar senast den 15 mars 2017.", "2017-03-15"),
            ("Klart senast: 2017-10-01.", "2017-10-01"),
            ("Personalbokslutet redovisas för kommunstyrelsen i april varje år.", "2015-04-30 2016-04-30 2017-04-30 2018-04-30"),
            ("Sjukfrånvaron ska ha minskat före 2018.", "2017-12-31"),
            ("Programmet utvärderas innan det löper ut.", "2018-12-31"),
            ("Rutinen ska vara antagen senast februari 2016.", "2016-02-29"),
            ("Klart: 2017-06", "2017-06-30"),
        ]
        for (sentence, dates) in expected {
            XCTAssertEqual(due(sentence), dates, sentence)
        }
    }

    func testASentenceWithoutATimeGetsNoDate() {
        for sentence in ["Vi ska bemöta varandra med respekt.", "Enligt AFS 2023:1 ska risker bedömas.", "Lagen (1977:1160) gäller.",
                         "Minst två personer ska delta i intervjuerna."] {
            XCTAssertNil(PromiseTimeReader.read(sentence, period: period), sentence)
        }
    }

    func testThePeriodComesFromTheCoverOrTheTitle() throws {
        let programme = ProgrammeReader.read(text: """
            # Handlingsprogram 2015–2018

            - Antagen av kommunstyrelsen 2014-12-08, § 212
            - Giltighetstid: 2015–2018

            ## 1 Åtgärder

            Texten.
            """, path: "program.md")
        XCTAssertEqual(ProgrammePeriod.read(programme), ProgrammePeriod(firstYear: 2015, lastYear: 2018, adopted: CalendarDate(year: 2014, month: 12, day: 8)))
        let titled = ProgrammeReader.read(text: "# Personalpolicy 2019-22\n\n## 1 Syfte\n\nTexten.\n", path: "policy.md")
        XCTAssertEqual(ProgrammePeriod.read(titled).map { [$0.firstYear, $0.lastYear] }, [2019, 2022])
        XCTAssertNil(ProgrammePeriod.read(ProgrammeReader.read(text: "# Policy\n\n## 1 Syfte\n\nTexten.\n", path: "p.md")))
        XCTAssertEqual(ProgrammePeriod(firstYear: 2027, lastYear: 2030, adopted: nil).endOfTerm.description, "2030-12-31")
        XCTAssertEqual(ProgrammePeriod(firstYear: 2024, lastYear: 2027, adopted: nil).endOfTerm.description, "2026-12-31")
    }
}
