import Foundation
import XCTest
@testable import ForankraKit

/// The report's opening assessment for leadership, its decisions, and the tables whose
/// labels and totals a leadership reader checks: each statement must follow from the figures.
final class ReportAssessmentTests: XCTestCase {
    private func date(_ text: String) -> CalendarDate {
        CalendarDate(iso: text) ?? .epoch
    }

    private func timeline(_ points: [(String, Double)]) -> ProgressTimeline {
        ProgressTimeline(points: points.map { ProgressTimeline.Point(date: date($0.0), coverage: $0.1, planned: nil) })
    }

    func testTheForecastTakesThePaceOfTheLastEightWeeks() throws {
        // 10 % at the start, then 5 points a fortnight: the window's 8 weeks gain 20 points, so
        // the 50 points left take 20 weeks more.
        var points: [(String, Double)] = [("2026-01-05", 0), ("2026-02-02", 0.10)]
        var day = date("2026-02-02")
        for step in 1...8 {
            day = day.adding(days: 14)
            points.append((day.description, 0.10 + 0.05 * Double(step)))
        }
        let forecast = try XCTUnwrap(RolloutForecast.compute(timeline(points), on: day))
        XCTAssertEqual(forecast.weeks, 8)
        XCTAssertEqual(forecast.gained, 0.20, accuracy: 0.0001)
        XCTAssertEqual(forecast.finish, day.adding(days: 140))
        XCTAssertFalse(forecast.isDone)
    }

    func testNoForecastWithoutPaceOrTooEarly() throws {
        let flat = try XCTUnwrap(RolloutForecast.compute(timeline([("2026-01-05", 0.2), ("2026-03-02", 0.2)]), on: date("2026-03-02")))
        XCTAssertNil(flat.finish, "a share that does not grow gives no date")
        XCTAssertNil(RolloutForecast.compute(timeline([("2026-01-05", 0), ("2026-01-12", 0.1)]), on: date("2026-01-12")), "one week is no pace")
        XCTAssertEqual(RolloutForecast.compute(timeline([("2026-01-05", 0.5), ("2026-01-12", 1)]), on: date("2026-01-12"))?.isDone, true)
        XCTAssertEqual(RolloutForecast.months(from: date("2027-07-06"), to: date("2028-05-01")), 9)
        XCTAssertEqual(RolloutForecast.months(from: date("2027-07-06"), to: date("2028-05-06")), 10)
    }

    func testOneRoleWrittenSeveralWaysIsOneOwner() {
        XCTAssertEqual(Set(["Chefen", "varje chef", "alla chefer", "cheferna", "Varje chef"].map(OwnerRole.key)), ["chef"])
        XCTAssertEqual(OwnerRole.key("förvaltningscheferna"), OwnerRole.key("varje förvaltningschef"))
        XCTAssertNotEqual(OwnerRole.key("HR-avdelningen"), OwnerRole.key("HR-direktören"))
        XCTAssertNotEqual(OwnerRole.key("förvaltningscheferna med stöd av HR-avdelningen"), OwnerRole.key("förvaltningscheferna"))
        XCTAssertEqual(OwnerRole.shownName(["Chefen": 4, "Varje chef": 3]), "Varje chef")
        XCTAssertEqual(OwnerRole.shownName(["HR-direktören": 1, "hr-direktören": 3]), "hr-direktören")
    }

    func testTheRolloutGoalNamesTheProgrammeAndItsMeetings() {
        let row = { (id: String, text: String, due: String) in
            ActionRow(id: id, section: "12", text: text, owner: "", due: CalendarDate(iso: due), status: .notStarted, comment: "", evidence: "")
        }
        let rows = [row("A1", "APT hålls minst tio gånger per år.", "2026-12-31"),
                    row("A2", "Alla chefer har tagit upp programmet på APT.", "2027-03-31"),
                    row("A3", "Programmet har tagits upp på alla arbetsplatsträffar.", "2027-06-30")]
        XCTAssertEqual(PromiseProgress.rolloutGoal(in: rows, on: date("2026-11-23"))?.id, "A2", "A1 is about APTs, not the programme")
        XCTAssertEqual(LegalDuty.named(in: "Lönekartläggning genomförs årligen.")?.name.sv, "Lönekartläggningen")
        XCTAssertNil(LegalDuty.named(in: "Friskvårdsbidraget höjs."))
    }

    func testTheDemoReportOpensWithAnAssessmentTheTablesBearOut() throws {
        let folder = try TemporaryFolder()
        XCTAssertEqual(runForankra(["demo", "demo"], in: folder.path).code, .success)
        let workspace = folder.path + "/demo/arbetsyta"
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", folder.path + "/r.md"], in: workspace).code, .success)
        XCTAssertEqual(runForankra(["report", "--format", "json", "-o", folder.path + "/r.json"], in: workspace).code, .success)
        let markdown = try folder.read("r.md")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(folder.read("r.json").utf8)) as? [String: Any])
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])

        let assessment = try XCTUnwrap(markdown.range(of: "## Bedömning")), figures = try XCTUnwrap(markdown.range(of: "## Sammanfattning"))
        XCTAssertLessThan(assessment.lowerBound, figures.lowerBound, "the assessment comes first")
        XCTAssertTrue(markdown.contains("Läget den 23 november 2026"), "dates in running text are written out")
        // The forecast's month is the one the figures give.
        let forecast = try XCTUnwrap(json["forecast"] as? [String: Any])
        let finish = try XCTUnwrap(CalendarDate(iso: forecast["finish"] as? String ?? ""))
        XCTAssertTrue(markdown.contains("blir införandet klart omkring \(finish.monthText(.sv))"), markdown)
        XCTAssertTrue(markdown.contains("Införandet ligger efter planen."), "the demo is behind its plan")
        // The programme's own date for the rollout, against the plan's.
        XCTAssertTrue(markdown.contains("Programmet sätter själv ett tidigare datum för införandet än planen, den 31 december 2026, i punkt A16: ”Alla chefer har deltagit i en workshop om programmet"), markdown)
        // The demo's dates follow the day it is run; its plan ends a year after the rollout starts.
        let settings = try folder.read("demo/arbetsyta/forankra.md")
        let target = try XCTUnwrap(settings.components(separatedBy: "\n").first { $0.hasPrefix("rollout_target: ") }.flatMap { CalendarDate(iso: String($0.dropFirst(16))) })
        XCTAssertTrue(markdown.contains("- vilket slutdatum som gäller för införandet, planens \(target.proseText(.sv)) eller programmets 31 december 2026, och hur arbetsplatsträffarna ska få tid att hinna dit\n"), markdown)
        // Those not at a workshop, and the invitation they have.
        let notAtWorkshop = try XCTUnwrap(json["notAtWorkshop"] as? [String: Any])
        let notReached = try XCTUnwrap(notAtWorkshop["managers"] as? Int)
        XCTAssertEqual(notReached, (summary["activeManagers"] as? Int ?? 0) - (summary["reached"] as? Int ?? 0))
        XCTAssertEqual(notAtWorkshop["invited"] as? Int, notReached, "the demo invites all of them to its catch-up workshop")
        let next = try XCTUnwrap(CalendarDate(iso: notAtWorkshop["nextWorkshop"] as? String ?? ""))
        XCTAssertTrue(markdown.contains("Av cheferna har \(notReached) inte gått workshoppen. Alla \(notReached) är inbjudna till workshoppen den \(next.proseText(.sv))."), markdown)
        // A late legal duty is raised by name, with its law.
        XCTAssertTrue(markdown.contains("Lönekartläggningen skulle ha varit klar den 30 juni 2026 och är inte påbörjad (punkt A18). Den krävs varje år enligt diskrimineringslagen. Ansvarig är HR-direktören."), markdown)
        XCTAssertTrue(markdown.contains("- hur lönekartläggningen ska bli klar, och när\n- vem som ska ansvara för den försenade punkten A13 (”Programmet följs upp varje år i kommunens personalbokslut, som redovisas …”), som skulle ha varit klar den 30 april 2026\n"), markdown)
        // Four weeks before the programme's year-end points, the ones due soon are named; the
        // pay survey stated twice, late under one owner and due soon under none, is to be one point.
        XCTAssertEqual(runForankra(["report", "--format", "md", "--to", "2026-12-05", "-o", folder.path + "/dec.md"], in: workspace).code, .success)
        let december = try folder.read("dec.md")
        XCTAssertTrue(december.contains("Ytterligare åtta punkter ska vara klara senast den 31 december 2026. Två av dem följs redan under en annan punkt: A5 (samma som A19, som är klar) och A9 (samma som A18). Av de övriga sex är fem inte påbörjade. Bland dem finns arbetet med aktiva åtgärder (A8), som lagen kräver och som saknar ansvarig."), december)
        // Points the programme states twice are one owner to find, not two.
        XCTAssertTrue(markdown.contains("- vem som ansvarar för de nio åtgärder och mål i programmet som saknar ansvarig, och att punkter som står två gånger (A4 och A21, A5 och A19, A7 och A20, A9 och A18) slås ihop i uppföljningen, med ett datum och en ansvarig var\n"), markdown)
        XCTAssertFalse(markdown.contains("Programmet anger olika år"), "before the revision the heltid goal has one year")
        let questions = try XCTUnwrap(json["questionsToHR"] as? [String: Any])
        let grouped = (questions["grouped"] as? [Any])?.count ?? -1
        XCTAssertTrue(markdown.contains("Arbetsplatserna har ställt \(Language.sv.numberWord(grouped)) frågor till HR, sammanlagt \(questions["total"] as? Int ?? -1) gånger. Ingen är besvarad; den äldsta har väntat sedan den "), markdown)

        // The department table adds up, in the report's own words.
        let departments = try XCTUnwrap(json["departments"] as? [[String: Any]])
        XCTAssertEqual(departments.reduce(0) { $0 + ($1["activeManagers"] as? Int ?? 0) }, summary["activeManagers"] as? Int)
        XCTAssertTrue(markdown.contains("| Förvaltning | Aktiva chefer | Har gått workshoppen | Medarbetare | Medarbetare vars arbetsplats har haft APT om programmet | Avsnitt som tagits upp på APT |"))
        XCTAssertTrue(markdown.contains("| Totalt | \(summary["activeManagers"] as? Int ?? -1) | \(summary["reached"] as? Int ?? -1) ("), markdown)
        XCTAssertTrue(markdown.contains("| Avsnitt | Arbetsplatser med APT om avsnittet | Andel av arbetsplatserna | Medarbetare på de arbetsplatserna |\n"))
        for old in ["| Nådda |", "Personal nådd", "**Nådd**", "temalexikonet"] { XCTAssertFalse(markdown.contains(old), old) }
        if summary["catchUp"] as? Int == 0 { XCTAssertFalse(markdown.contains("Ska nås i efterhand"), "a term the report does not use is not defined") }

        // The commitments by department add up to the totals.
        let commitments = try XCTUnwrap(json["commitments"] as? [String: Any])
        let byDepartment = try XCTUnwrap(commitments["byDepartment"] as? [[String: Any]])
        for key in ["open", "done", "overdue"] {
            XCTAssertEqual(byDepartment.reduce(0) { $0 + ($1[key] as? Int ?? 0) }, commitments[key] as? Int, key)
        }
        let open = commitments["open"] as? Int ?? -1, done = commitments["done"] as? Int ?? -1, overdue = commitments["overdue"] as? Int ?? -1
        XCTAssertTrue(markdown.contains("## Åtaganden från arbetsplatsträffarna\n\nArbetsplatserna har gjort \(open + done) åtaganden"), markdown)
        XCTAssertTrue(markdown.contains("| Totalt | \(open + done) | \(done) | \(open) | \(overdue) |"), markdown)
        // One role, one row; the themes under their own heading; hours that are estimates say so.
        XCTAssertTrue(markdown.contains("| Varje chef | 0 | 0 | 8 |"), markdown)
        XCTAssertFalse(markdown.contains("| Chefen |"))
        XCTAssertTrue(markdown.contains("## Vad arbetsplatserna tar upp\n"))
        XCTAssertTrue(markdown.contains("APT:er: cirka "))
        XCTAssertFalse(markdown.contains("(samma kommentar från"), "the demo's feedback has no comment written twice")

        // After the revision, HR's table still holds the earlier version's date for the
        // rollout: the report says so instead of asking leadership to choose it.
        let revised = folder.path + "/demo/arbetsyta-ny-version"
        XCTAssertEqual(runForankra(["report", "--format", "md", "-o", folder.path + "/ny.md"], in: revised).code, .success)
        let afterRevision = try folder.read("ny.md")
        XCTAssertTrue(afterRevision.contains("I förra versionen av programmet skulle införandet vara klart den 31 december 2026 (punkt A16). Den nya versionen flyttar datumet till den 31 december 2027, ett halvår efter planens slutdatum."), afterRevision)
        XCTAssertFalse(afterRevision.contains("- vilket slutdatum som gäller"))
        XCTAssertTrue(afterRevision.contains("- om planens slutdatum ska flyttas till programmets datum, den 31 december 2027, och hur arbetsplatsträffarna ska få tid att hinna dit\n"), afterRevision)
        XCTAssertTrue(afterRevision.contains("punkter har ändrats i den nya versionen av programmet (") && afterRevision.contains("A16"), afterRevision)
        XCTAssertEqual(runForankra(["report", "--format", "md", "--to", "2026-12-05", "-o", folder.path + "/ny-dec.md"], in: revised).code, .success)
        let revisedDecember = try folder.read("ny-dec.md")
        XCTAssertTrue(revisedDecember.contains("Av de övriga fem är ingen påbörjad. Bland dem finns arbetet med aktiva åtgärder (A8), som lagen kräver och som saknar ansvarig. A16 är inte medräknad, eftersom den nya versionen av programmet har ändrat den; i tabellerna längre ned ingår den fortfarande."),
                      "a moved point is not due soon on the earlier version's date: " + revisedDecember)
        XCTAssertTrue(afterRevision.contains("ett halvår efter planens slutdatum. I nuvarande takt nås inte heller det datumet."), afterRevision)
        XCTAssertTrue(afterRevision.contains("Programmet anger olika år för samma mål i punkterna A7 och A20 (2028 och 2029); vilket som gäller behöver avgöras innan de slås ihop."),
                      "the new version moved one of the twins' years")
        XCTAssertTrue(afterRevision.contains("Prognosen räknar inte med de "), "retaking a changed section is not in the forecast")
    }

    func testAPromiseStatedTwiceIsFoundByTheCompoundOnlyItsTwoPointsShare() {
        let row = { (id: String, section: String, text: String) in
            ActionRow(id: id, section: section, text: text, owner: "", due: nil, status: .notStarted, comment: "", evidence: "")
        }
        let rows = [row("A1", "5", "Sjukfrånvaron ska minska till 6 procent. Arbetet leds av HR."),
                    row("A2", "7", "Varje förvaltning tar fram en kompetensförsörjningsplan."),
                    row("A3", "7", "Förvaltningen ser över organisationen vid behov."),
                    row("A4", "9", "Arbetet genomförs med de fackliga organisationerna."),
                    row("A5", "12", "Sjukfrånvaron är under 6 procent. Ansvarig: HR-direktören."),
                    row("A6", "12", "Kompetensförsörjningsplanen finns i varje förvaltning."),
                    row("A7", "12", "Sjukfrånvaron följs upp varje kvartal.")]
        let pairs = PromiseTwins.pairs(rows).map { "\($0.first)+\($0.second)" }
        XCTAssertEqual(pairs, ["A2+A6"], "sjukfrånvaro stands in three points; 'organisation…' is too short a word to tell")
        XCTAssertEqual(PromiseTwins.pairs(Array(rows.prefix(2)) + [rows[4]]).map { "\($0.first)+\($0.second)" }, ["A1+A5"], "a shared compound and figure")
    }

    func testPointsDueSoonAndOwnersAreCountedOncePerPoint() {
        let row = { (id: String, owner: String, due: String, status: ActionRow.Status) in
            ActionRow(id: id, section: "12", text: "Punkt \(id).", owner: owner, due: CalendarDate(iso: due), status: status, comment: "", evidence: "")
        }
        let rows = [row("A1", "", "2026-12-01", .notStarted), row("A1", "", "2027-12-01", .notStarted),
                    row("A2", "HR-direktören", "2026-12-20", .inProgress), row("A3", "", "2026-12-21", .done),
                    row("A4", "", "2027-01-31", .notStarted)]
        let progress = PromiseProgress.compute(rows, on: date("2026-11-23"))
        XCTAssertEqual(progress?.dueSoon, 2, "A1's first period and A2 fall within four weeks; A3 is done, A4 later")
        XCTAssertEqual(progress?.dueSoonNotStarted, 1)
        XCTAssertEqual(progress?.unownedPoints, 3, "A1 counts once for its two periods")
    }
}
