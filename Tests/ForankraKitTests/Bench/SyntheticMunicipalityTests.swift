import Foundation
import XCTest
@testable import ForankraKit

final class SyntheticMunicipalityTests: XCTestCase {
    /// A generated workspace read back through the same readers the commands use.
    private struct ReadBack {
        var folder: TemporaryFolder
        var summary: SyntheticMunicipality.Summary
        var workspace: Workspace
        var managers: [Manager]
        var workshops: [Workshop]
        var apts: [AptRecord]
    }

    private func programmeText() throws -> String {
        try String(contentsOfFile: TestPaths.markdownExample, encoding: .utf8)
    }

    private func generate(_ size: SyntheticMunicipality.Size = .small, seed: UInt64 = 1) throws -> ReadBack {
        let folder = try TemporaryFolder()
        let summary = try SyntheticMunicipality.write(size: size, seed: seed, programmeText: programmeText(), to: folder.path)
        let workspace = try Workspace.open(root: folder.path)
        let roster = try RosterFile.read(workspace.read("roster/chefer.md"), path: "roster/chefer.md")
        let workshops = try workspace.markdownFiles(in: "workshops").map { path in
            try WorkshopFile.read(workspace.read(path), path: path, id: String(path.dropFirst("workshops/".count).dropLast(3)))
        }
        let apts = try workspace.markdownFiles(in: "apt").map { try AptFile.read(workspace.read($0), path: $0) }
        return ReadBack(folder: folder, summary: summary, workspace: workspace, managers: roster.managers, workshops: workshops, apts: apts)
    }

    /// FNV-1a over every file's path and bytes, in sorted order.
    private func digest(_ folder: TemporaryFolder) throws -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for relative in folder.listing() {
            var isFolder: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: folder.path + "/" + relative, isDirectory: &isFolder)
            guard !isFolder.boolValue else { continue }
            let bytes = Array(relative.utf8) + [0] + Array(try Data(contentsOf: URL(fileURLWithPath: folder.path + "/" + relative)))
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0100_0000_01B3 }
        }
        return hash
    }

    func testSmallSizeGeneratesTheExactCounts() throws {
        let generated = try generate(.small)
        XCTAssertEqual(generated.managers.count, 40)
        XCTAssertEqual(generated.managers.reduce(0) { $0 + ($1.staff ?? 0) }, 500)
        XCTAssertEqual(generated.workshops.count, 4)
        XCTAssertEqual(generated.apts.count, 300)
        XCTAssertEqual(generated.summary, SyntheticMunicipality.Summary(managers: 40, staff: 500, workshops: 4, apts: 300, files: 307))
        XCTAssertEqual(Set(generated.managers.map(\.department)).count, 4)
        XCTAssertEqual(Set(generated.managers.map(\.unit)).count, 16)
    }

    func testEveryFileReadsBackAndSettingsSpanTwoYears() throws {
        let generated = try generate(.small, seed: 3)
        let settings = generated.workspace.settings
        XCTAssertEqual(settings.organisation, "Sjöhamra kommun")
        let start = try XCTUnwrap(settings.rolloutStart), target = try XCTUnwrap(settings.rolloutTarget)
        XCTAssertGreaterThan(target.dayNumber - start.dayNumber, 700)
        let programme = try ProgrammeReader.read(path: generated.workspace.programmePath)
        XCTAssertEqual(programme.children(of: nil).map(\.id), (1...11).map(String.init))
        for apt in generated.apts {
            XCTAssertTrue(apt.sections.allSatisfy { programme.section(id: $0) != nil }, apt.path)
            XCTAssertTrue(start <= apt.date && apt.date <= target, apt.path)
        }
    }

    func testIdsAndEmailsAreUniqueAndEveryRecordBelongsToSomeoneOnTheRoster() throws {
        let generated = try generate(.medium, seed: 5)
        XCTAssertEqual(Set(generated.managers.map(\.id)).count, generated.managers.count)
        XCTAssertEqual(Set(generated.managers.map(\.email)).count, generated.managers.count)
        let byID = Dictionary(uniqueKeysWithValues: generated.managers.map { ($0.id, $0) })
        for apt in generated.apts {
            let manager = try XCTUnwrap(byID[apt.managerID], apt.path)
            XCTAssertTrue(manager.isActive(on: apt.date), "\(apt.path): \(manager.id) was not a manager then")
            XCTAssertEqual(apt.unit, manager.unit)
        }
        for workshop in generated.workshops {
            for participant in workshop.participants {
                XCTAssertTrue(byID[participant.managerID]?.isActive(on: workshop.date) ?? false, "\(workshop.id): \(participant.managerID)")
            }
        }
    }

    func testTheSameSeedGivesTheSameBytes() throws {
        let first = try generate(.small, seed: 42), second = try generate(.small, seed: 42)
        XCTAssertEqual(first.folder.listing(), second.folder.listing())
        XCTAssertEqual(try digest(first.folder), try digest(second.folder))
    }

    func testADifferentSeedGivesADifferentWorkspace() throws {
        let first = try generate(.small, seed: 1), second = try generate(.small, seed: 2)
        XCTAssertNotEqual(try digest(first.folder), try digest(second.folder))
        XCTAssertNotEqual(first.managers.map(\.id), second.managers.map(\.id))
    }

    func testParticipantsAreNeverMoreThanTheStaff() throws {
        let generated = try generate(.small, seed: 9)
        let staff = Dictionary(uniqueKeysWithValues: generated.managers.map { ($0.id, $0.staff ?? 0) })
        for apt in generated.apts {
            XCTAssertLessThanOrEqual(apt.participants, staff[apt.managerID] ?? 0, apt.path)
            XCTAssertGreaterThanOrEqual(apt.participants, 0, apt.path)
        }
    }

    func testEveryManagerIsInvitedAtMostOnceAndWorkshopsStayWithinCapacity() throws {
        for seed: UInt64 in [1, 2, 3] {
            let generated = try generate(.small, seed: seed)
            let invited = generated.workshops.flatMap { $0.participants.map(\.managerID) }
            XCTAssertEqual(invited.count, Set(invited).count, "seed \(seed): someone is invited twice")
            XCTAssertEqual(Set(invited), Set(generated.managers.map(\.id)), "seed \(seed): someone was never invited")
            for workshop in generated.workshops {
                XCTAssertTrue((25...30).contains(workshop.capacity), workshop.id)
                XCTAssertLessThanOrEqual(workshop.participants.count, workshop.capacity, workshop.id)
                XCTAssertTrue((2...6).contains(workshop.feedback.count), workshop.id)
                XCTAssertTrue(workshop.feedback.allSatisfy { (1...5).contains($0.rating ?? 0) }, workshop.id)
            }
        }
    }

    func testLargeWorkshopsAreMostlyAttendedAndMixDepartments() throws {
        let generated = try generate(.medium, seed: 4)
        for workshop in generated.workshops {
            let present = workshop.participants.filter { $0.attendance == .present }.count
            let share = Double(present) / Double(workshop.participants.count)
            XCTAssertTrue((0.78...0.92).contains(share), "\(workshop.id): \(present) of \(workshop.participants.count) present")
            XCTAssertGreaterThan(Set(workshop.participants.map(\.department)).count, 3, workshop.id)
        }
        let feedback = generated.workshops.flatMap(\.feedback)
        XCTAssertGreaterThan(feedback.filter { $0.by == nil }.count, feedback.count / 2, "feedback is mostly anonymous")
    }

    func testTheRecordsHoldEveryKindOfStateAReportMeets() throws {
        let generated = try generate(.small, seed: 1)
        let snapshot = SyntheticTimeline.standard.snapshot
        let commitments = generated.apts.flatMap(\.commitments)
        let questions = generated.apts.flatMap(\.questions)
        XCTAssertTrue(commitments.contains { $0.done }, "some commitments are done")
        XCTAssertTrue(commitments.contains { !$0.done && ($0.due ?? snapshot) < snapshot }, "some commitments are overdue")
        XCTAssertTrue(questions.contains { $0.answered } && questions.contains { !$0.answered })
        XCTAssertTrue(generated.apts.allSatisfy { $0.commitments.count <= 2 && $0.questions.count <= 2 })
        XCTAssertEqual(Set(generated.apts.flatMap(\.sections)).count, 11)
        XCTAssertTrue(generated.managers.contains { $0.to != nil }, "some managers have left")
        XCTAssertTrue(generated.managers.contains { ($0.from ?? snapshot) > SyntheticTimeline.standard.start }, "some started late")
    }

    func testGeneratingIntoAFolderThatHoldsFilesIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("kvar.md", "# Något\n")
        XCTAssertThrowsError(try SyntheticMunicipality.write(size: .small, seed: 1, programmeText: programmeText(), to: folder.path)) { error in
            XCTAssertEqual((error as? ForankraError)?.exitCode, .cannotWrite)
        }
        XCTAssertEqual(folder.listing(), ["kvar.md"])
    }
}
