import Foundation
import XCTest
@testable import ForankraKit

/// The promises of the two bundled programmes: a handlingsprogram of 20 dated points, and the
/// personnel-policy programme whose promises stand in its sentences.
final class PromiseFinderTests: XCTestCase {
    private func promises(_ name: String) throws -> (promises: [Promise], period: ProgrammePeriod) {
        let programme = try ProgrammeReader.read(path: TestPaths.packageRoot + "/materials/programme/" + name)
        let period = try XCTUnwrap(ProgrammePeriod.read(programme))
        return (PromiseFinder.find(in: programme, period: period), period)
    }

    func testEveryPointOfTheActionPlanIsFoundWithItsDueDate() throws {
        let (found, period) = try promises("handlingsprogram-attraktiv-arbetsgivare.md")
        let points = found.filter { $0.signals.contains(.point) }
        XCTAssertEqual(points.count, 20)
        let dues = points.map { $0.time?.dueDates(through: period.end).first?.description ?? "ingen" }
        XCTAssertEqual(dues, [
            "2015-12-31", "2016-12-31", "2015-12-31", "2015-12-08", "2018-12-31", "2016-12-31", "2017-06-30", "2018-12-31", "2016-06-30",
            "2015-06-30", "2015-12-31", "2016-03-31", "2015-12-31", "2015-03-31", "2015-12-31", "2017-12-31", "2015-12-31", "2016-12-31",
            "2015-12-31", "2018-12-31",
        ])
        XCTAssertEqual(points.map { $0.owner ?? "" }.prefix(5), ["HR-avdelningen", "HR-avdelningen", "HR-chefen", "förvaltningscheferna", "kommundirektören"])
        XCTAssertEqual(points[0].text, "Kommunens arbetsgivarvarumärke ses över under 2015. Ansvarig: HR-avdelningen.", "quoted word for word")
        XCTAssertFalse(found.contains { $0.text.hasSuffix(":") }, "the lead-in to the list is no promise")
    }

    func testThePolicyProgrammesPromisesAreItsTimedAndMeasuredSentences() throws {
        let (found, _) = try promises("personalpolitiskt-program.md")
        let texts = found.map(\.text)
        XCTAssertTrue(texts.contains("Målet är att minst 90 procent av de tillsvidareanställda ska ha en heltidsanställning senast 2028."))
        XCTAssertEqual(found.first { $0.text.hasPrefix("Målet är att minst 90 procent") }?.time?.due.description, "2028-12-31")
        XCTAssertEqual(found.first { $0.text.hasPrefix("Medarbetarundersökningen") }?.time?.recurrence, .everyOtherYear)
        XCTAssertEqual(found.first { $0.text.hasPrefix("Medarbetarundersökningen") }?.owner, "HR-direktören")
        XCTAssertFalse(texts.contains { $0.contains("har antagits av kommunfullmäktige") }, "the programme's own adoption is no promise")
        XCTAssertFalse(texts.contains { $0.hasPrefix("Vi ") && !$0.contains("ska") }, "a description is no promise")
        XCTAssertEqual(found.filter { $0.sectionID == "11" }.count, 9, "section 11: the yearly follow-up, the revision and the seven points")
    }

    func testTheCommandListsThemInSwedishAndAsJSON() throws {
        let folder = TestPaths.packageRoot + "/materials/programme"
        let text = runForankra(["actions", "find", "handlingsprogram-attraktiv-arbetsgivare.md"], in: folder)
        XCTAssertEqual(text.code, .success, text.standardError)
        XCTAssertTrue(text.standardOutput.contains("Programperiod: 2015–2018 (ur programmet)"), text.standardOutput)
        XCTAssertTrue(text.standardOutput.contains("   När: senast 2017-06-30 (”före sommaren 2017”)\n   Ansvarig: HR-chefen\n"), text.standardOutput)
        XCTAssertTrue(text.standardOutput.hasSuffix("21 punkter, varav 21 med tid och 0 utan tid i texten.\n"), text.standardOutput)
        let json = runForankra(["actions", "find", "--json", "handlingsprogram-attraktiv-arbetsgivare.md"], in: folder)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        let first = try XCTUnwrap((object["promises"] as? [[String: Any]])?.first)
        XCTAssertEqual(first["due"] as? String, "2015-12-31")
        XCTAssertEqual(first["time_phrase"] as? String, "under 2015")
        let english = runForankra(["actions", "find", "--lang", "en", "handlingsprogram-attraktiv-arbetsgivare.md"], in: folder)
        XCTAssertTrue(english.standardOutput.contains("   When: by 2017-06-30 (”före sommaren 2017”)"), english.standardOutput)
    }
}
