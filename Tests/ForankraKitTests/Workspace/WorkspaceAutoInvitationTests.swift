import Foundation
import XCTest
@testable import ForankraKit

/// `workshop invite --auto` fills the planned workshops without going over capacity, and mixes
/// departments so that managers meet colleagues from across the organisation.
final class WorkspaceAutoInvitationTests: XCTestCase {
    static let departments = [
        "Barn- och utbildningsförvaltningen", "Kultur- och fritidsförvaltningen", "Kommunledningsförvaltningen",
        "Samhällsbyggnadsförvaltningen", "Socialförvaltningen", "Vård- och omsorgsförvaltningen",
    ]

    /// Three managers in each of six departments, 18 in all.
    private func workspaceWithEighteenManagers(workshops dates: [String], capacity: Int) throws -> TestWorkspace {
        let workspace = try TestWorkspace()
        var csv = "Namn;E-post;Förvaltning\n"
        for (d, department) in Self.departments.enumerated() {
            for number in 1...3 {
                csv += "Chef \(d)-\(number);chef\(d)-\(number)@sjohamra.se;\(department)\n"
            }
        }
        workspace.succeed(["roster", "import", try workspace.writeOutside("chefer.csv", csv)])
        for date in dates {
            workspace.succeed(["workshop", "new", "--date", date, "--start", "13:00", "--end", "16:00", "--place", "Sal A",
                               "--capacity", String(capacity), "--sections", "3,5"])
        }
        return workspace
    }

    func testAutoFillsEveryWorkshopWithinCapacityAndMixesDepartments() throws {
        let workspace = try workspaceWithEighteenManagers(workshops: ["2026-12-01", "2026-12-08", "2026-12-15"], capacity: 7)
        let result = workspace.succeed(["workshop", "invite", "--auto"])
        XCTAssertFalse(result.standardOutput.contains("fick inte plats"), result.standardOutput)
        let workshops = try workspace.workshops()
        XCTAssertEqual(workshops.count, 3)
        for workshop in workshops {
            XCTAssertLessThanOrEqual(workshop.participants.count, workshop.capacity, workshop.id)
            let departments = Set(workshop.participants.map(\.department))
            XCTAssertGreaterThanOrEqual(departments.count, 5, "\(workshop.id) has managers from \(departments.sorted())")
        }
        let invited = workshops.flatMap { $0.participants.map(\.managerID) }
        XCTAssertEqual(invited.count, 18)
        XCTAssertEqual(Set(invited).count, 18, "someone was invited twice")

        let snapshot = workspace.snapshot()
        let again = workspace.succeed(["workshop", "invite", "--auto"])
        XCTAssertTrue(again.standardOutput.contains("Ingen ny att bjuda in."), again.standardOutput)
        assertSameFiles(snapshot, workspace.snapshot(), "a second --auto with everyone invited")
    }

    func testManagersWhoDoNotFitAreReportedAsNotPlaced() throws {
        let workspace = try workspaceWithEighteenManagers(workshops: ["2026-12-01", "2026-12-08"], capacity: 7)
        let result = workspace.succeed(["workshop", "invite", "--auto"])
        XCTAssertTrue(result.standardOutput.contains("4 chefer fick inte plats"), result.standardOutput)
        let workshops = try workspace.workshops()
        XCTAssertEqual(workshops.map(\.participants.count), [7, 7])
        XCTAssertEqual(Set(workshops.flatMap { $0.participants.map(\.managerID) }).count, 14)
        for workshop in workshops {
            XCTAssertGreaterThanOrEqual(Set(workshop.participants.map(\.department)).count, 5, workshop.id)
        }
    }

    func testPlacingSpreadsEachDepartmentOverTheWorkshops() {
        let managers = Self.departments.flatMap { department in
            (1...3).map { Manager(id: "\(department)-\($0)", name: "\(department) \($0)", email: "", department: department, unit: "") }
        }
        let workshops = (1...3).map { number in
            Workshop(id: "w\(number)", date: CalendarDate(iso: "2026-12-0\(number)")!, start: ClockTime("13:00")!, end: ClockTime("16:00")!,
                     place: "Sal", capacity: 7, sections: ["3"], facilitators: [], status: .planned, participants: [], feedback: [])
        }
        let (placements, unplaced) = AutoInvitation.place(managers, into: workshops)
        XCTAssertEqual(unplaced, [])
        for workshop in workshops {
            let placed = placements.filter { $0.workshopID == workshop.id }
            XCTAssertEqual(placed.count, 6, workshop.id)
            XCTAssertEqual(Set(placed.map(\.manager.department)).count, 6, "\(workshop.id): \(placed.map(\.manager.department))")
        }
    }

    /// A catch-up workshop: who sent apologies or did not come is invited again; who came, and
    /// who has already sent apologies for the catch-up itself, is not.
    func testAutoInvitesAgainThoseWhoMissedAHeldWorkshop() throws {
        let workspace = try workspaceWithEighteenManagers(workshops: ["2026-11-10"], capacity: 18)
        workspace.succeed(["workshop", "invite", "--auto"])
        let ids = try workspace.workshops()[0].participants.map(\.managerID).sorted()
        XCTAssertEqual(ids.count, 18)
        let excused = Array(ids[0..<3]), absent = Array(ids[3..<5]), present = Array(ids[5...])
        workspace.succeed(["workshop", "attend", "2026-11-10", "--present", present.joined(separator: ","),
                           "--excused", excused.joined(separator: ","), "--absent", absent.joined(separator: ",")])
        workspace.succeed(["workshop", "new", "--date", "2026-12-08", "--start", "09:00", "--end", "12:00", "--place", "Sal B",
                           "--capacity", "10", "--sections", "3,5"])
        workspace.succeed(["workshop", "invite", "2026-12-08", "--managers", excused[0]])
        // Apologies sent ahead are written by hand: 'workshop attend' waits for the day.
        let file = "workshops/2026-12-08-sal-b.md"
        try workspace.write(file, try workspace.text(file).replacingOccurrences(of: "| inbjuden |", with: "| förhinder |"))

        let result = workspace.succeed(["workshop", "invite", "--auto"])
        XCTAssertTrue(result.standardOutput.contains("2026-12-08-sal-b: 4 inbjudna"), result.standardOutput)
        let catchUp = try XCTUnwrap(workspace.workshops().first { $0.id == "2026-12-08-sal-b" })
        XCTAssertEqual(catchUp.participants.map(\.managerID).sorted(), (excused + absent).sorted())
        XCTAssertEqual(catchUp.participant(excused[0])?.attendance, .excused, "the apologies already sent are kept")
        XCTAssertTrue(workspace.succeed(["workshop", "invite", "--auto"]).standardOutput.contains("Ingen ny att bjuda in."))
    }
}
